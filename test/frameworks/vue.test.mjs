// The README's Vue 3 recipe in a real Vue 3.5 app, installed from the packed tarball: rendered on
// the server by vue/server-renderer, hydrated by a bundle (Vue's development build, every warning
// shown), served on 127.0.0.1 and driven in Chromium.
import { after, before } from 'node:test';
import { bundle, makeApp, openBrowser, serveApp, ssrRecipeTests } from './support.mjs';

let app, server, browser, page, messages, url;

before(async () => {
  app = makeApp('vue-ssr', ['vue']);
  await bundle(app, 'client.js', 'dist/client.js', {
    define: {
      'process.env.NODE_ENV': '"development"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'true',
    },
  });
  server = await serveApp(app);
  ({ url } = server);
  ({ browser, page, messages } = await openBrowser());
});

after(async () => {
  await browser?.close();
  server?.kill();
});

// The Vue app's card is exclusive: opening one section closes the other.
ssrRecipeTests('Vue 3', () => ({ page, messages, url }), {
  log: ['what-is-it true', 'benefits false'],
});
