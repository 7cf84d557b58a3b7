// The WordPress plugin in a real WordPress (test/wordpress/harness.mjs), installed from the built
// dist/epidural-info-card-wordpress.zip: posts saved as an Administrator and as an Author with the
// block, the shortcode and the Classic editor's text, each page loaded in Chromium; and the block
// in the block editor.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { complaints, openBrowser } from '../frameworks/support.mjs';
import { startWordPress } from './harness.mjs';

const SRI = readFileSync('dist/epidural-info-card.js.sri', 'utf8').trim();
let wp, browser, page, messages;

before(async () => {
  wp = await startWordPress({ zip: 'dist/epidural-info-card-wordpress.zip' });
  ({ browser, page, messages } = await openBrowser());
});

after(async () => {
  await browser?.close();
  await wp?.stop();
});

const ROUTES = {
  shortcode:
    '[epidural_info_card open_sections="benefits" cta_href="/book" cta_label="Book now" provider_name="St Mary\'s Clinic" exclusive="true"]',
  block:
    '<!-- wp:epidural-info-card/card {"openSections":"benefits","ctaHref":"/book","ctaLabel":"Book now","providerName":"St Mary\'s Clinic","exclusive":true} /-->',
  classic:
    'Our clinic offers epidural injections -- here\'s what to know...\n\n[epidural_info_card open_sections="benefits" cta_href="/book" cta_label="Book now" provider_name="St Mary\'s Clinic" exclusive="true"]\n\nCall us if you\'ve questions.',
};

/* The card on the page as a reader meets it, after a click on a section. */
async function cardOnPage(link) {
  messages.length = 0;
  await page.goto(link);
  await page.waitForFunction(() =>
    document.querySelector('epidural-info-card')?.shadowRoot?.querySelector('article'),
  );
  const before = await page.evaluate(() => {
    const card = document.querySelector('epidural-info-card');
    const root = card.shadowRoot;
    return {
      cards: document.querySelectorAll('epidural-info-card').length,
      open: card.openSections,
      cta: [
        root.querySelector('[part=cta]')?.textContent,
        root.querySelector('[part=cta]')?.getAttribute('href'),
      ],
      provider: root.querySelector('.provider .subheading')?.textContent,
      scripts: [...document.querySelectorAll('script[src*="epidural-info-card.js"]')].map((s) => ({
        defer: s.defer,
        integrity: s.integrity,
        crossorigin: s.crossOrigin,
        own: new URL(s.src).pathname.startsWith('/wp-content/plugins/epidural-info-card/assets/'),
      })),
      insideParagraph: !!card.closest('p'),
    };
  });
  await page.evaluate(() =>
    document.querySelector('epidural-info-card').shadowRoot.querySelector('#b-what-is-it').click(),
  );
  const after = await page.evaluate(() => {
    const root = document.querySelector('epidural-info-card').shadowRoot;
    return [
      root.querySelector('#b-what-is-it').getAttribute('aria-expanded'),
      root.querySelector('#b-benefits').getAttribute('aria-expanded'),
    ];
  });
  return { ...before, after };
}

describe('the WordPress plugin', () => {
  for (const user of ['admin', 'author']) {
    for (const [route, body] of Object.entries(ROUTES)) {
      it(`${route}, saved by an ${user == 'admin' ? 'Administrator' : 'Author'}: the working card, the script once, deferred, with its hash`, async () => {
        const saved = wp.post(user, `${route} by ${user}`, body);
        // kses kept what was typed: the shortcode and the block are the plugin's to print.
        assert.equal(saved.saved, body);
        const card = await cardOnPage(saved.link);
        assert.deepEqual(card, {
          cards: 1,
          open: ['benefits'],
          cta: ['Book now', '/book'],
          provider: "St Mary's Clinic",
          scripts: [{ defer: true, integrity: SRI, crossorigin: 'anonymous', own: true }],
          insideParagraph: false,
          // exclusive: opening one section closed the other.
          after: ['true', 'false'],
        });
        assert.deepEqual(complaints(messages), []);
      });
    }
  }

  it('loads the script only on pages with a card, and once for two cards', async () => {
    const plain = wp.post('author', 'No card', 'Just text.');
    await page.goto(plain.link);
    assert.equal(await page.$$eval('script[src*="epidural-info-card.js"]', (s) => s.length), 0);
    const two = wp.post('author', 'Two cards', `${ROUTES.shortcode}\n\n${ROUTES.block}`);
    await page.goto(two.link);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('epidural-info-card')].every((c) =>
        c.shadowRoot?.querySelector('article'),
      ),
    );
    assert.deepEqual(
      await page.evaluate(() => [
        document.querySelectorAll('epidural-info-card').length,
        document.querySelectorAll('script[src*="epidural-info-card.js"]').length,
      ]),
      [2, 1],
    );
  });

  it('passes a value the card refuses to the card, which says so in the console', async () => {
    const bad = wp.post(
      'author',
      'Bad level',
      '[epidural_info_card heading_level="9" cta_href="javascript:alert(1)"]',
    );
    messages.length = 0;
    await page.goto(bad.link);
    await page.waitForFunction(() =>
      document.querySelector('epidural-info-card')?.shadowRoot?.querySelector('article'),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    const errors = complaints(messages);
    assert.ok(
      errors.some((m) =>
        /<epidural-info-card>: heading-level must be 1–6, not "9"; using 2\./.test(m),
      ),
      errors.join('\n'),
    );
    assert.ok(
      errors.some((m) => /cta\.href was dropped/.test(m)),
      errors.join('\n'),
    );
    assert.equal(
      await page.evaluate(
        () =>
          document.querySelector('epidural-info-card').shadowRoot.querySelector('h2.title') != null,
      ),
      true,
    );
  });

  it('the block editor knows the block and previews the live card', async () => {
    await page.goto(`${wp.url}/wp-login.php`);
    await page.type('#user_login', 'author');
    await page.type('#user_pass', 'author-password');
    await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
    messages.length = 0;
    await page.goto(`${wp.url}/wp-admin/post-new.php`);
    try {
      await page.waitForFunction(() => window.wp?.blocks?.getBlockType('epidural-info-card/card'), {
        timeout: 60_000,
      });
    } catch (error) {
      const where = await page.evaluate(() => [location.href, document.title, !!window.wp?.blocks]);
      throw new Error(
        `${error.message}: at ${where.join(' | ')}; console: ${messages.join(' / ')}`,
      );
    }
    assert.equal(
      await page.evaluate(() => wp.blocks.getBlockType('epidural-info-card/card').title),
      'Epidural injection information',
    );
    await page.evaluate(() =>
      wp.data.dispatch('core/block-editor').insertBlocks(
        wp.blocks.createBlock('epidural-info-card/card', {
          ctaLabel: 'Book now',
          ctaHref: '/book',
        }),
      ),
    );
    await page.waitForFunction(
      () => {
        const doc =
          document.querySelector('iframe[name="editor-canvas"]')?.contentDocument ?? document;
        return (
          doc.querySelector('epidural-info-card')?.shadowRoot?.querySelector('[part=cta]')
            ?.textContent == 'Book now'
        );
      },
      { timeout: 60_000 },
    );
    assert.deepEqual(
      complaints(messages).filter((m) => /epidural|block/i.test(m)),
      [],
    );
  });
});
