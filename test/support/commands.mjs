// Test-runner plugins: server-side commands that browser tests call with executeServerCommand().
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import Ajv from 'ajv/dist/2020.js';
import { EMBED_GZIP_BUDGET, measure } from '../../scripts/size-budget.mjs';

const EMBED = 'dist/epidural-info-card.js';

function embedSize() {
  const sizes = measure(EMBED);
  console.log(
    `\n${EMBED}: ${sizes.raw} B raw, ${sizes.gzip} B gzip, ${sizes.brotli} B brotli ` +
      `(gzip budget ${EMBED_GZIP_BUDGET} B, ${EMBED_GZIP_BUDGET - sizes.gzip} B left)\n`,
  );
  return { ...sizes, budget: EMBED_GZIP_BUDGET };
}

// Commands run child processes asynchronously: the test server answers every engine's requests
// meanwhile (a synchronous one held them up, and a card's 10 s fetch timeout ran out once).
async function packedFiles() {
  // --ignore-scripts: the tests run after a build; prepack would build again.
  const { stdout } = await promisify(execFile)(
    'npm',
    ['pack', '--dry-run', '--json', '--ignore-scripts'],
    { encoding: 'utf8' },
  );
  return JSON.parse(stdout)[0].files.map((file) => file.path);
}

let schemaValidator;
/** Whether each document is valid against the published JSON Schema (checked with Ajv, in Node). */
function schemaVerdicts(documents) {
  schemaValidator ??= new Ajv({ strict: true, allErrors: false }).compile(
    JSON.parse(readFileSync('dist/content.schema.json', 'utf8')),
  );
  return documents.map((doc) => schemaValidator(doc));
}

/** A PNG (base64) of the test page's viewport, as the browser painted it. */
async function screenshotViewport(session) {
  // WebKit: classic WebDriver's Take Screenshot is of the top-level browsing context's viewport.
  if (session.browser.type === 'webdriver') return session.browser.driver.takeScreenshot();
  const page = session.browser.getPage(session.id);
  return page.screenshot({ encoding: 'base64', captureBeyondViewport: false });
}

/*
 * The page's JS heap and DOM counters after a full garbage collection, through the Chrome DevTools
 * Protocol: Chromium only. Elsewhere, the reason it cannot be measured.
 */
async function memory(session) {
  if (session.browser.name !== 'Chrome')
    return {
      unavailable: `${session.browser.name}'s driver has no heap or DOM counters (CDP only)`,
    };
  const cdp = await session.browser.getPage(session.id).createCDPSession();
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
    return { heap: usedSize, nodes, listeners: jsEventListeners };
  } finally {
    await cdp.detach();
  }
}

/* renderCard() from the built package, in Node: its HTML, or the message it threw. */
async function renderOnServer({ attributes, content, html }) {
  const server = await import('../../dist/server/index.js');
  try {
    return {
      html: server.renderCard({ attributes, content, html }),
      styleHashes: server.styleHashes,
    };
  } catch (error) {
    return { error: error.message, name: error.name };
  }
}

/*
 * The fuzz runs' seed: FUZZ_SEED to repeat a run, else a new one per test run (the same for every
 * browser, so that the engines are fed the same documents).
 */
const fuzzSeed = Number(process.env.FUZZ_SEED) || Date.now() % 2 ** 31;

/* validateContent() from the built package, in Node: what it makes of each document (JSON text). */
async function nodeVerdicts(json) {
  const { validateContent } = await import('../../dist/esm/content/validate.js');
  return JSON.parse(json).map((doc) => JSON.parse(JSON.stringify(validateContent(doc))));
}

/* The CLI as a user runs it: node dist/server/cli.js ARGS, with STDIN given. */
function runCli({ args, stdin = '' }) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['dist/server/cli.js', ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.on('error', () => {}); // a CLI that exits before reading it all
    child.stdin.end(stdin);
  });
}

export function projectCommands() {
  return {
    name: 'project-commands',
    async executeCommand({ command, payload, session }) {
      switch (command) {
        case 'embed-size':
          return embedSize();
        case 'packed-files':
          return packedFiles();
        case 'card-sources':
          // Every source file of the element, its controllers included, as one text.
          return readdirSync('src/card', { recursive: true })
            .filter((file) => file.endsWith('.ts'))
            .map((file) => readFileSync(`src/card/${file}`, 'utf8'))
            .join('\n');
        case 'schema-verdicts':
          return schemaVerdicts(payload);
        case 'write-page':
          // Only below test/.tmp/: a page the test builds, e.g. a snippet pasted into a blank page.
          if (!/^test\/\.tmp\/[\w/.-]+$/.test(payload.path) || payload.path.includes('..'))
            return false;
          mkdirSync(dirname(payload.path), { recursive: true });
          writeFileSync(payload.path, payload.html);
          // Served with this Content-Security-Policy (host-pages.mjs), as the clinic's server would.
          if (payload.csp) writeFileSync(`${payload.path}.csp`, payload.csp);
          return true;
        case 'render-card':
          return renderOnServer(payload);
        case 'sanitize-html':
          // A CMS's sanitiser, with its defaults: what it leaves of a snippet.
          return (await import('sanitize-html')).default(payload);
        case 'fuzz-seed':
          return fuzzSeed;
        case 'node-verdicts':
          return nodeVerdicts(payload);
        case 'run-cli':
          return runCli(payload);
        case 'memory':
          return memory(session);
        case 'screenshot-viewport':
          return screenshotViewport(session);
        default:
          return undefined;
      }
    },
  };
}
