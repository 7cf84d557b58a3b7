// The page rendered by React on the server (renderToString), then hydrated by /client.js; and at
// /client-only, an app rendered in the browser alone (/client-only.js). A
// classic script right after the markup keeps the element and shadow root the HTML parser made,
// so the test can tell whether hydration kept them.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import * as React from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './app.js';

createServer((request, response) => {
  if (request.url == '/client.js' || request.url == '/client-only.js') {
    response.setHeader('content-type', 'text/javascript');
    return response.end(readFileSync(`dist${request.url}`));
  }
  // The client-only app: an empty root, rendered by the bundle alone.
  if (request.url == '/client-only') {
    response.setHeader('content-type', 'text/html; charset=utf-8');
    return response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>React client</title></head>
<body><div id="root"></div><script type="module" src="/client-only.js"></script></body></html>`);
  }
  if (request.url != '/')
    return response.writeHead(request.url == '/favicon.ico' ? 204 : 404).end();
  const html = renderToString(React.createElement(App));
  response.setHeader('content-type', 'text/html; charset=utf-8');
  response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>React SSR</title></head>
<body><div id="root">${html}</div>
<script>window.__server = { card: document.getElementById('card') }; window.__server.root = window.__server.card.shadowRoot;</script>
<script type="module" src="/client.js"></script></body></html>`);
}).listen(Number(process.env.PORT), '127.0.0.1');
