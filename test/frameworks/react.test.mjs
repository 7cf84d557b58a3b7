// epidural-info-card/react in a real React 19 app: installed from the packed tarball, rendered on
// the server by react-dom/server, hydrated by a bundle (esbuild, React's development build so
// that every hydration warning shows), served on 127.0.0.1 and driven in Chromium.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { bundle, complaints, makeApp, openBrowser, serveApp } from './support.mjs';

let app, server, browser, page, messages, url;

before(async () => {
  app = makeApp('react-ssr', ['react', 'react-dom']);
  for (const entry of ['client', 'client-only'])
    await bundle(app, `${entry}.js`, `dist/${entry}.js`, {
      define: { 'process.env.NODE_ENV': '"development"' },
    });
  server = await serveApp(app);
  ({ url } = server);
  ({ browser, page, messages } = await openBrowser());
});

after(async () => {
  await browser?.close();
  server?.kill();
});

const shadowText = (selector) =>
  page.evaluate(
    (s) => document.querySelector(s)?.shadowRoot?.querySelector('article')?.innerText,
    selector,
  );

describe('epidural-info-card/react', () => {
  it('server-renders the prerendered card: readable with JavaScript off', async () => {
    await page.setJavaScriptEnabled(false);
    await page.goto(url);
    const text = await shadowText('#card');
    assert.match(text, /Epidural injections at St Mary's/);
    // Every section shows its text without the script (CSS scripting: none).
    assert.match(text, /An injection near the spine\./);
    assert.equal(await page.evaluate(() => document.querySelector('#card template')), null);
    await page.setJavaScriptEnabled(true);
  });

  it('hydrates without a console message, keeping the server element and shadow root', async () => {
    messages.length = 0;
    await page.goto(url);
    await page.waitForFunction(() => window.__app?.hydrated);
    await page.evaluate(() => customElements.whenDefined('epidural-info-card'));
    const kept = await page.evaluate(() => {
      const card = document.getElementById('card');
      return {
        element: card == window.__server.card,
        root: card.shadowRoot == window.__server.root,
        ref: window.__app.ref.current == card,
        upgraded: card.constructor.name != 'HTMLElement',
        title: card.shadowRoot.querySelector('.title').textContent,
        open: card.openSections,
        jsonLd: card.querySelectorAll('script[type="application/ld+json"]').length,
      };
    });
    assert.deepEqual(kept, {
      element: true,
      root: true,
      ref: true,
      upgraded: true,
      title: "Epidural injections at St Mary's",
      open: ['benefits'],
      jsonLd: 1,
    });
    assert.deepEqual(complaints(messages), []);
  });

  it('calls onToggle and takes new props after hydration', async () => {
    await page.evaluate(() =>
      document.getElementById('card').shadowRoot.querySelector('#b-what-is-it').click(),
    );
    await page.waitForFunction(() => document.querySelector('#log li'));
    assert.equal(await page.$eval('#log', (ul) => ul.textContent), 'what-is-it true');
    await page.click('#dark');
    await page.waitForFunction(() =>
      document.getElementById('card').shadowRoot.querySelector('article.dark'),
    );
    assert.deepEqual(complaints(messages), []);
  });

  it('renders a card that arrives on the client (navigation) with its content', async () => {
    await page.click('#navigate');
    await page.waitForFunction(() =>
      document.getElementById('later')?.shadowRoot?.querySelector('.title'),
    );
    const later = await page.evaluate(() => {
      const card = document.getElementById('later');
      return {
        title: card.shadowRoot.querySelector('.title').textContent,
        // The light DOM drawn: none (its copy is for where the shadow root is not attached).
        children: [...card.children].filter((c) => c.checkVisibility()).map((c) => c.localName),
        json: !!card.querySelector(':scope > script[type="application/json"]'),
      };
    });
    assert.deepEqual(later, { title: 'Another clinic', children: [], json: true });
    await page.evaluate(() =>
      document.getElementById('later').shadowRoot.querySelector('#b-benefits').click(),
    );
    await page.waitForFunction(() => document.querySelectorAll('#log li').length == 2);
    assert.deepEqual(complaints(messages), []);
  });
});

describe('epidural-info-card/react rendered in the browser alone (createRoot)', () => {
  /* What the reader gets from the card: its options as the element has them, and what shows. */
  const seen = () =>
    page.evaluate(() => {
      const card = document.getElementById('card');
      const root = card.shadowRoot;
      return {
        exclusive: card.exclusive,
        open: card.openSections,
        showAll: !!root.querySelector('.show-all'),
        feedback: !!root.querySelector('button[value=true]'),
        jsonLd: card.querySelectorAll('script[type="application/ld+json"]').length,
      };
    });

  it('takes boolean props: exclusive, structured data and feedback, and a change to one', async () => {
    messages.length = 0;
    await page.goto(`${url}client-only`);
    await page.waitForFunction(() =>
      document.getElementById('card')?.shadowRoot?.querySelector('.title'),
    );
    // exclusive: of every section asked for, only the first opens, and there is no "Show all".
    assert.deepEqual(await seen(), {
      exclusive: true,
      open: ['what-is-it'],
      showAll: false,
      feedback: true,
      jsonLd: 1,
    });
    await page.click('#exclusive');
    await page.waitForFunction(() =>
      document.getElementById('card').shadowRoot.querySelector('.show-all'),
    );
    assert.equal((await seen()).exclusive, false);
    await page.evaluate(() =>
      document.getElementById('card').shadowRoot.querySelector('button[value=true]').click(),
    );
    await page.waitForFunction(() => document.getElementById('answers').textContent == 'true');
    assert.deepEqual(complaints(messages), []);
  });
});
