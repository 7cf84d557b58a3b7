// npm test on a machine where a browser cannot be installed (scripts/test.mjs): it says which and
// how to install it, runs what it can, and counts what it left out; under CI that is a failure.
// The machine is made with a PATH holding only an apt-get that fails, as on a machine with no
// package mirror.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { findChromium } from '../../scripts/find-browser.mjs';

const bin = mkdtempSync(join(tmpdir(), 'epidural-no-browsers-'));
writeFileSync(
  join(bin, 'apt-get'),
  '#!/bin/sh\necho "E: Unable to locate package $4" >&2\nexit 100\n',
);
chmodSync(join(bin, 'apt-get'), 0o755);

/* scripts/test.mjs, browsers only, with no browser on PATH: its output (both streams, in order) and exit status. */
function npmTest(env, args = []) {
  const { CI, CHROME_PATH, FIREFOX_PATH, ...rest } = process.env;
  const child = spawn(process.execPath, ['scripts/test.mjs', ...args], {
    env: { ...rest, PATH: bin, SUITES: 'browsers', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => child.on('close', (status) => resolve({ output, status })));
}

const closing = (output) => output.trim().split('\n').at(-1);

describe('npm test with a browser that cannot be installed', { timeout: 300_000 }, () => {
  it('says what is missing and how to install it, with no stack trace, and counts it as skipped', async () => {
    const { output, status } = await npmTest({ BROWSERS: 'firefox,webkit' });
    assert.match(
      output,
      /firefox: No Firefox was found for the tests\. Installing Debian's "firefox-esr" failed/,
    );
    assert.match(output, /sudo apt-get install firefox-esr/);
    assert.match(output, /webkit: No WebKitWebDriver was found/);
    assert.match(output, /sudo apt-get install webkit2gtk-driver xvfb/);
    assert.doesNotMatch(output, /^\s+at /m);
    assert.equal(closing(output), 'tests: 0 passed, 0 failed, 2 skipped');
    assert.equal(status, 0);
  });

  it('fails under CI, which needs every engine', async () => {
    const { output, status } = await npmTest({ BROWSERS: 'firefox', CI: 'true' });
    assert.equal(closing(output), 'tests: 0 passed, 1 failed, 0 skipped');
    assert.equal(status, 1);
  });

  it('runs the engines it has', async () => {
    const { output, status } = await npmTest(
      { BROWSERS: 'chromium,firefox', CHROME_PATH: findChromium() },
      ['--files', 'test/card.text.test.ts'],
    );
    const [, passed] = /^tests: (\d+) passed, 0 failed, 1 skipped$/m.exec(output) ?? [];
    assert.ok(Number(passed) > 0, output.slice(-2000));
    assert.equal(status, 0);
  });
});
