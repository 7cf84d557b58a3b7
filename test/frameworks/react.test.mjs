// epidural-info-card/react in a real React 19 app: installed from the packed tarball, rendered on
// the server by react-dom/server, hydrated by a bundle (esbuild, React's development build so
// that every hydration warning shows), served on 127.0.0.1 and driven in Chromium.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { bundle, complaints, makeApp, openBrowser, serveApp } from './support.mjs';

let app, server, browser, page, messages, url;

before(async () => {
  app = makeApp('react-ssr', ['react', 'react-dom']);
  await bundle(app, 'client.js', 'dist/client.js', {
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
        children: [...card.children].map((c) => c.localName),
      };
    });
    assert.deepEqual(later, { title: 'Another clinic', children: ['script'] });
    await page.evaluate(() =>
      document.getElementById('later').shadowRoot.querySelector('#b-benefits').click(),
    );
    await page.waitForFunction(() => document.querySelectorAll('#log li').length == 2);
    assert.deepEqual(complaints(messages), []);
  });
});
