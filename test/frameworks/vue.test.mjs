// The README's Vue 3 recipe in a real Vue 3.5 app, installed from the packed tarball: rendered on
// the server by vue/server-renderer, hydrated by a bundle (Vue's development build, every warning
// shown), served on 127.0.0.1 and driven in Chromium.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { bundle, complaints, makeApp, openBrowser, serveApp, serverCard } from './support.mjs';

let app, server, browser, page, messages, url;

before(async () => {
  app = makeApp('vue-ssr', ['vue']);
  await bundle(app, 'client.js', 'dist/client.js', {
    define: {
      'process.env.NODE_ENV': '"development"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'true',
    },
  });
  server = await serveApp(app);
  ({ url } = server);
  ({ browser, page, messages } = await openBrowser());
});

after(async () => {
  await browser?.close();
  server?.kill();
});

describe('Vue 3 SSR recipe', () => {
  it('server-renders the prerendered card, with no [object Object] attribute', async () => {
    const html = await fetch(url).then((r) => r.text());
    assert.match(html, /<epidural-info-card [^>]*id="card"[^>]*><template shadowrootmode="open">/);
    assert.doesNotMatch(html, /\[object Object\]/);
    await page.setJavaScriptEnabled(false);
    await page.goto(url);
    const text = await page.evaluate(
      () => document.getElementById('card').shadowRoot.querySelector('article').innerText,
    );
    assert.match(text, /An injection near the spine\./);
    await page.setJavaScriptEnabled(true);
  });

  it('hydrates without a warning, keeping the server element and shadow root, and emits toggle', async () => {
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
    await page.waitForFunction(() => document.querySelectorAll('#log li').length == 2);
    // exclusive: opening one closed the other.
    assert.equal(await page.$eval('#log', (ul) => ul.textContent), 'what-is-it truebenefits false');
    assert.deepEqual(complaints(messages), []);
  });

  it('renders a card added on the client with its content', async () => {
    await page.click('#navigate');
    await page.waitForFunction(() =>
      document.getElementById('later')?.shadowRoot?.querySelector('.title'),
    );
    assert.equal(
      await page.evaluate(
        () => document.getElementById('later').shadowRoot.querySelector('.title').textContent,
      ),
      'Another clinic',
    );
    assert.deepEqual(complaints(messages), []);
  });
});
