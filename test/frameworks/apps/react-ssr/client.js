import * as React from 'react';
import { hydrateRoot } from 'react-dom/client';
import { App } from './app.js';

hydrateRoot(document.getElementById('root'), React.createElement(App), {
  onRecoverableError: (error) => console.error(`recoverable: ${error.message}`),
});
