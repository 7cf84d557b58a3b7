import { existsSync, readFileSync } from 'node:fs';
// Test-server middleware: builds the host pages the embed tests load, with real response headers.
//   /host.html?css=reset-all,bootstrap&csp=strict&load=classic
// css        hostile stylesheets from test/hosts/css/ (loaded before the harness rules)
// csp        none | strict | trusted-types: sent as a Content-Security-Policy header
// load       how the page includes the embed script (see LOADERS)
// prerender  JSON {attributes, content}: the card is rendered here, in Node, by renderCard()
//            from the built epidural-info-card/server, as a review site's server would
// hashes     with prerender: add the card's styleHashes to style-src (csp=strict/trusted-types)
// alter      with prerender: change the markup as a CMS or another version might (see ALTER)
// headsheet  the card's stylesheet linked from the page's <head> too (with prerender's
//            stylesheet option: a page of many cards); /slow/… is it, sent after 400 ms
// frames     record each frame drawn while the page loads (observe-page.js)
const CSP = {
  strict: "default-src 'self'; script-src 'self'; style-src 'self'",
  'trusted-types':
    "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types epidural-info-card",
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
};

/* Ways the prerendered markup may reach the script changed from what this version writes. */
const ALTER = {
  // Stale text another version left in the shadow root, and a second title.
  stale: (html) =>
    html.replace(
      '<article',
      '<p class="stale">Old text</p><h2 class="title">Old title</h2><article',
    ),
  // The same markup stamped by another version of the templates.
  'other-version': (html) => html.replace(/data-v="[^-"]+-/, 'data-v="0123456789-'),
  // A CMS took an element out of the card (the first section's icon).
  'lost-element': (html) => html.replace('<span class="icon" aria-hidden="true"></span>', ''),
  // A closed shadow root, which this project never writes.
  closed: (html) => html.replace('shadowrootmode="open"', 'shadowrootmode="closed"'),
  // A CMS that drops the attribute: a plain template, never a shadow root.
  'no-shadowrootmode': (html) => html.replace(' shadowrootmode="open"', ''),
  // A JSON child that a CMS mangled.
  'broken-json': (html) =>
    html.replace('<script type="application/json">{', '<script type="application/json">{{'),
};

let server;
async function prerendered({ tryRender, ...options }, alter) {
  server ??= await import('../../dist/server/index.js');
  // tryRender: what tryRenderCard() prints, refused content included.
  const render = tryRender ? (o) => server.tryRenderCard(o).html : server.renderCard;
  const html = render({
    ...options,
    attributes: { id: 'card', ...options.attributes },
  });
  return alter ? ALTER[alter](html) : html;
}

async function hostPage(url) {
  const css = (url.searchParams.get('css') ?? '').split(',').filter(Boolean);
  const loader = LOADERS[url.searchParams.get('load') ?? 'classic'];
  if (!loader || css.some((name) => !/^[\w-]+$/.test(name))) return undefined;
  const prerender = url.searchParams.get('prerender');
  const alter = url.searchParams.get('alter');
  if (alter && !ALTER[alter]) return undefined;
  let body = loader.body;
  const headsheet = url.searchParams.get('headsheet');
  if (headsheet && !/^\/(slow|dist)\/epidural-info-card\.css$/.test(headsheet)) return undefined;
  if (prerender) body = body.replace(CARD, await prerendered(JSON.parse(prerender), alter));
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>Host page</title>
    <script src="/test/hosts/observe-page.js"></script>
    ${headsheet ? `<link rel="stylesheet" href="${headsheet}">` : ''}
    ${css.map((name) => `<link rel="stylesheet" href="/test/hosts/css/${name}.css">`).join('\n    ')}
    <link rel="stylesheet" href="/test/hosts/harness.css">
    ${loader.head ?? ''}
  </head>
  <body>
    <h2>Clinic news</h2>
    <p>Some of the host page's own text, styled by the host page.</p>
    <main id="main">${body}</main>
    <button type="button">A host button</button>
  </body>
</html>`;
}

export async function hostPagesMiddleware(context, next) {
  // The card's stylesheet from a slow server: what a page that links to it must wait for.
  if (context.path == '/slow/epidural-info-card.css') {
    await new Promise((resolve) => setTimeout(resolve, 400));
    context.type = 'text/css';
    context.body = readFileSync('dist/epidural-info-card.css', 'utf8');
    return undefined;
  }
  // A page a test wrote (write-page) with a policy of its own, sent as a real header.
  if (context.path.startsWith('/test/.tmp/')) {
    const file = `.${context.path}${context.path.endsWith('/') ? 'index.html' : ''}.csp`;
    if (existsSync(file)) context.set('Content-Security-Policy', readFileSync(file, 'utf8'));
    return next();
  }
  if (context.path !== '/host.html') return next();
  let page;
  try {
    page = await hostPage(new URL(context.url, 'http://localhost'));
  } catch (error) {
    page = undefined;
    context.set('X-Render-Error', encodeURIComponent(String(error.message)));
  }
  if (!page) {
    context.status = 400;
    context.body = 'unknown host page options, or content renderCard() rejects';
    return undefined;
  }
  let csp = CSP[context.query.csp];
  if (csp && context.query.hashes) {
    server ??= await import('../../dist/server/index.js');
    csp = csp.replace("style-src 'self'", `style-src 'self' ${server.styleHashes.join(' ')}`);
  }
  if (csp) context.set('Content-Security-Policy', csp);
  context.type = 'text/html';
  context.body = page;
  return undefined;
}
