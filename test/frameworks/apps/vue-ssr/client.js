import { createSSRApp } from 'vue';
import App from './app.js';

const app = createSSRApp(App);
app.config.warnHandler = (message) => console.warn(`[Vue warn]: ${message}`);
app.mount('#app');
