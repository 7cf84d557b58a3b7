// npm run bench (second part): a review site's page of prerendered cards, as renderCard() writes
// them (one section open in each, a heading and a review line above each card), loaded in
// Chromium with the CPU throttled ×4 (a mid-range phone). Three pages at each count: the HTML
// alone, the same HTML with the card's script (defer), and the anchor, the same text as native
// <details> with no script. Reports first and largest paint, long tasks, the longest, and total
// blocking time (the time past 50 ms of every task after first paint). Measured, never asserted.
// Each page twice: cards with the stylesheet inline, and cards linked to one stylesheet
// (renderCard's stylesheet option). Alone: node bench/prerendered.mjs (after npm run build);
// BENCH_REPETITIONS, BENCH_COUNTS (100,1000), BENCH_SHEETS (inline,shared).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-browser.mjs';

const REPETITIONS = Number(process.env.BENCH_REPETITIONS ?? 7);
const COUNTS = (process.env.BENCH_COUNTS ?? '100,1000').split(',').map(Number);
const THROTTLE = 4;
const RESULTS = new URL('results/', import.meta.url);
const SHEETS = ['inline', 'shared'];

const { renderCard } = await import('../dist/server/index.js');
const script = readFileSync(new URL('../dist/epidural-info-card.js', import.meta.url));
const content = JSON.parse(
  readFileSync(new URL('../test/fixtures/review-site.json', import.meta.url), 'utf8'),
);
const ids = content.sections.filter((s) => !s.alwaysVisible).map((s) => s.id);

const escape = (t) => t.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const body = (s) =>
  (s.paragraphs ?? []).map((p) => `<p>${escape(p)}</p>`).join('') +
  (s.items?.length ? `<ul>${s.items.map((i) => `<li>${escape(i)}</li>`).join('')}</ul>` : '');
const review = (i) =>
  `<h2>Clinic ${i + 1}</h2><p class="review">★★★★☆ “Clear and kind; the injection helped.” (review ${i + 1})</p>`;

/** One page's HTML: `kind` html (no script), script (the card's script, deferred) or native. */
function html(kind, n, sheet) {
  const cards = Array.from({ length: n }, (_, i) => {
    if (kind == 'native')
      return `${review(i)}<article class="card"><h3>${escape(content.title)}</h3><p>${escape(content.intro)}</p>${content.sections
        .map(
          (s, j) =>
            `<details${ids[i % ids.length] == s.id || s.alwaysVisible ? ' open' : ''}><summary>${escape(s.heading)}</summary>${body(s)}</details>`,
        )
        .join('')}</article>`;
    const card = renderCard({
      content,
      attributes: { 'open-sections': ids[i % ids.length], 'heading-level': 3 },
      ...(sheet == 'shared' ? { stylesheet: '/card.css' } : {}),
    });
    return review(i) + card;
  }).join('\n');
  const js = kind == 'script' ? '<script defer src="/card.js"></script>' : '';
  // Cards linked to one stylesheet: the page links it too (README: Many cards on one page).
  const css =
    sheet == 'shared' && kind != 'native' ? '<link rel="stylesheet" href="/card.css">' : '';
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Reviews</title>${css}${js}<style>body{margin:0 auto;max-width:46em;padding:1rem;font-family:'DejaVu Sans',sans-serif}.card{border:1px solid #ccc;padding:1em}</style></head><body><h1>Epidural injections: clinics near you</h1>${cards}</body></html>`;
}

const pages = new Map();
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname == '/card.js') {
    res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(script);
    return;
  }
  if (url.pathname == '/card.css') {
    res
      .writeHead(200, { 'Content-Type': 'text/css' })
      .end(readFileSync(new URL('../dist/epidural-info-card.css', import.meta.url)));
    return;
  }
  const html = pages.get(url.search);
  if (!html) return res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: findChromium(),
  headless: true,
  args: [...CHROMIUM_ARGS, '--window-size=1000,900'],
});
const chromium = await browser.version();

// Collected from the page's start: paints, long tasks (with their start), and when the cards
// were all taken over.
const OBSERVE = () => {
  window.__bench = { longtasks: [], lcp: 0 };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      window.__bench.longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.lcp = e.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
};

async function measure(kind, n, sheet) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 900 });
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await page.evaluateOnNewDocument(OBSERVE);
  const key = `?${kind}-${n}-${sheet}`;
  pages.set(key, html(kind, n, sheet));
  await page.goto(`${origin}/${key}`, { waitUntil: 'load' });
  // With the script: until every card is taken over; then a quiet second for late tasks.
  if (kind == 'script')
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('epidural-info-card')].every(
          (c) => c.hasUpdated && !c.isUpdatePending,
        ),
      { timeout: 120_000, polling: 100 },
    );
  await new Promise((r) => setTimeout(r, 1000));
  const result = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    const tasks = window.__bench.longtasks;
    return {
      fcp,
      // When the parser finished: a deferred script runs after it, so a first paint before it
      // came before the script ran.
      parsed: performance.getEntriesByType('navigation')[0].domInteractive,
      lcp: window.__bench.lcp,
      longtasks: tasks.length,
      longest: Math.max(0, ...tasks.map((t) => t.duration)),
      tbt: tasks
        .filter((t) => t.start + t.duration > fcp)
        .reduce((sum, t) => sum + Math.max(0, t.duration - 50 - Math.max(0, fcp - t.start)), 0),
    };
  });
  if (kind == 'script') {
    const problems = await page.evaluate(
      () =>
        [...document.querySelectorAll('epidural-info-card')].filter(
          (c) => !c.shadowRoot.querySelector('button'),
        ).length,
    );
    if (problems) throw new Error(`${problems} of ${n} cards were not taken over`);
  }
  pages.delete(key);
  await page.close();
  return result;
}

const KINDS = [
  ['html', 'the HTML alone'],
  ['script', "with the card's script"],
  ['native', 'anchor: native <details>'],
];
const sheets = (process.env.BENCH_SHEETS ?? SHEETS.join(',')).split(',');
const runs = [];
for (const n of COUNTS)
  for (const sheet of sheets)
    for (const [kind] of KINDS)
      if (kind != 'native' || sheet == 'inline') runs.push({ kind, n, sheet });
const samples = new Map(runs.map((r) => [r, []]));
for (let rep = 0; rep < REPETITIONS; rep++) {
  for (const run of runs) {
    samples.get(run).push(await measure(run.kind, run.n, run.sheet));
    process.stdout.write(`\rprerendered pages: repetition ${rep + 1}/${REPETITIONS}   `);
  }
}
process.stdout.write('\n');
await browser.close();
server.close();

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const range = (values) => `${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))}`;
const rows = runs.map((run) => {
  const s = samples.get(run);
  const f = (key) => s.map((x) => x[key]);
  const bytes = Buffer.byteLength(html(run.kind, run.n, run.sheet));
  return {
    ...run,
    bytesPerCard: Math.round(bytes / run.n),
    fcp: median(f('fcp')),
    lcp: median(f('lcp')),
    lcpRange: range(f('lcp')),
    longtasks: median(f('longtasks')),
    longest: median(f('longest')),
    longestRange: range(f('longest')),
    tbt: median(f('tbt')),
  };
});
// Largest paint with the script over the HTML alone, per repetition, then the median.
for (const row of rows) {
  if (row.kind == 'html') continue;
  const base = samples.get(
    runs.find((r) => r.kind == 'html' && r.n == row.n && r.sheet == 'inline'),
  );
  row.lcpRatio = median(
    samples
      .get(runs.find((r) => r.kind == row.kind && r.n == row.n && r.sheet == row.sheet))
      .map((x, i) => x.lcp / base[i].lcp),
  );
}
// With the script: in how many runs the first paint came before the page was parsed, and so
// before the script ran (a deferred script cannot delay a paint that came before it).
const paintedFirst = rows
  .filter((row) => row.kind == 'script')
  .map((row) => {
    const s = samples.get(
      runs.find((r) => r.kind == 'script' && r.n == row.n && r.sheet == row.sheet),
    );
    return `${row.n} cards, ${row.sheet}: ${s.filter((x) => x.fcp < x.parsed).length} of ${s.length}`;
  });
const label = Object.fromEntries(KINDS);
const ms = (v) => (v ? `${Math.round(v)} ms` : '—');
const markdown = [
  `Median of ${REPETITIONS} interleaved runs, Chromium, CPU ×${THROTTLE}; largest paint ×N is the median per-run ratio to the HTML alone with the stylesheet inline.`,
  '',
  '| cards | stylesheet | page | HTML per card | first paint | largest paint (min–max) | long tasks | longest (min–max) | total blocking |',
  '| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.n} | ${r.kind == 'native' ? '—' : r.sheet} | ${label[r.kind].replace(/</g, '&lt;')} | ${r.bytesPerCard} B | ${ms(r.fcp)} | ${ms(r.lcp)} (${r.lcpRange})${r.lcpRatio ? ` ×${r.lcpRatio.toFixed(2)}` : ''} | ${r.longtasks} | ${r.longtasks ? `${ms(r.longest)} (${r.longestRange})` : '—'} | ${Math.round(r.tbt)} ms |`,
  ),
  '',
  `With the card's script, runs whose first paint came before the page was parsed (so before the script ran): ${paintedFirst.join('; ')}.`,
  '',
  `${new Date().toISOString().slice(0, 10)} · ${os.cpus()[0].model} (${os.cpus().length} cores) · ${chromium} · \`npm run bench\``,
].join('\n');
console.log(`\n${markdown}\n`);
mkdirSync(RESULTS, { recursive: true });
writeFileSync(
  new URL('prerendered.json', RESULTS),
  `${JSON.stringify({ rows, samples: [...samples].map(([run, s]) => ({ ...run, samples: s })) }, null, 2)}\n`,
);
writeFileSync(new URL('prerendered.md', RESULTS), `${markdown}\n`);
console.log('wrote bench/results/prerendered.json and prerendered.md');
