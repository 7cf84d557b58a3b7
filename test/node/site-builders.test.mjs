// The README's recipes for hosted platforms, each run in Chromium in a faithful stand-in of the
// page the platform makes (they cannot run here): Wix's Custom Element, Squarespace's Code
// Injection and Code Block, Webflow's Embed, Google Sites' embed frames (sandboxed, fixed height,
// another origin), Google Tag Manager's Custom HTML, HTML inserted by script. Two servers play
// two origins: the clinic's (the script, embed.html: what npm start serves, with
// Access-Control-Allow-Origin) and the builder's (the page, and a script host that sends none).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { startServer } from '../../scripts/serve.mjs';
import { complaints, openBrowser } from '../frameworks/support.mjs';

const SCRIPT = readFileSync('dist/epidural-info-card.js');
const SRI = readFileSync('dist/epidural-info-card.js.sri', 'utf8').trim();

let clinic, builder, servers, browser, tab, messages;
const pages = new Map();

/* The builder's origin: the pages below, and the script from a host that sends no CORS header. */
const builderServer = () =>
  new Promise((resolve) => {
    const server = createServer((req, res) => {
      const path = new URL(req.url, 'http://x').pathname;
      if (path == '/no-cors/epidural-info-card.js')
        return res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(SCRIPT);
      const html = pages.get(path);
      if (!html) return res.writeHead(404).end();
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
    });
    server.listen(0, '127.0.0.2', () => resolve(server));
  });

/* A README recipe, its clinic's addresses pointing at the clinic's server. */
function recipe(name) {
  const found = new RegExp(`<!-- recipe: ${name} -->\\s*\`\`\`\\w*\\n([\\s\\S]*?)\`\`\``).exec(
    readFileSync('README.md', 'utf8'),
  );
  assert.ok(found, `the README has the recipe ${name}`);
  return found[1]
    .replaceAll('https://www.your-clinic.example/js/', `${clinic}/dist/`)
    .replaceAll('/js/epidural-info-card.js', `${clinic}/dist/epidural-info-card.js`)
    .replaceAll('https://www.your-clinic.example', clinic);
}

const page = (path, head, body) => {
  pages.set(
    path,
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>A builder's page</title><link rel="icon" href="data:,">${head}</head><body>${body}</body></html>`,
  );
  return `${builder}${path}`;
};

/* The cards on the page (or in a frame) as drawn by the script: title and sections. */
const drawn = (where) =>
  where.evaluate(() =>
    [...document.querySelectorAll('epidural-info-card')].map((card) => ({
      title: card.shadowRoot?.querySelector('.title')?.textContent,
      open: [...(card.shadowRoot?.querySelectorAll('[aria-expanded=true]') ?? [])]
        .map((b) => b.closest('.section')?.querySelector('.label').textContent)
        .filter(Boolean),
      cta: card.shadowRoot?.querySelector('[part=cta]')?.getAttribute('href') ?? null,
    })),
  );
const upgraded = (where, count = 1) =>
  where.waitForFunction(
    (count) =>
      document.querySelectorAll('epidural-info-card').length == count &&
      [...document.querySelectorAll('epidural-info-card')].every((card) =>
        card.shadowRoot?.querySelector('button'),
      ),
    { timeout: 10_000 },
    count,
  );

const BENEFITS = ['How it can help'];

/* Text as a JavaScript string inside an inline <script>: no "</script>" to end it early. */
const js = (text) => JSON.stringify(text).replaceAll('</', '<\\/');

describe(
  'the README recipes for hosted platforms, in stand-ins of their pages (Chromium)',
  { timeout: 120_000 },
  () => {
    before(async () => {
      const served = await startServer({ port: 0 });
      clinic = `http://127.0.0.1:${served.address().port}`;
      const other = await builderServer();
      // Another origin for the browser: another loopback address.
      builder = `http://127.0.0.2:${other.address().port}`;
      servers = [served, other];
      ({ browser, page: tab, messages } = await openBrowser());
    });
    after(async () => {
      await browser?.close();
      servers?.forEach((server) => server.close());
    });

    it("Wix's Custom Element: the script added by its URL, the element created by its name, options set from Velo", async () => {
      messages.length = 0;
      await tab.goto(
        page(
          '/wix',
          '',
          `<div id="comp" style="height:600px"></div>
<script>
  // What Wix does with "Server URL" and "Tag Name".
  const script = document.createElement('script');
  script.src = ${JSON.stringify(`${clinic}/dist/epidural-info-card.js`)};
  document.head.append(script);
  const element = document.createElement('epidural-info-card');
  element.id = 'customElement1';
  document.getElementById('comp').append(element);
  // Velo's $w, for the one element.
  const $w = (selector) => document.querySelector(selector);
  ${recipe('wix')}
</script>`,
        ),
      );
      await upgraded(tab);
      assert.deepEqual(await drawn(tab), [
        { title: 'Epidural injections', open: BENEFITS, cta: `${clinic}/book` },
      ]);
      assert.deepEqual(complaints(messages), []);
    });

    it('Squarespace: the script in Code Injection (header), the tag in a Code Block', async () => {
      messages.length = 0;
      await tab.goto(
        page(
          '/squarespace',
          recipe('squarespace-header'),
          `<div class="sqs-block code-block"><div class="sqs-block-content">${recipe('squarespace-block')}</div></div>`,
        ),
      );
      await upgraded(tab);
      assert.deepEqual(await drawn(tab), [
        { title: 'Epidural injections', open: BENEFITS, cta: '/book' },
      ]);
      assert.deepEqual(complaints(messages), []);
    });

    it('Webflow: the script and the tag in one Embed element, published into the page', async () => {
      messages.length = 0;
      await tab.goto(page('/webflow', '', `<div class="w-embed">${recipe('webflow')}</div>`));
      await upgraded(tab);
      assert.deepEqual(await drawn(tab), [
        { title: 'Epidural injections', open: BENEFITS, cta: '/book' },
      ]);
      assert.deepEqual(complaints(messages), []);
    });

    it('Google Tag Manager: the Custom HTML tag, inserted as GTM does (its scripts re-created)', async () => {
      messages.length = 0;
      await tab.goto(
        page(
          '/gtm',
          '',
          `<main><h1>Treatments</h1><div id="epidural-info-card"></div></main>
<script>
  // GTM: the tag's HTML parsed into a container, each script replaced by a new one (so that it
  // runs), in order, each waiting for the one before it to load.
  const holder = document.createElement('div');
  holder.innerHTML = ${js(recipe('gtm'))};
  (async () => {
    for (const old of holder.querySelectorAll('script')) {
      const script = document.createElement('script');
      for (const { name, value } of old.attributes) script.setAttribute(name, value);
      script.text = old.text;
      const loaded = script.src && new Promise((resolve) => (script.onload = resolve));
      document.body.append(script);
      await loaded;
    }
  })();
</script>`,
        ),
      );
      await upgraded(tab);
      assert.deepEqual(await drawn(tab), [
        { title: 'Epidural injections', open: BENEFITS, cta: '/book' },
      ]);
      assert.equal(
        await tab.evaluate(() => document.querySelector('main > epidural-info-card') != null),
        true,
      );
      assert.deepEqual(complaints(messages), []);
    });

    it('HTML inserted by script: a <script> through innerHTML never runs; the recipe (script by createElement, the tag by innerHTML) draws the card', async () => {
      messages.length = 0;
      await tab.goto(
        page(
          '/inserted',
          '',
          `<div id="treatment"></div><div id="wrong"></div>
<script>
  document.getElementById('wrong').innerHTML = ${js(`<script src="${clinic}/dist/epidural-info-card.js"></script>`)};
  ${recipe('inserted-by-script')}
</script>`,
        ),
      );
      await upgraded(tab);
      assert.deepEqual(await drawn(tab), [
        { title: 'Epidural injections', open: BENEFITS, cta: null },
      ]);
      // The script that came by innerHTML was never fetched.
      assert.equal(
        await tab.evaluate(
          () =>
            performance
              .getEntriesByType('resource')
              .filter((r) => r.name.endsWith('epidural-info-card.js')).length,
        ),
        1,
      );
      assert.deepEqual(complaints(messages), []);
    });

    /* A builder's embed box: a sandboxed frame (origin "null") of fixed height, on another origin. */
    const frame = (html, { listen, height = 537 }) =>
      page(
        `/frame-${Math.random().toString(36).slice(2)}`,
        listen ? recipe('frame-listener') : '',
        `<h1>A builder's page</h1><iframe title="Epidural injections" sandbox="allow-scripts allow-popups" style="width:360px;height:${height}px;border:0" srcdoc="${html.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"></iframe><p>After the frame.</p>`,
      );
    const cardFrame = async () => {
      await tab.waitForFrame((f) => f.parentFrame() != null);
      const inner = tab.frames().find((f) => f.parentFrame() != null);
      await upgraded(inner);
      return inner;
    };
    /* Where the last line of the card is, in the frame's own viewport. */
    const lastLine = (inner) =>
      inner.evaluate(() => {
        const root = document.querySelector('epidural-info-card').shadowRoot;
        const last = root.querySelector('.disclaimer').getBoundingClientRect();
        return { bottom: last.bottom, viewport: innerHeight, scrollY };
      });

    it('a frame whose page listens (the README lines): the frame grows to the card as sections open, and the card ends inside it', async () => {
      messages.length = 0;
      await tab.setViewport({ width: 800, height: 800 });
      await tab.goto(frame(recipe('frame-snippet'), { listen: true }));
      const inner = await cardFrame();
      const closed = await tab.waitForFunction(
        () =>
          document.querySelector('iframe').offsetHeight != 537 &&
          document.querySelector('iframe').offsetHeight,
      );
      const closedHeight = await closed.jsonValue();
      assert.ok(closedHeight);
      await inner.click('pierce/.show-all');
      await inner.waitForFunction(() =>
        [
          ...document
            .querySelector('epidural-info-card')
            .shadowRoot.querySelectorAll('.section button'),
        ].every((b) => b.getAttribute('aria-expanded') == 'true'),
      );
      // Grown past the closed card's height (which may itself be over 1000 px): the open card's.
      const height = await tab.waitForFunction(
        (closedHeight) => {
          const frame = document.querySelector('iframe');
          return frame.offsetHeight > Math.max(1000, closedHeight) && frame.offsetHeight;
        },
        { timeout: 10_000 },
        closedHeight,
      );
      // The frame follows each height the card reports: until the last one has arrived.
      let line = await lastLine(inner);
      for (
        const deadline = Date.now() + 10_000;
        line.bottom > line.viewport && Date.now() < deadline;
      ) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        line = await lastLine(inner);
      }
      assert.equal(line.scrollY, 0);
      assert.ok(
        line.bottom <= line.viewport,
        `the card ends at ${line.bottom}, the frame at ${line.viewport}`,
      );
      assert.ok((await height.jsonValue()) > 1000);
      assert.deepEqual(complaints(messages), []);
    });

    it('a frame whose page listens to nothing: it keeps its 537 px, and the reader scrolls inside it to the end of the card', async () => {
      messages.length = 0;
      await tab.goto(frame(recipe('frame-snippet'), { listen: false }));
      const inner = await cardFrame();
      await inner.click('pierce/.show-all');
      await inner.evaluate(() => {
        const root = document.querySelector('epidural-info-card').shadowRoot;
        root.querySelector('.disclaimer').scrollIntoView({ block: 'end' });
      });
      const line = await lastLine(inner);
      assert.equal(await tab.evaluate(() => document.querySelector('iframe').offsetHeight), 537);
      assert.ok(line.scrollY > 0, 'the frame scrolled');
      assert.ok(
        line.bottom <= line.viewport + 1,
        `the card ends at ${line.bottom}, the frame at ${line.viewport}`,
      );
      assert.deepEqual(complaints(messages), []);
    });

    it('crossorigin + integrity from a sandboxed frame: a host that sends Access-Control-Allow-Origin works, one that sends none is refused', async () => {
      messages.length = 0;
      await tab.goto(
        frame(
          `<script src="${builder}/no-cors/epidural-info-card.js" integrity="${SRI}" crossorigin="anonymous"></script><epidural-info-card></epidural-info-card>`,
          { listen: false },
        ),
      );
      await tab.waitForFrame((f) => f.parentFrame() != null);
      const inner = tab.frames().find((f) => f.parentFrame() != null);
      await inner.waitForFunction(() => document.readyState == 'complete');
      assert.equal(
        await inner.evaluate(() => customElements.get('epidural-info-card') === undefined),
        true,
      );
      assert.ok(
        messages.some((m) => /CORS|Access-Control-Allow-Origin/.test(m)),
        messages.join('\n'),
      );
    });

    it("embed.html by URL in a builder's frame: the address's options, the card's height to the page, links out of the frame", async () => {
      messages.length = 0;
      const address = `${clinic}/dist/embed.html?open-sections=benefits&cta-href=${encodeURIComponent(`${clinic}/book`)}`;
      await tab.goto(
        page(
          '/by-url',
          recipe('frame-listener'),
          `<iframe title="Epidural injections" sandbox="allow-scripts allow-popups allow-same-origin" style="width:360px;height:537px;border:0" src="${address}"></iframe>`,
        ),
      );
      const inner = await cardFrame();
      assert.deepEqual(await drawn(inner), [
        { title: 'Epidural injections', open: BENEFITS, cta: `${clinic}/book` },
      ]);
      await tab.waitForFunction(() => document.querySelector('iframe').offsetHeight != 537);
      assert.equal(await inner.evaluate(() => document.querySelector('base').target), '_blank');
      assert.deepEqual(complaints(messages), []);
    });

    it('the demo server sends embed.html prerendered with the options in its address', async () => {
      const html = await fetch(`${clinic}/embed?open-sections=benefits&theme=dark&bogus=1`).then(
        (r) => r.text(),
      );
      assert.match(
        html,
        /<epidural-info-card open-sections="benefits" theme="dark">\n<template shadowrootmode="open">/,
      );
      assert.match(
        html,
        /<span class="trigger open" part="section-button" id="b-benefits"><span class="label">How it can help/,
      );
    });
  },
);
