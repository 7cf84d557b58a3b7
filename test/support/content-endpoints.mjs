// Test-server middleware: JSON endpoints that misbehave on purpose, for the card's src tests.
//   /test-api/slow.json   answers well after the card's time-out (FETCH_TIMEOUT + 5 s: a busy
//                         browser may fire the card's timer late)
//   /test-api/huge.json   a valid document larger than MAX_CONTENT_LENGTH
//   /test-api/hits?url=…  how many times the server was asked for a URL
//   /test-api/flood.json?as=length|chunked|gzip&n=…
//                         50 MB of JSON: with its Content-Length, streamed with none, or as a
//                         gzip bomb (50 KB that inflate to 50 MB)
//   /test-api/sent?n=…    how many bytes of a flood the server had written when the browser
//                         closed the connection (or it ended)
//   /test-api/page.json   a valid document, served as text/html
//   /test-api/not-json.txt  plain text that is not JSON
import { PassThrough, Readable } from 'node:stream';
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';

const FETCH_TIMEOUT = 10_000;
const FLOOD = 50 * 1024 * 1024;
const hits = new Map();
const sent = new Map();
let bomb;

const VALID = JSON.stringify({
  lang: 'en',
  title: 'Served as a page',
  sections: [{ id: 'a', heading: 'A' }],
});

/*
 * 50 MB of a JSON document, 64 KB every 5 ms (about 12 MB/s, a fast connection): a reader that
 * waits for the whole body waits about 4 s; one that stops at the limit has its answer at once.
 * Paced, because over loopback an engine's network layer may take in the whole body before an
 * abort reaches it (WebKit's does), which says nothing of what the card reads.
 */
function flood(key) {
  let written = 0;
  const chunk = Buffer.alloc(64 * 1024, 'x');
  sent.set(key, 0);
  return new Readable({
    read() {
      setTimeout(() => {
        if (written >= FLOOD) return this.push(null);
        written += chunk.length;
        sent.set(key, written);
        this.push(written == chunk.length ? Buffer.from('{"lang":"en","title":"') : chunk);
      }, 5);
    },
  });
}

export function contentEndpointsMiddleware(context, next) {
  const path = context.path;
  if (path.startsWith('/test/fixtures/') || path.startsWith('/test-api/')) {
    hits.set(context.url, (hits.get(context.url) ?? 0) + 1);
  }
  if (path === '/test-api/hits') {
    context.type = 'application/json';
    context.body = JSON.stringify(hits.get(context.query.url) ?? 0);
    return undefined;
  }
  if (path === '/test-api/slow.json') {
    return new Promise((resolve) => setTimeout(resolve, FETCH_TIMEOUT + 5000)).then(() => {
      context.type = 'application/json';
      context.body = '{}';
    });
  }
  if (path === '/test-api/flood.json') {
    const { as, n } = context.query;
    context.type = 'application/json';
    if (as === 'gzip') {
      // Compressed off the event loop (about 0.5 s), so the other engines' requests are not held up.
      bomb ??= promisify(gzip)(Buffer.alloc(FLOOD, ' '));
      return bomb.then((body) => {
        context.set('Content-Encoding', 'gzip');
        context.body = body;
      });
    } else {
      if (as === 'length') context.length = FLOOD;
      const body = flood(n);
      context.body = body.pipe(new PassThrough());
      context.req.on('close', () => body.destroy());
    }
    return undefined;
  }
  if (path === '/test-api/sent') {
    context.type = 'application/json';
    context.body = JSON.stringify(sent.get(context.query.n) ?? -1);
    return undefined;
  }
  if (path === '/test-api/not-json.txt') {
    context.type = 'text/plain';
    context.body = '{"lang": ';
    return undefined;
  }
  if (path === '/test-api/page.json') {
    context.type = 'text/html';
    context.body = VALID;
    return undefined;
  }
  if (path === '/test-api/huge.json') {
    context.type = 'application/json';
    context.body = JSON.stringify({
      lang: 'en',
      title: 'Huge',
      sections: [{ id: 'a', heading: 'A', paragraphs: ['x'.repeat(150_000)] }],
    });
    return undefined;
  }
  return next();
}
