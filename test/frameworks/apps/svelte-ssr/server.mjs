// The page rendered by Svelte on the server (svelte/server's render), then hydrated by /client.js.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { render } from 'svelte/server';
import App from './dist/server/App.js';

createServer((request, response) => {
  if (request.url == '/client.js') {
    response.setHeader('content-type', 'text/javascript');
    return response.end(readFileSync('dist/client.js'));
  }
  if (request.url != '/')
    return response.writeHead(request.url == '/favicon.ico' ? 204 : 404).end();
  const { head, body } = render(App);
  response.setHeader('content-type', 'text/html; charset=utf-8');
  response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Svelte SSR</title>${head}</head>
<body><div id="app">${body}</div>
<script>window.__server = { card: document.getElementById('card') }; window.__server.root = window.__server.card.shadowRoot;</script>
<script type="module" src="/client.js"></script></body></html>`);
}).listen(Number(process.env.PORT), '127.0.0.1');
