// The README's Svelte 5 recipe in a real Svelte 5 app, installed from the packed tarball:
// compiled by Svelte's own compiler for the server and the client (the client in dev mode: every hydration
// warning shown), rendered by svelte/server, hydrated, served on 127.0.0.1, driven in Chromium.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { bundle, complaints, makeApp, openBrowser, serveApp, serverCard } from './support.mjs';

let app, server, browser, page, messages, url;

// Svelte's dev runtime is chosen by the "development" export condition, which brings Lit's
// development build too, and its one notice; any other message fails the test.
const LIT_DEV_MODE = /^warn: Lit is in dev mode\./;
const notices = (all) => complaints(all).filter((m) => !LIT_DEV_MODE.test(m));

/* esbuild compiles .svelte files with the app's own svelte/compiler. */
const svelte = (generate) => ({
  name: 'svelte',
  setup(builder) {
    builder.onLoad({ filter: /\.svelte$/ }, async ({ path }) => {
      const compiler = createRequire(join(app, 'package.json')).resolve('svelte/compiler');
      const compiler$ = await import(pathToFileURL(compiler));
      const compile = compiler$.compile ?? compiler$.default.compile;
      const { js } = compile(await readFile(path, 'utf8'), {
        filename: path,
        generate,
        dev: generate == 'client',
      });
      return { contents: js.code, loader: 'js' };
    });
  },
});

before(async () => {
  app = makeApp('svelte-ssr', ['svelte']);
  await bundle(app, 'App.svelte', 'dist/server/App.js', {
    platform: 'node',
    packages: 'external',
    plugins: [svelte('server')],
  });
  await bundle(app, 'client.js', 'dist/client.js', {
    conditions: ['development', 'browser'],
    plugins: [svelte('client')],
  });
  server = await serveApp(app);
  ({ url } = server);
  ({ browser, page, messages } = await openBrowser());
});

after(async () => {
  await browser?.close();
  server?.kill();
});

describe('Svelte 5 SSR recipe', () => {
  it('server-renders the prerendered card, with no [object Object] attribute', async () => {
    const html = await fetch(url).then((r) => r.text());
    assert.match(
      html,
      /<epidural-info-card [^>]*id="card"[^>]*><!---->*<template shadowrootmode="open">|<epidural-info-card [^>]*id="card"[^>]*><template shadowrootmode="open">/,
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

  it('hydrates without a warning, keeping the server element and shadow root, and calls ontoggle', async () => {
    messages.length = 0;
    await page.goto(url);
    await page.waitForFunction(
      () => window.__app?.hydrated && customElements.get('epidural-info-card'),
    );
    const kept = await serverCard(page, 'card');
    assert.deepEqual(kept, {
      element: true,
      root: true,
      title: "Epidural injections at St Mary's",
      dark: true,
      open: ['benefits'],
      children: ['script'],
    });
    await page.evaluate(() =>
      document.getElementById('card').shadowRoot.querySelector('#b-what-is-it').click(),
    );
    await page.waitForFunction(() => document.querySelector('#log li'));
    assert.equal(await page.$eval('#log', (ul) => ul.textContent), 'what-is-it true');
    assert.deepEqual(notices(messages), []);
  });

  it('renders a card added on the client: no inert template left, its content shown', async () => {
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
