// What the framework tests share: the package packed as a site installs it, an app folder with
// it installed, a server on 127.0.0.1, and a Chromium that records every console message.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/find-browser.mjs';

const ROOT = resolve(import.meta.dirname, '../..');

/* npm pack of the built package (npm test builds first), into a folder of its own. */
export function packTarball() {
  const dir = mkdtempSync(join(tmpdir(), 'epidural-pack-'));
  execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', dir], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  return join(
    dir,
    readdirSync(dir).find((f) => f.endsWith('.tgz')),
  );
}

/*
 * An app from test/frameworks/apps/NAME (and the clinic's content all the apps share, as
 * content.js), copied to a temporary folder, with the tarball and the
 * framework's packages installed as a site installs them (versions from the project's lock, so
 * npm's cache answers).
 */
export function makeApp(name, dependencies) {
  const dir = mkdtempSync(join(tmpdir(), `epidural-${name}-`));
  cpSync(join(ROOT, 'test/frameworks/apps', name), dir, { recursive: true });
  cpSync(join(ROOT, 'test/frameworks/apps/shared/content.js'), join(dir, 'content.js'));
  const lock = JSON.parse(
    execFileSync('npm', ['ls', '--json', '--depth=0'], { cwd: ROOT, encoding: 'utf8' }),
  );
  const versions = Object.fromEntries(
    dependencies.map((dep) => [dep, lock.dependencies?.[dep]?.version ?? 'latest']),
  );
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify(
      {
        name: `epidural-${name}-app`,
        private: true,
        type: 'module',
        dependencies: { 'epidural-info-card': `file:${packTarball()}`, ...versions },
      },
      null,
      2,
    ),
  );
  execFileSync(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'],
    {
      cwd: dir,
      stdio: 'inherit',
    },
  );
  return dir;
}

export const freePort = () =>
  new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });

/* Starts `command` in `cwd` and resolves once `url` answers; kill() stops it and its children. */
export async function startServer(command, args, { cwd, url, env = {} }) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: 'inherit',
    detached: true,
  });
  for (const deadline = Date.now() + 60_000; ;) {
    try {
      await fetch(url);
      break;
    } catch {
      if (Date.now() > deadline || child.exitCode != null) {
        kill(child);
        throw new Error(`${command} ${args.join(' ')} did not answer at ${url}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return { kill: () => kill(child) };
}

function kill(child) {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

/* A headless Chromium page that keeps every console message and page error. */
export async function openBrowser() {
  const browser = await puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const page = await browser.newPage();
  const messages = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  return { browser, page, messages };
}

/* The messages a user would see in the console as warnings or errors. */
export const complaints = (messages) =>
  messages.filter((m) => /^(warn|warning|error|pageerror|assert):/.test(m));

/* The app's browser bundle: esbuild, from the app's own node_modules. */
export const bundle = (app, entry, outfile, options = {}) =>
  build({
    absWorkingDir: app,
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    outfile: join(app, outfile),
    logLevel: 'error',
    ...options,
  });

/* The app's server.mjs on a free port of 127.0.0.1: its url and kill(). */
export async function serveApp(app) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const server = await startServer(process.execPath, ['server.mjs'], {
    cwd: app,
    url,
    env: { PORT: String(port) },
  });
  return { url, kill: server.kill };
}

/*
 * What hydration left of the card with this id: whether it is the element and shadow root the
 * HTML parser made (the page keeps them as window.__server), and what it shows.
 */
export const serverCard = (page, id) =>
  page.evaluate((id) => {
    const card = document.getElementById(id);
    return {
      element: card == window.__server.card,
      root: card.shadowRoot == window.__server.root,
      title: card.shadowRoot.querySelector('.title').textContent,
      dark: !!card.shadowRoot.querySelector('article.dark'),
      open: card.openSections,
      // The light DOM drawn: none (its copy is for where the shadow root is not attached).
      children: [...card.children].filter((c) => c.checkVisibility()).map((c) => c.localName),
      json: !!card.querySelector(':scope > script[type="application/json"]'),
    };
  }, id);

/*
 * What every SSR recipe (Vue, Svelte) must do, in one place: `app()` gives the running app's
 * { page, messages, url }. The app renders a card #card (dark, benefits open, its content as
 * test/frameworks/apps/shared/content.js), logs toggles in #log, and adds a card #later on
 * #navigate. `log`: #log after the first section is clicked.
 */
export function ssrRecipeTests(framework, app, { log, notices = complaints }) {
  describe(`${framework} SSR recipe`, () => {
    it('server-renders the prerendered card, with no [object Object] attribute, readable with JavaScript off', async () => {
      const { page, url } = app();
      const html = await fetch(url).then((r) => r.text());
      assert.match(
        html,
        /<epidural-info-card [^>]*id="card"[^>]*>(<!---->)*<template shadowrootmode="open">/,
      );
      assert.doesNotMatch(html, /\[object Object\]/);
      await page.setJavaScriptEnabled(false);
      await page.goto(url);
      const text = await page.evaluate(
        () => document.getElementById('card').shadowRoot.querySelector('article').innerText,
      );
      assert.match(text, /An injection near the spine\./);
      await page.setJavaScriptEnabled(true);
    });

    it('hydrates without a warning, keeping the server element and shadow root, and reports toggles', async () => {
      const { page, messages, url } = app();
      messages.length = 0;
      await page.goto(url);
      await page.waitForFunction(
        () => window.__app?.hydrated && customElements.get('epidural-info-card'),
      );
      assert.deepEqual(await serverCard(page, 'card'), {
        element: true,
        root: true,
        title: "Epidural injections at St Mary's",
        dark: true,
        open: ['benefits'],
        children: [],
        json: true,
      });
      await page.evaluate(() =>
        document.getElementById('card').shadowRoot.querySelector('#b-what-is-it').click(),
      );
      await page.waitForFunction(
        (n) => document.querySelectorAll('#log li').length == n,
        {},
        log.length,
      );
      assert.deepEqual(await page.$$eval('#log li', (lis) => lis.map((li) => li.textContent)), log);
      assert.deepEqual(notices(messages), []);
    });

    it('renders a card added on the client: its content, no inert template, nothing twice', async () => {
      const { page, messages } = app();
      await page.click('#navigate');
      await page.waitForFunction(() =>
        document.getElementById('later')?.shadowRoot?.querySelector('.title'),
      );
      const later = await page.evaluate(() => {
        const card = document.getElementById('later');
        return {
          title: card.shadowRoot.querySelector('.title').textContent,
          templates: card.querySelectorAll('template').length,
          articles: card.shadowRoot.querySelectorAll('article').length,
        };
      });
      assert.deepEqual(later, { title: 'Another clinic', templates: 0, articles: 1 });
      assert.deepEqual(notices(messages), []);
    });
  });
}
