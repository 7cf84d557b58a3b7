// npm run bench:profile: where the time goes when 1000 cards render, from a Chromium performance
// trace of the benchmark's own page. Writes bench/results/profile.md (needs npm run bench first,
// which builds bench/build/).
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-browser.mjs';
import { VARIANTS } from './variants.mjs';

const N = 1000;
const BUILD = new URL('build/', import.meta.url);
const names = process.argv.slice(2).length ? process.argv.slice(2) : ['ours', 'shoelace'];

// The main-thread work a trace records for a page load, by kind.
const KINDS = {
  EvaluateScript: 'Parse and run scripts',
  FunctionCall: 'JavaScript (callbacks)',
  RunMicrotasks: 'JavaScript (microtasks: Lit updates)',
  ParseHTML: 'Parse HTML',
  UpdateLayoutTree: 'Style recalculation',
  Layout: 'Layout',
  Paint: 'Paint',
  PrePaint: 'Pre-paint',
  Layerize: 'Layerize',
};

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname === '/page') {
    const variant = VARIANTS.find((v) => v.name === url.searchParams.get('variant'));
    const css = variant.assets.css
      .map((f) => `<link rel="stylesheet" href="/build/${f}">`)
      .join('');
    const js = variant.assets.js.map((f) => `<script src="/build/${f}"></script>`).join('');
    const cards = Array.from({ length: N }, (_, i) => variant.card(i)).join('');
    res.end(
      `<!doctype html><html><head><meta charset="utf-8">${css}</head><body>${cards}${js}</body></html>`,
    );
    return;
  }
  try {
    res.end(readFileSync(new URL(`.${url.pathname.replace(/^\/build\//, '/')}`, BUILD)));
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await puppeteer.launch({
  executablePath: findChromium(),
  headless: true,
  args: CHROMIUM_ARGS,
});
const lines = [
  `Main-thread time by kind while ${N} cards load and render (one Chromium trace each).`,
  '',
];
lines.push(`| Work | ${names.join(' | ')} |`, `| --- | ${names.map(() => '---:').join(' | ')} |`);
const totals = {};
for (const name of names) {
  const page = await browser.newPage();
  await page.tracing.start({
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
  await page.goto(`http://127.0.0.1:${server.address().port}/page?variant=${name}`, {
    waitUntil: 'load',
  });
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const trace = JSON.parse(new TextDecoder().decode(await page.tracing.stop()));
  const events = trace.traceEvents ?? trace;
  const byKind = {};
  for (const e of events) {
    if (e.ph === 'X' && KINDS[e.name] && e.dur)
      byKind[e.name] = (byKind[e.name] ?? 0) + e.dur / 1000;
  }
  totals[name] = byKind;
  await page.close();
}
for (const [kind, label] of Object.entries(KINDS)) {
  lines.push(
    `| ${label} | ${names.map((n) => (totals[n][kind] ?? 0).toFixed(0) + ' ms').join(' | ')} |`,
  );
}
lines.push(
  '',
  'Kinds nest (a Layout inside a script is counted in both), so columns do not add up.',
);
await browser.close();
server.close();
writeFileSync(new URL('results/profile.md', import.meta.url), `${lines.join('\n')}\n`);
console.log(lines.join('\n'));
