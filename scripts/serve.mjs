// A small static server for the demo (npm start): the project folder on localhost, so demo pages
// load the built script from /dist/ exactly as a clinic's page would. No dependencies.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.sri': 'text/plain; charset=utf-8',
};

function resolvePath(urlPath) {
  const path = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  let file = join(ROOT, path);
  if (!file.startsWith(ROOT)) return undefined;
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    statSync(file);
    return file;
  } catch {
    return undefined;
  }
}

export function startServer({ port = Number(process.env.PORT) || 8000, host = '127.0.0.1' } = {}) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/') {
      res.writeHead(302, { Location: '/demo/' }).end();
      return;
    }
    // The standalone embed page, prerendered with its address's options (scripts/embed-page.mjs).
    if (url.pathname === '/embed') {
      import('./embed-page.mjs')
        .then(({ embedPage }) =>
          res.writeHead(200, { 'Content-Type': TYPES['.html'], 'Cache-Control': 'no-store' }).end(
            embedPage(Object.fromEntries(url.searchParams), {
              script: '/dist/epidural-info-card.js',
            }),
          ),
        )
        .catch((error) =>
          res.writeHead(400, { 'Content-Type': TYPES['.txt'] }).end(String(error.message)),
        );
      return;
    }
    const file = resolvePath(url.pathname);
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
      // What a script host sends so that a page on another origin, or a site builder's sandboxed
      // frame (origin "null"), can load the script with crossorigin="anonymous" and its integrity.
      ...(/^\/(dist|release)\//.test(url.pathname) ? { 'Access-Control-Allow-Origin': '*' } : {}),
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolveListen(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let port = Number(process.env.PORT) || 8000;
  for (;;) {
    try {
      await startServer({ port });
      break;
    } catch (error) {
      if (error.code !== 'EADDRINUSE' || port > 8100) throw error;
      port += 1;
    }
  }
  console.log(`Demo: http://localhost:${port}/demo/  (Ctrl+C to stop)`);
}
