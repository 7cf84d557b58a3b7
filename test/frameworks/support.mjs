// What the framework tests share: the package packed as a site installs it, an app folder with
// it installed, a server on 127.0.0.1, and a Chromium that records every console message.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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
      children: [...card.children].map((c) => c.localName),
    };
  }, id);
