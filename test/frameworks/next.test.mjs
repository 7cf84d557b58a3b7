// epidural-info-card/react in a real Next.js 16 App Router app, installed from the packed tarball:
// `next build && next start` on 127.0.0.1, driven in Chromium. A Server Component page and a
// Client Component page, and client-side navigation between them.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { complaints, freePort, makeApp, openBrowser, startServer } from './support.mjs';

const env = { NEXT_TELEMETRY_DISABLED: '1' };
let app, server, browser, page, messages, url;

before(async () => {
  app = makeApp('next', ['next', 'react', 'react-dom']);
  execFileSync('node_modules/.bin/next', ['build'], {
    cwd: app,
    env: { ...process.env, ...env },
    stdio: 'inherit',
  });
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  server = await startServer(
    'node_modules/.bin/next',
    ['start', '-p', String(port), '-H', '127.0.0.1'],
    { cwd: app, url, env },
  );
  ({ browser, page, messages } = await openBrowser());
  // Keeps the first card element the HTML parser makes and the shadow root it attaches, before
  // any of the page's scripts, to tell whether hydration kept them.
  await page.evaluateOnNewDocument(() => {
    new MutationObserver(() => {
      const card = document.querySelector('epidural-info-card');
      window.__server ??= card ? { card } : undefined;
      if (window.__server && !window.__server.root) window.__server.root = card?.shadowRoot;
    }).observe(document, { childList: true, subtree: true });
  });
});

after(async () => {
  await browser?.close();
  server?.kill();
});

const card = (id) =>
  page.evaluate((id) => {
    const el = document.getElementById(id);
    return {
      upgraded: el.constructor.name != 'HTMLElement',
      title: el.shadowRoot.querySelector('.title').textContent,
      open: el.openSections,
      dark: !!el.shadowRoot.querySelector('article.dark'),
      // The light DOM drawn: none (its copy is for where the shadow root is not attached).
      children: [...el.children].filter((c) => c.checkVisibility()).map((c) => c.localName),
      json: !!el.querySelector(':scope > script[type="application/json"]'),
    };
  }, id);

const defined = () => page.waitForFunction(() => customElements.get('epidural-info-card'));

describe('Next.js App Router', () => {
  it('a Server Component page: prerendered, hydrated, no message, the same element', async () => {
    const html = await fetch(`${url}/`).then((r) => r.text());
    assert.match(html, /<epidural-info-card [^>]*id="card"[^>]*><template shadowrootmode="open">/);
    await page.goto(`${url}/`);
    await defined();
    await page.waitForFunction(() => document.getElementById('card').hasUpdated);
    assert.deepEqual(await card('card'), {
      upgraded: true,
      title: "Epidural injections at St Mary's",
      open: ['benefits'],
      dark: true,
      children: [],
      json: true,
    });
    assert.equal(
      await page.evaluate(() => {
        const el = document.getElementById('card');
        return el == window.__server.card && el.shadowRoot == window.__server.root;
      }),
      true,
    );
    assert.deepEqual(complaints(messages), []);
  });

  it('client-side navigation to a Client Component page: the card works and its handler fires', async () => {
    await page.click('#to-clinic');
    await page.waitForFunction(() =>
      document.getElementById('clinic-card')?.shadowRoot?.querySelector('.title'),
    );
    assert.deepEqual(await card('clinic-card'), {
      upgraded: true,
      title: 'Another clinic',
      open: [],
      dark: false,
      children: [],
      json: true,
    });
    await page.evaluate(() =>
      document.getElementById('clinic-card').shadowRoot.querySelector('#b-benefits').click(),
    );
    await page.waitForFunction(() => document.querySelector('#log li'));
    assert.equal(await page.$eval('#log', (ul) => ul.textContent), 'benefits true');
    assert.deepEqual(complaints(messages), []);
  });

  it('the Client Component page loaded directly, and back to the Server Component page', async () => {
    messages.length = 0;
    await page.goto(`${url}/clinic`);
    await defined();
    await page.evaluate(() =>
      document.getElementById('clinic-card').shadowRoot.querySelector('#b-what-is-it').click(),
    );
    await page.waitForFunction(() => document.querySelector('#log li'));
    await page.click('#to-home');
    await page.waitForFunction(() =>
      document.getElementById('card')?.shadowRoot?.querySelector('.title'),
    );
    assert.equal((await card('card')).title, "Epidural injections at St Mary's");
    assert.deepEqual(complaints(messages), []);
  });
});
