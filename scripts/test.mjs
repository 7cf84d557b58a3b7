// npm test (after the build): the Node suites (test/node/*.test.mjs: fuzz, imports, workerd; and
// test/frameworks/*.test.mjs: real React, Next.js, Vue and Svelte apps; test/wordpress/*.test.mjs:
// the plugin in a real WordPress), then the browser suites
// (web-test-runner, every engine), and one closing line over all: `tests: N passed, N failed`.
// Exits non-zero if either fails. Arguments go to web-test-runner (e.g. a test file).
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium, findFirefox } from './find-browser.mjs';
import { findWebKit } from './webkit-launcher.mjs';

/* Runs a command with its output shown, and resolves to its exit status. */
const run = (command, args, env = {}) =>
  new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, ...env },
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });

const count = (text, pattern) => Number(pattern.exec(text)?.[1] ?? 0);
const suites = [];

// SUITES=browsers (or node) runs one kind alone.
const kinds = (process.env.SUITES ?? 'node,browsers').split(',');

// Node: the spec reporter for people, TAP to a file for the counts.
if (kinds.includes('node')) {
  const dir = mkdtempSync(join(tmpdir(), 'epidural-tests-'));
  const tap = join(dir, 'node.tap');
  const started = Date.now();
  const nodeStatus = await run(process.execPath, [
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    // Named one by one: given a folder, node --test would also run the apps' own files.
    ...['test/node', 'test/frameworks', 'test/wordpress'].flatMap((dir) =>
      readdirSync(dir)
        .filter((file) => file.endsWith('.test.mjs'))
        .map((file) => `${dir}/${file}`),
    ),
  ]);
  const nodeTap = readFileSync(tap, 'utf8');
  suites.push({
    name: 'node',
    status: nodeStatus,
    passed: count(nodeTap, /^# pass (\d+)/m),
    failed: count(nodeTap, /^# fail (\d+)/m) + count(nodeTap, /^# cancelled (\d+)/m),
    skipped: count(nodeTap, /^# skipped (\d+)/m),
    seconds: (Date.now() - started) / 1000,
  });
  rmSync(dir, { recursive: true, force: true });
}

if (kinds.includes('browsers')) {
  // Browsers: first the engines that can run here (each found, or installed as root on Debian). One
  // that cannot is said, with how to install it, and its suites are left out: the others still run.
  // Each engine left out counts as one skipped suite, and under CI (CI=true) as one failed.
  const FIND = { chromium: findChromium, firefox: findFirefox, webkit: findWebKit };
  const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',');
  const missing = wanted.filter((engine) => {
    try {
      FIND[engine]();
      return false;
    } catch (error) {
      console.log(`\n${engine}: ${error.message}\nIts browser suites are skipped.\n`);
      return true;
    }
  });
  const engines = wanted.filter((engine) => !missing.includes(engine));
  const browserStart = Date.now();
  let browsers = { status: 0, passed: 0, failed: 0, skipped: 0 };
  if (engines.length) {
    // The summary reporter (scripts/summary-reporter.mjs) writes its counts to a file.
    const counts = join(mkdtempSync(join(tmpdir(), 'epidural-tests-')), 'browsers.json');
    browsers.status = await run(
      process.execPath,
      ['node_modules/@web/test-runner/dist/bin.js', ...process.argv.slice(2)],
      { EPIDURAL_BROWSER_COUNTS: counts, BROWSERS: engines.join(',') },
    );
    try {
      browsers = { ...browsers, ...JSON.parse(readFileSync(counts, 'utf8')) };
    } catch {
      browsers.failed = 1;
      console.log('the browser suites wrote no counts (did they start?)');
    }
  }
  const required = !!process.env.CI;
  suites.push({
    name: 'browsers',
    ...browsers,
    failed: browsers.failed + (required ? missing.length : 0),
    skipped: browsers.skipped + (required ? 0 : missing.length),
    seconds: (Date.now() - browserStart) / 1000,
  });
  if (missing.length)
    console.log(
      `not run: the ${missing.join(', ')} suites (not installed), each counted as one ${required ? 'failed (CI needs every engine)' : 'skipped'} suite`,
    );
}

for (const s of suites)
  console.log(
    `${s.name}: ${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped (${s.seconds.toFixed(0)} s)`,
  );
const total = (key) => suites.reduce((sum, s) => sum + s[key], 0);
console.log(
  `tests: ${total('passed')} passed, ${total('failed')} failed, ${total('skipped')} skipped`,
);
process.exitCode = suites.some((s) => s.status != 0 || s.failed > 0) ? 1 : 0;
