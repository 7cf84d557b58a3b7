// Test-server middleware: builds the host pages the embed tests load, with real response headers.
//   /host.html?css=reset-all,bootstrap&csp=strict&load=classic
// css   hostile stylesheets from test/hosts/css/ (loaded before the harness rules)
// csp   none | strict | trusted-types: sent as a Content-Security-Policy header
// load  how the page includes the embed script (see LOADERS)
const CSP = {
  strict: "default-src 'self'; script-src 'self'; style-src 'self'",
  'trusted-types':
    "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types epidural-info-card epidural-info-card-json-ld",
};

const EMBED = '<script src="/dist/epidural-info-card.js" defer></script>';
const CARD =
  '<epidural-info-card id="card"><a href="https://clinic.example/epidural">Read about epidural injections on our website</a></epidural-info-card>';

// Where the script and the tag stand, for each way a clinic's page might include them.
const LOADERS = {
  classic: { head: EMBED, body: CARD },
  'classic-sync-before': {
    head: '<script src="/dist/epidural-info-card.js"></script>',
    body: CARD,
  },
  'classic-after-tag': { body: `${CARD}<script src="/dist/epidural-info-card.js"></script>` },
  module: { head: '<script type="module" src="/dist/epidural-info-card.js"></script>', body: CARD },
  twice: { head: EMBED + EMBED, body: CARD + CARD.replace('id="card"', 'id="card-2"') },
  'with-esm-build': {
    head: `${EMBED}<script type="module" src="/test/hosts/load-esm-build.js"></script>`,
    body: CARD,
  },
  late: { head: `${EMBED}<script src="/test/hosts/add-card-later.js" defer></script>`, body: '' },
  'in-shadow-root': {
    head: `${EMBED}<script src="/test/hosts/card-in-shadow-root.js" defer></script>`,
    body: '<host-widget></host-widget>',
  },
  none: { body: CARD },
  'structured-data': { head: EMBED, body: CARD.replace('id="card"', 'id="card" structured-data') },
};

function hostPage(url) {
  const css = (url.searchParams.get('css') ?? '').split(',').filter(Boolean);
  const loader = LOADERS[url.searchParams.get('load') ?? 'classic'];
  if (!loader || css.some((name) => !/^[\w-]+$/.test(name))) return undefined;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>Host page</title>
    <script src="/test/hosts/observe-page.js"></script>
    ${css.map((name) => `<link rel="stylesheet" href="/test/hosts/css/${name}.css">`).join('\n    ')}
    <link rel="stylesheet" href="/test/hosts/harness.css">
    ${loader.head ?? ''}
  </head>
  <body>
    <h2>Clinic news</h2>
    <p>Some of the host page's own text, styled by the host page.</p>
    <main id="main">${loader.body}</main>
    <button type="button">A host button</button>
  </body>
</html>`;
}

export function hostPagesMiddleware(context, next) {
  if (context.path !== '/host.html') return next();
  const page = hostPage(new URL(context.url, 'http://localhost'));
  if (!page) {
    context.status = 400;
    context.body = 'unknown host page options';
    return undefined;
  }
  const csp = CSP[context.query.csp];
  if (csp) context.set('Content-Security-Policy', csp);
  context.type = 'text/html';
  context.body = page;
  return undefined;
}
