// npm run bench: the same epidural content rendered four ways in the same Chromium, variants
// interleaved (A B C D A B C D …), a fresh page each time. Prints a markdown table and writes
// bench/results/results.json, bench/results/chart.svg and one screenshot per variant.
// Timings are measured, never asserted: they vary from machine to machine; ratios travel better.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-browser.mjs';
import { writeChart } from './chart.mjs';

const REPETITIONS = Number(process.env.BENCH_REPETITIONS ?? 7);
const COUNTS = [1, 100, 1000];
const TOGGLE_COUNT = 1000;
const BUILD = new URL('build/', import.meta.url);
const RESULTS = new URL('results/', import.meta.url);

execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
mkdirSync(BUILD, { recursive: true });
mkdirSync(new URL('screenshots/', RESULTS), { recursive: true });
const { VARIANTS } = await import('./variants.mjs');
for (const variant of VARIANTS) await variant.build();

// Pages are generated per request: /page?variant=ours&n=100&mode=render|blank|fallback
function page(variant, n, mode) {
  const css = variant.assets.css.map((f) => `<link rel="stylesheet" href="/build/${f}">`).join('');
  const js = variant.assets.js.map((f) => `<script src="/build/${f}"></script>`).join('');
  if (mode === 'blank')
    return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"></head><body></body></html>`;
  const cards = Array.from({ length: n }, (_, i) => variant.card(i)).join('\n');
  const shell = (inner) =>
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">${css}<style>body{margin:0;padding:1rem;font-family:'DejaVu Sans',sans-serif}${variant.fallbackCss}</style></head><body>${inner}</body></html>`;
  if (mode === 'fallback') {
    // One card, its scripts deferred as a clinic would embed them, text after it to be shifted.
    const deferred = js.replaceAll('<script ', '<script defer ');
    return shell(
      `<h1>Clinic page</h1>${variant.card(0)}<p id="after">The page's own text after the card.</p>${deferred}`,
    );
  }
  return shell(`<main>${cards}</main>
<script>performance.mark('script-start')</script>${js}
<script>
window.benchReady = (async () => {
  await (${variant.ready})();
  document.body.getBoundingClientRect();
  document.body.offsetHeight;
  const render = performance.now() - performance.getEntriesByName('script-start')[0].startTime;
  // The next frame has been painted once a task queued from requestAnimationFrame runs.
  await new Promise((resolve) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(0);
  }));
  // From the page starting (its HTML parse included) to every card laid out and painted.
  return { render, painted: performance.now() };
})();
window.benchCheck = ${variant.check};
window.benchToggleTarget = ${variant.toggleTarget};
</script>`);
}

/*
 * The two ways to embed a clinic's card (provider, rating, credentials, call to action), each as
 * the README gives it, on a page with text after the card: the plain snippet with the README's
 * reserved height, and the prerendered snippet. Their layout shift while the page loads.
 */
const { renderCard } = await import('../dist/server/index.js');
const clinic = JSON.parse(
  readFileSync(new URL('../demo/content/essentially-medical.json', import.meta.url)),
);
const clinicAttributes = { 'cta-href': '#contact', 'cta-label': 'Book a consultation' };
const SNIPPETS = {
  plain: {
    css: 'epidural-info-card:not(:defined){display:block;min-height:30em}',
    card: `<epidural-info-card cta-href="#contact" cta-label="Book a consultation"><script type="application/json">${JSON.stringify(clinic).replace(/</g, '\\u003c')}</script><a href="/epidural">Read about epidural injections</a></epidural-info-card>`,
  },
  'plain, content from src': {
    css: 'epidural-info-card:not(:defined){display:block;min-height:30em}',
    card: '<epidural-info-card src="/clinic.json" cta-href="#contact" cta-label="Book a consultation"><a href="/epidural">Read about epidural injections</a></epidural-info-card>',
  },
  prerendered: { css: '', card: renderCard({ attributes: clinicAttributes, content: clinic }) },
};
const SNIPPET_WIDTHS = { desktop: 1350, phone: 390 };

// What follows the card on a clinic's page, filling the window: what moves when the card does.
const AFTER = `<h2>About the clinic</h2>${"<p>The clinic's own text after the card, as long as a paragraph of an ordinary page about its team, its rooms and how to find it.</p>".repeat(8)}<footer style="height:600px;background:#eee">Footer</footer>`;

function snippetPage(kind) {
  const { css, card } = SNIPPETS[kind];
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><script src="/build/ours.js" defer></script><style>body{margin:0;padding:1rem;font-family:'DejaVu Sans',sans-serif}${css}</style></head><body><h1>Our treatments</h1><p>The clinic's own text before the card.</p>${card}${AFTER}</body></html>`;
}

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname === '/clinic.json') {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(clinic));
    return;
  }
  if (url.pathname === '/snippet') {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(snippetPage(url.searchParams.get('kind')));
    return;
  }
  if (url.pathname === '/page') {
    const variant = VARIANTS.find((v) => v.name === url.searchParams.get('variant'));
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(
      page(
        variant,
        Number(url.searchParams.get('n') ?? 1),
        url.searchParams.get('mode') ?? 'render',
      ),
    );
    return;
  }
  let body;
  try {
    body = readFileSync(new URL(`.${url.pathname.replace(/^\/build\//, '/')}`, BUILD));
  } catch {
    res.writeHead(404).end();
    return;
  }
  const type = url.pathname.endsWith('.css') ? 'text/css' : 'text/javascript';
  res.writeHead(200, { 'Content-Type': `${type}; charset=utf-8` });
  res.end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: findChromium(),
  headless: true,
  args: [...CHROMIUM_ARGS, '--window-size=1000,900'],
});
const chromium = await browser.version();

async function withPage(fn) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 900 });
  try {
    return await fn(page);
  } finally {
    await page.close();
  }
}

async function heapUsed(page) {
  const cdp = await page.createCDPSession();
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/** One measurement of every figure for one variant, on fresh pages. */
async function measure(variant, rep) {
  const out = { render: {}, painted: {} };
  for (const n of COUNTS) {
    await withPage(async (page) => {
      await page.goto(`${origin}/page?variant=${variant.name}&n=${n}`, { waitUntil: 'load' });
      const { render, painted } = await page.evaluate(() => window.benchReady);
      out.render[n] = render;
      out.painted[n] = painted;
      const rendered = await page.evaluate(() => window.benchCheck());
      // A variant that renders nothing must not be reported as fast.
      if (rendered !== n)
        throw new Error(`${variant.name}: ${rendered} of ${n} cards rendered the text`);
      if (n === 1 && rep === 0) {
        await page.screenshot({
          path: new URL(`screenshots/${variant.name}.png`, RESULTS).pathname,
          fullPage: true,
        });
      }
      if (n === TOGGLE_COUNT) {
        out.toggle = await page.evaluate(
          () =>
            new Promise((resolve) => {
              const target = window.benchToggleTarget(500);
              const start = performance.now();
              target.click();
              // The next frame: after rendering, before anything else runs.
              requestAnimationFrame(() => {
                const channel = new MessageChannel();
                channel.port1.onmessage = () => resolve(performance.now() - start);
                channel.port2.postMessage(0);
              });
            }),
        );
        out.heap = await heapUsed(page);
        const cdp = await page.createCDPSession();
        const counters = await cdp.send('Memory.getDOMCounters');
        out.nodes = counters.nodes;
        out.listeners = counters.jsEventListeners;
      }
    });
  }
  out.heap -= await withPage(async (page) => {
    await page.goto(`${origin}/page?variant=${variant.name}&mode=blank`, { waitUntil: 'load' });
    return heapUsed(page);
  });
  out.cls = await withPage((page) =>
    layoutShift(page, `/page?variant=${variant.name}&mode=fallback`),
  );
  return out;
}

/** The layout shift (CLS) of a page while it loads and its cards upgrade. */
async function layoutShift(page, path) {
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  await new Promise((resolve) => setTimeout(resolve, 500));
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        new PerformanceObserver((list) => {
          resolve(list.getEntries().reduce((sum, e) => sum + (e.hadRecentInput ? 0 : e.value), 0));
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(0), 200);
      }),
  );
}

/** The two snippets' layout shift, at desktop and phone widths. */
async function measureSnippets() {
  const out = {};
  for (const kind of Object.keys(SNIPPETS)) {
    for (const [device, width] of Object.entries(SNIPPET_WIDTHS)) {
      out[`${kind} ${device}`] = await withPage(async (page) => {
        await page.setViewport({ width, height: 900 });
        return layoutShift(page, `/snippet?kind=${encodeURIComponent(kind)}`);
      });
    }
  }
  return out;
}

function sizes(variant) {
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const file of [...variant.assets.js, ...variant.assets.css]) {
    const bytes = readFileSync(new URL(file, BUILD));
    total.raw += bytes.length;
    total.gzip += gzipSync(bytes, { level: 9 }).length;
    total.brotli += brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length;
  }
  return total;
}

const samples = Object.fromEntries(VARIANTS.map((v) => [v.name, []]));
const snippetSamples = [];
for (let rep = 0; rep < REPETITIONS; rep++) {
  for (const variant of VARIANTS) {
    samples[variant.name].push(await measure(variant, rep));
    process.stdout.write(`\rrepetition ${rep + 1}/${REPETITIONS}, ${variant.name}        `);
  }
  snippetSamples.push(await measureSnippets());
}
process.stdout.write('\n');
await browser.close();
server.close();

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted.at(-1) };
};
const cards = (n) => `${n} card${n > 1 ? 's' : ''}`;
const FIGURES = [
  ['bytes', 'Bytes shipped (gzip)', 'B'],
  ...COUNTS.map((n) => [`painted${n}`, `Page start to painted, ${cards(n)}`, 'ms']),
  ...COUNTS.map((n) => [`render${n}`, `Script to rendered, ${cards(n)}`, 'ms']),
  ['toggle', `Toggle with ${TOGGLE_COUNT} cards`, 'ms'],
  ['heap', `JS heap, ${TOGGLE_COUNT} cards`, 'KB'],
  ['nodes', `DOM nodes, ${TOGGLE_COUNT} cards`, ''],
  ['listeners', `Event listeners, ${TOGGLE_COUNT} cards`, ''],
  ['cls', 'Layout shift on upgrade', ''],
];
const results = {};
for (const variant of VARIANTS) {
  const s = samples[variant.name];
  const size = sizes(variant);
  results[variant.name] = {
    label: variant.label,
    sizes: size,
    bytes: { median: size.gzip, min: size.gzip, max: size.gzip },
    ...Object.fromEntries(COUNTS.map((n) => [`render${n}`, stats(s.map((x) => x.render[n]))])),
    ...Object.fromEntries(COUNTS.map((n) => [`painted${n}`, stats(s.map((x) => x.painted[n]))])),
    toggle: stats(s.map((x) => x.toggle)),
    heap: stats(s.map((x) => x.heap / 1024)),
    nodes: stats(s.map((x) => x.nodes)),
    listeners: stats(s.map((x) => x.listeners)),
    cls: stats(s.map((x) => x.cls)),
  };
}
for (const variant of VARIANTS) {
  for (const [key] of FIGURES) {
    const base = results.native[key].median;
    results[variant.name][key].ratio = base > 0 ? results[variant.name][key].median / base : null;
  }
  // Page start to painted: the median of each repetition's ratio to native in that repetition,
  // so that a slow moment of the machine weighs on both sides of a ratio alike.
  for (const n of COUNTS) {
    const ratios = samples[variant.name].map(
      (x, rep) => x.painted[n] / samples.native[rep].painted[n],
    );
    results[variant.name][`painted${n}`].ratio = stats(ratios).median;
  }
}

const format = (v) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
const lines = [
  `| Figure | ${VARIANTS.map((v) => v.label.replace(/</g, '&lt;')).join(' | ')} |`,
  `| --- | ${VARIANTS.map(() => '---:').join(' | ')} |`,
  ...FIGURES.map(
    ([key, label, unit]) =>
      `| ${label}${unit ? ` (${unit})` : ''} | ${VARIANTS.map((v) => {
        const f = results[v.name][key];
        const spread = f.min === f.max ? '' : ` (${format(f.min)}–${format(f.max)})`;
        const ratio = v.name === 'native' || f.ratio === null ? '' : ` ×${format(f.ratio)}`;
        return `${format(f.median)}${spread}${ratio}`;
      }).join(' | ')} |`,
  ),
];
const snippets = Object.fromEntries(
  Object.keys(snippetSamples[0]).map((key) => [key, stats(snippetSamples.map((s) => s[key]))]),
);
const snippetLines = Object.keys(SNIPPETS).map(
  (kind) =>
    `| ${kind} | ${Object.keys(SNIPPET_WIDTHS)
      .map((device) => {
        const f = snippets[`${kind} ${device}`];
        return `${f.median.toFixed(3)} (${f.min.toFixed(3)}–${f.max.toFixed(3)})`;
      })
      .join(' | ')} |`,
);
const sizeLines = VARIANTS.map(
  (v) =>
    `| ${v.label.replace(/</g, '&lt;')} | ${results[v.name].sizes.raw} | ${results[v.name].sizes.gzip} | ${results[v.name].sizes.brotli} |`,
);
const machine = {
  date: new Date().toISOString().slice(0, 10),
  cpu: `${os.cpus()[0].model} (${os.cpus().length} cores)`,
  memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
  os: `${os.type()} ${os.release()}`,
  node: process.version,
  chromium,
  repetitions: REPETITIONS,
  command: 'npm run bench',
};
const markdown = [
  `Median (min–max) of ${REPETITIONS} interleaved runs; ×N is the ratio to native <details> in the same run (for "page start to painted", the median of the per-repetition ratios).`,
  '',
  ...lines,
  '',
  `Layout shift while a clinic's card (provider, rating, credentials, call to action) loads, embedded as the README says, median (min–max):`,
  '',
  `| Snippet | desktop (${SNIPPET_WIDTHS.desktop} px) | phone (${SNIPPET_WIDTHS.phone} px) |`,
  '| --- | ---: | ---: |',
  ...snippetLines,
  '',
  'JS and CSS shipped, bytes:',
  '',
  '| Variant | raw | gzip | brotli |',
  '| --- | ---: | ---: | ---: |',
  ...sizeLines,
  '',
  `${machine.date} · ${machine.cpu} · ${machine.memory} · ${machine.chromium} · \`${machine.command}\``,
].join('\n');
console.log(`\n${markdown}\n`);
writeFileSync(
  new URL('results.json', RESULTS),
  `${JSON.stringify({ machine, figures: FIGURES, results, snippets }, null, 2)}\n`,
);
writeFileSync(new URL('results.md', RESULTS), `${markdown}\n`);
writeChart(new URL('chart.svg', RESULTS), {
  machine,
  figures: FIGURES,
  results,
  variants: VARIANTS,
});
console.log('wrote bench/results/results.json, results.md, chart.svg and screenshots/');
