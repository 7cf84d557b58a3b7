// npm run bench (third part): how many cards renderCard() writes a second on one core, in Node and
// in Cloudflare's workerd, for three contents: the built-in text, a review site's (two sections),
// and a clinic's (provider, rating, credentials, dates), the same content card after card, as a
// page renders it; and the clinic's with each card its own provider-name, so that each card's
// content is new and nothing a server remembers for a content helps. Each card has a section
// open, by turns. Measured, never asserted. Alone: node bench/render-rate.mjs (after npm run build).
import { spawn } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderCard } from '../dist/server/index.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const json = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const clinic = json('../demo/content/essentially-medical.json');
const CONTENTS = {
  'the built-in text': {},
  "a review site's": { content: json('../test/fixtures/review-site.json') },
  "a clinic's": { content: clinic },
  "a clinic's, each card its own provider-name": { content: clinic, each: true },
};
const idsOf = (content) =>
  (content ?? { sections: [{ id: 'what-is-it' }, { id: 'benefits' }] }).sections
    .filter((s) => !s.alwaysVisible)
    .map((s) => s.id);

/* Card i's attributes (render-worker.js writes the same). */
const attributes = (i, ids, each) => ({
  'open-sections': ids[i % ids.length],
  'heading-level': 3,
  ...(each ? { 'provider-name': `Clinic ${i}` } : {}),
});

/* Cards a second in this process: rendered for SECONDS after a warm-up. */
function node({ content, each }) {
  const ids = idsOf(content);
  const render = (i) => renderCard({ content, attributes: attributes(i, ids, each) });
  for (let i = 0; i < 2000; i++) render(i);
  const start = performance.now();
  let n = 0;
  while (performance.now() - start < SECONDS * 1000) render(n++);
  return n / ((performance.now() - start) / 1000);
}

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/* workerd with the built server modules and bench/render-worker.js; its cards a second. */
async function workerd() {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'epidural-bench-'));
  const modules = readdirSync('dist/server').filter((f) => f.endsWith('.js') && f != 'cli.js');
  for (const file of modules) copyFileSync(`dist/server/${file}`, join(dir, file));
  copyFileSync(new URL('render-worker.js', import.meta.url), join(dir, 'worker.js'));
  const list = ['worker.js', ...modules].map((f) => `(name = "${f}", esModule = embed "${f}")`);
  writeFileSync(
    join(dir, 'config.capnp'),
    `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [(name = "main", worker = .worker)],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
);
const worker :Workerd.Worker = (modules = [${list.join(', ')}], compatibilityDate = "2025-09-01");
`,
  );
  const child = spawn('node_modules/.bin/workerd', ['serve', join(dir, 'config.capnp')], {
    stdio: 'ignore',
  });
  const post = (body) =>
    fetch(`http://127.0.0.1:${port}/`, { method: 'POST', body: JSON.stringify(body) }).then((r) =>
      r.json(),
    );
  try {
    for (const deadline = Date.now() + 20_000; ;) {
      try {
        await post({ n: 0, ids: ['x'] });
        break;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const rates = {};
    for (const [name, { content, each }] of Object.entries(CONTENTS)) {
      const ids = idsOf(content);
      await post({ n: 2000, content, ids, each });
      // The difference between a request of n cards and one of none: the cards' time alone.
      const time = async (n) => {
        const start = performance.now();
        await post({ n, content, ids, each });
        return performance.now() - start;
      };
      const n = 20_000;
      const samples = [];
      for (let i = 0; i < 3; i++) samples.push((await time(n)) - (await time(0)));
      rates[name] = n / (Math.min(...samples) / 1000);
    }
    return rates;
  } finally {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

const rows = Object.entries(CONTENTS).map(([name, scenario]) => [name, node(scenario)]);
const edge = await workerd();
const markdown = [
  `renderCard() on one core, cards a second (each with a section open; ${SECONDS} s in Node after a warm-up, the best of 3 × 20 000 cards in workerd):`,
  '',
  '| content | Node | workerd |',
  '| --- | ---: | ---: |',
  ...rows.map(
    ([name, rate]) =>
      `| ${name} | ${Math.round(rate).toLocaleString('en-GB')} | ${Math.round(edge[name]).toLocaleString('en-GB')} |`,
  ),
  '',
  `${new Date().toISOString().slice(0, 10)} · Node ${process.version} · \`npm run bench\``,
].join('\n');
console.log(`\n${markdown}\n`);
mkdirSync(new URL('results/', import.meta.url), { recursive: true });
writeFileSync(new URL('results/render-rate.md', import.meta.url), `${markdown}\n`);
