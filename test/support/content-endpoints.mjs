// Test-server middleware: JSON endpoints that misbehave on purpose, for the card's src tests.
//   /test-api/slow.json   answers well after the card's time-out (FETCH_TIMEOUT + 5 s: a busy
//                         browser may fire the card's timer late)
//   /test-api/huge.json   a valid document larger than MAX_CONTENT_LENGTH
//   /test-api/hits?url=…  how many times the server was asked for a URL
const FETCH_TIMEOUT = 10_000;
const hits = new Map();

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
