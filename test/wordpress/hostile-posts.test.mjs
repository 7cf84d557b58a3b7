// What a writer can put in a post, in a real WordPress (test/wordpress/harness.mjs): attribute
// values no page may fall over on, typed by an Author or a Contributor as a shortcode or a block,
// and a prerendered card an Administrator pastes into the Classic editor.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openBrowser } from '../frameworks/support.mjs';
import { logIn, startWordPress } from './harness.mjs';

let wp, browser, page;

before(async () => {
  wp = await startWordPress({ zip: 'dist/epidural-info-card-wordpress.zip' });
  ({ browser, page } = await openBrowser());
});

after(async () => {
  await browser?.close();
  await wp?.stop();
});

const SHORTCODE_ATTRIBUTES = [
  'open_sections',
  'heading_level',
  'theme',
  'exclusive',
  'cta_href',
  'cta_label',
  'provider_name',
  'provider_href',
  'structured_data',
  'feedback',
  'listen',
];

/*
 * Values that reach the plugin's PHP as a writer typed them. kses keeps the ASCII "\xff", and
 * shortcode_parse_atts() runs stripcslashes(), which makes it a byte that is not UTF-8.
 */
const VALUES = {
  'invalid UTF-8': String.raw`ok \xff\xfe \xc3\x28 end`,
  'a NUL and controls': String.raw`a\0b\x01\x7f`,
  'a huge value': 'benefits '.repeat(200_000),
};

/* Lines PHP logged from the plugin's own files since `from` characters of the log. */
const pluginErrors = (from) =>
  wp
    .errors()
    .slice(from)
    .split('\n')
    .filter((line) => line.includes('epidural-info-card'));

/* The page's status and whether it holds the card, fetched as a visitor. */
async function visit(link) {
  const response = await fetch(link);
  const html = await response.text();
  return { status: response.status, card: html.includes('<epidural-info-card') };
}

describe('attributes a writer types', () => {
  for (const [kind, value] of Object.entries(VALUES)) {
    it(`${kind} in every shortcode attribute: the page answers 200 with its card, and PHP logs nothing`, async () => {
      const from = wp.errors().length;
      for (const name of SHORTCODE_ATTRIBUTES) {
        const post = wp.post(
          'author',
          `${name}: ${kind}`,
          `[epidural_info_card ${name}="${value}"]`,
        );
        assert.deepEqual(await visit(post.link), { status: 200, card: true }, name);
      }
      assert.deepEqual(pluginErrors(from), []);
    });
  }

  it('arrays, nested objects and wrong types in a block: the page answers 200 with its card', async () => {
    const from = wp.errors().length;
    const attributes = {
      openSections: ['benefits', ['what-is-it']],
      headingLevel: { level: { deeper: [3] } },
      theme: [1, 2],
      exclusive: 'yes\u00ff',
      ctaHref: { href: '/book' },
      // Half a megabyte: past about one, WordPress's block parser itself no longer finds the block.
      ctaLabel: 'Book '.repeat(100_000),
      providerName: [null],
      providerHref: 7,
      structuredData: [true],
      accentColor: ['#ff0000'],
      feedback: { yes: true },
    };
    const post = wp.post(
      'author',
      'Block with wrong types',
      `<!-- wp:epidural-info-card/card ${JSON.stringify(attributes)} /-->`,
    );
    assert.deepEqual(await visit(post.link), { status: 200, card: true });
    assert.deepEqual(pluginErrors(from), []);
  });

  it("a Contributor's pending post with invalid UTF-8: the Administrator's preview, the REST listing and the search feed answer 200", async () => {
    const from = wp.errors().length;
    const typed = `[epidural_info_card open_sections="${VALUES['invalid UTF-8']}"]`;
    const pending = wp.post('contributor', 'Pending card', typed, 'pending');
    // Published by an Author as well, so that the public listings include one.
    wp.post('author', 'Published card', `Epidural information. ${typed}`);
    await logIn(page, wp.url, 'admin', 'admin-password');
    const preview = await page.goto(`${wp.url}/?p=${pending.id}&preview=true`);
    assert.equal(preview.status(), 200);
    assert.ok(await page.$('epidural-info-card'), 'the preview shows the card');
    for (const path of ['/?rest_route=/wp/v2/posts', '/?s=Epidural&feed=rss2'])
      assert.equal((await fetch(`${wp.url}${path}`)).status, 200, path);
    assert.deepEqual(pluginErrors(from), []);
  });
});

describe('a prerendered card an Administrator pastes into the Classic editor', () => {
  it('comes out as it was pasted: no paragraph inside its shadow root or around it', async () => {
    const { renderCard } = await import('../../dist/server/index.js');
    const snippet = renderCard({ attributes: { 'open-sections': 'benefits' } });
    // Classic content has no blocks, so the_content runs wpautop over it.
    const post = wp.post('admin', 'Pasted card', `Our clinic's page.\n\n${snippet}\n\nCall us :)`);
    assert.equal(post.saved.includes(snippet), true, 'kses kept the snippet');
    const html = await fetch(post.link).then((r) => r.text());
    assert.equal(html.includes(snippet), true, 'the page holds the snippet as pasted');
    const reader = await (await browser.createBrowserContext()).newPage();
    await reader.setJavaScriptEnabled(false);
    await reader.goto(post.link);
    const seen = await reader.evaluate(() => {
      const card = document.querySelector('epidural-info-card');
      return {
        parent: card.parentElement.localName,
        shadow: [...card.shadowRoot.children].map((e) => e.localName),
      };
    });
    assert.deepEqual(seen, { parent: 'div', shadow: ['style', 'article'] });
    // The text around it is filtered as ever.
    assert.match(html, /<p>Our clinic&#8217;s page\.<\/p>/);
  });
});

describe('a card an Author writes as HTML in a post', () => {
  it('keeps the tag, its attributes and its text through kses, and nothing else; the card reads the text', async () => {
    const typed =
      '<epidural-info-card open-sections="what-is-it" cta-href="/book" onclick="alert(1)" style="color:red" provider-name="St Mary\'s" provider-href="javascript:alert(1)">' +
      '<h2>Facet joint injections</h2><p>An injection into the small joints of the spine.</p>' +
      '<h3>What is it?</h3><p>Medicine injected into a facet joint.</p>' +
      '<script>alert(1)</script></epidural-info-card>';
    const post = wp.post('author', 'Facet card', typed);
    assert.equal(
      post.saved,
      '<epidural-info-card open-sections="what-is-it" cta-href="/book" provider-name="St Mary\'s" provider-href="alert(1)">' +
        '<h2>Facet joint injections</h2><p>An injection into the small joints of the spine.</p>' +
        '<h3>What is it?</h3><p>Medicine injected into a facet joint.</p>' +
        'alert(1)</epidural-info-card>',
    );
    await page.goto(post.link);
    await page.waitForFunction(() =>
      document.querySelector('epidural-info-card')?.shadowRoot?.querySelector('.title'),
    );
    const seen = await page.evaluate(() => {
      const card = document.querySelector('epidural-info-card');
      return {
        title: card.shadowRoot.querySelector('.title').textContent,
        open: card.openSections,
        cta: card.shadowRoot.querySelector('[part=cta]')?.getAttribute('href'),
        scripts: document.querySelectorAll('script[src*="epidural-info-card.js"][integrity]')
          .length,
      };
    });
    assert.deepEqual(seen, {
      title: 'Facet joint injections',
      open: ['what-is-it'],
      cta: '/book',
      scripts: 1,
    });
  });
});
