// The WordPress plugin in a real WordPress (test/wordpress/harness.mjs), installed from the built
// dist/epidural-info-card-wordpress.zip: posts saved as an Administrator and as an Author with the
// block, the shortcode and the Classic editor's text, each page loaded in Chromium; and the block
// in the block editor.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { complaints, openBrowser } from '../frameworks/support.mjs';
import { asPrerendered } from '../support/as-prerendered.mjs';
import { logIn, startWordPress } from './harness.mjs';

const SRI = readFileSync('dist/epidural-info-card.js.sri', 'utf8').trim();
let wp, browser, page, messages, noScript;

before(async () => {
  wp = await startWordPress({ zip: 'dist/epidural-info-card-wordpress.zip' });
  ({ browser, page, messages } = await openBrowser());
  noScript = await (await browser.createBrowserContext()).newPage();
  await noScript.setJavaScriptEnabled(false);
});

/*
 * The card as the page's HTML paints it before any script, read with JavaScript off: its shadow
 * root's markup, the SHA-256 of its stylesheet, and its text.
 */
async function prerendered(where) {
  if (where.startsWith('<')) {
    await noScript.goto(`${wp.url}/`);
    await noScript.setContent(`<!doctype html><meta charset="utf-8">${where}`);
  } else await noScript.goto(where);
  const seen = await noScript.evaluate(() => {
    const root = document.querySelector('epidural-info-card')?.shadowRoot;
    return (
      root && {
        html: root.innerHTML,
        style: root.querySelector('style').textContent,
        title: root.querySelector('.title').textContent,
        intro: root.querySelector('.intro')?.textContent,
        open: [...root.querySelectorAll('.panel:not([hidden])')].map((p) => p.id),
      }
    );
  });
  if (!seen) return seen;
  const { style, ...rest } = seen;
  return { ...rest, styleHash: `'sha256-${createHash('sha256').update(style).digest('base64')}'` };
}

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
        // Painted before the script, from the same templates: what renderCard() prints.
        const { renderCard, styleHashes } = await import('../../dist/server/index.js');
        const expected = await prerendered(
          renderCard({
            attributes: {
              'open-sections': 'benefits',
              'cta-href': '/book',
              'cta-label': 'Book now',
              'provider-name': "St Mary's Clinic",
              exclusive: true,
            },
          }),
        );
        const painted = await prerendered(saved.link);
        assert.deepEqual(painted, expected);
        assert.deepEqual(painted.open, ['p-benefits']);
        assert.equal(painted.styleHash, styleHashes[0]);
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
        /<epidural-info-card> \(card 1 of 1\): heading-level must be 1–6, not "9"; using 2\./.test(
          m,
        ),
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
    await logIn(page, wp.url, 'author', 'author-password');
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
          // Too light for the card's white background.
          accentColor: '#f0e68c',
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
    // The sidebar warns about the accent with WordPress's own contrast check.
    await page.evaluate(() => {
      const [block] = wp.data.select('core/block-editor').getBlocks();
      wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
      wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
    });
    await page.waitForFunction(
      () =>
        /may be hard for people to read/.test(
          document.querySelector('.block-editor-contrast-checker')?.textContent,
        ),
      { timeout: 30_000 },
    );
    assert.deepEqual(
      complaints(messages).filter((m) => /epidural|block/i.test(m)),
      [],
    );
  });
});

describe("the clinic's own text", () => {
  const TITLE = "St Mary's epidurals -- what to expect...";
  // What WordPress's later filters would change if the plugin let them: a shortcode, smilies, "]]>".
  const INTRO =
    'Questions? Call us :) or see [gallery] -- we reply in 1 to 8) days; 8-) ]]> "done".';
  let admin;

  /* Types into the settings form's field with this label, as a person would. */
  const setField = (label, value) =>
    admin.evaluate(
      (label, value) => {
        const labelEl = [...document.querySelectorAll('#epidural-info-card-fields label')].find(
          (l) => l.textContent == label,
        );
        const input = document.getElementById(labelEl.htmlFor);
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      },
      label,
      value,
    );
  const problems = () => admin.$eval('#epidural-info-card-problems', (el) => el.textContent);
  const saveDisabled = () =>
    admin.$eval('#epidural-info-card-form [type=submit]', (b) => b.disabled);

  before(async () => {
    admin = await (await browser.createBrowserContext()).newPage();
    admin.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
    await logIn(admin, wp.url, 'admin', 'admin-password');
  });

  it('is entered as fields on Settings → Epidural information, and checked by the card as it is typed', async () => {
    messages.length = 0;
    await admin.goto(`${wp.url}/wp-admin/options-general.php?page=epidural-info-card`);
    await admin.waitForSelector('#epidural-info-card-fields input');
    // It starts from the card's built-in text.
    const start = await admin.evaluate(
      () => document.getElementById('epidural-info-card-preview').content.title,
    );
    assert.equal(start, 'Epidural injections');
    await setField('Title', TITLE);
    await setField('Introduction', INTRO);
    assert.equal(
      await admin.evaluate(
        () =>
          document.getElementById('epidural-info-card-preview').shadowRoot.querySelector('.title')
            .textContent,
      ),
      TITLE,
    );
    // A link the card refuses: its own message, and the form cannot be saved.
    await setField('Call to action: text', 'Book now');
    await setField('Call to action: link', 'javascript:alert(1)');
    assert.match(await problems(), /^content\.cta\.href was dropped: links must be/);
    assert.equal(await saveDisabled(), true);
    await setField('Call to action: link', '/book');
    assert.equal(await problems(), '');
    assert.equal(await saveDisabled(), false);
    await Promise.all([
      admin.waitForNavigation(),
      admin.click('#epidural-info-card-form [type=submit]'),
    ]);
    assert.match(await admin.$eval('.wrap', (w) => w.textContent), /Settings saved\./);
    // Saved and read back into the form.
    await admin.waitForSelector('#epidural-info-card-fields input');
    assert.equal(
      await admin.evaluate(
        () => JSON.parse(document.getElementById('epidural-info-card-content').value).title,
      ),
      TITLE,
    );
    // The card logs what it refused, as anywhere (the form showed the same words); WordPress's
    // admin asks gravatar.com for avatars, which this machine's closed network refuses.
    const others = complaints(messages).filter(
      (m) =>
        !/^error: <epidural-info-card id="epidural-info-card-preview">: content\.cta\.href /.test(
          m,
        ) && !/net::ERR_NAME_NOT_RESOLVED/.test(m),
    );
    assert.deepEqual(others, []);
  });

  it("shows on every card, an Author's too, prerendered, with its quotes, dashes and ellipses as typed", async () => {
    const block = ROUTES.block.replace(
      '"exclusive":true',
      '"exclusive":true,"accentColor":"#7a1f5c"',
    );
    const saved = wp.post('author', 'Clinic text', block);
    // Painted before the script, with the clinic's text exactly as typed.
    const painted = await prerendered(saved.link);
    assert.deepEqual([painted.title, painted.intro], [TITLE, INTRO]);
    // As a reader sees it: a fresh, logged-out browser context.
    const reader = await (await browser.createBrowserContext()).newPage();
    const seen = [];
    reader.on('console', (m) => seen.push(`${m.type()}: ${m.text()}`));
    await reader.goto(saved.link);
    await reader.waitForFunction(() => document.querySelector('epidural-info-card')?.hasUpdated);
    const shown = await reader.evaluate(() => {
      const card = document.querySelector('epidural-info-card');
      const root = card.shadowRoot;
      return {
        title: root.querySelector('.title').textContent,
        intro: root.querySelector('.intro').textContent,
        cta: root.querySelector('[part=cta]').getAttribute('href'),
        json: !!card.querySelector(':scope > script[type="application/json"]'),
        accent: getComputedStyle(root.querySelector('[part=cta]')).backgroundColor,
        html: root.innerHTML,
      };
    });
    // The block's own call to action lies over the clinic's (cta-href and cta-label).
    const { html, ...rest } = shown;
    assert.deepEqual(rest, {
      title: TITLE,
      intro: INTRO,
      cta: '/book',
      json: true,
      accent: 'rgb(122, 31, 92)',
    });
    // The script took over without changing a thing but its controls (its stylesheet is now adopted).
    assert.ok(
      asPrerendered(html) == painted.html.replace(/^<style>.*?<\/style>/s, ''),
      'the markup changed (but for its controls, now buttons)',
    );
    assert.deepEqual(complaints(seen), []);
  });

  it('takes who stands behind the text, and keeps what the form has no field for', async () => {
    // Saved before by hand or by another version: wording, a rating and a source's date.
    wp.php(`require 'wp-load.php';
$content = json_decode(get_option(EPIDURAL_INFO_CARD_OPTION), true);
$content['strings'] = ['about' => 'About this page'];
$content['provider'] = ['name' => 'St Mary', 'rating' => ['value' => 4.5, 'best' => 5, 'source' => 'Trustpilot']];
$content['sources'] = [['title' => 'A test source', 'url' => 'https://example.org/source', 'date' => '2026-10-01']];
update_option(EPIDURAL_INFO_CARD_OPTION, wp_json_encode($content));`);
    messages.length = 0;
    await admin.goto(`${wp.url}/wp-admin/options-general.php?page=epidural-info-card`);
    await admin.waitForSelector('#epidural-info-card-fields input');
    assert.equal(
      await admin.evaluate(() => {
        const label = [...document.querySelectorAll('#epidural-info-card-fields label')].find(
          (l) => l.textContent == 'Sources',
        );
        return document.getElementById(label.htmlFor).value;
      }),
      'A test source | https://example.org/source | 2026-10-01',
    );
    await setField('Published by', 'Essentially Medical');
    await setField("Publisher's link", 'https://clinic.example/');
    await setField('Reviewed by', 'Dr Test Person');
    await setField("Reviewer's role and qualification", 'Consultant in pain medicine');
    await setField('Last reviewed', '2026-11-02');
    await setField('Next review due', '2027-11-02');
    await setField('Declaration of interest', 'Essentially Medical provides this procedure.');
    // The built-in text's note of where its words come from stays (the form has no field for
    // it); its "no clinician has reviewed" line gives way to the reviewer.
    const ABOUT = [
      ['Adapted from', "A clinic's page for patients (Essentially Medical), in plain English"],
      ['Last checked against it', '7 December 2026'],
      ['Published by', 'Essentially Medical'],
      ['Reviewed by', 'Dr Test Person, Consultant in pain medicine'],
      ['Last reviewed', '2 November 2026'],
      ['Next review due', '2 November 2027'],
      ['Declaration of interest', 'Essentially Medical provides this procedure.'],
    ];
    const aboutOf = (root) =>
      [...root.querySelectorAll('.about dt')].map((dt) => [
        dt.textContent,
        dt.nextElementSibling.textContent,
      ]);
    assert.deepEqual(
      await admin.evaluate(
        `(${aboutOf})(document.getElementById('epidural-info-card-preview').shadowRoot)`,
      ),
      ABOUT,
    );
    // Half a reviewer is the card's to refuse, in its words, not the form's to drop.
    await setField('Reviewed by', '');
    assert.match(await problems(), /content\.reviewedBy\.name is required/);
    assert.equal(await saveDisabled(), true);
    await setField('Reviewed by', 'Dr Test Person');
    assert.equal(await saveDisabled(), false);
    await Promise.all([
      admin.waitForNavigation(),
      admin.click('#epidural-info-card-form [type=submit]'),
    ]);
    const saved = JSON.parse(
      wp.php(`require 'wp-load.php'; echo get_option(EPIDURAL_INFO_CARD_OPTION);`),
    );
    assert.deepEqual(
      {
        strings: saved.strings,
        rating: saved.provider.rating,
        sources: saved.sources,
        publisher: saved.publisher,
        reviewedBy: saved.reviewedBy,
        dates: [saved.lastReviewed, saved.nextReview],
        disclosure: saved.disclosure,
      },
      {
        strings: { about: 'About this page' },
        rating: { value: 4.5, best: 5, source: 'Trustpilot' },
        sources: [
          { title: 'A test source', url: 'https://example.org/source', date: '2026-10-01' },
        ],
        publisher: { name: 'Essentially Medical', url: 'https://clinic.example/' },
        reviewedBy: { name: 'Dr Test Person', role: 'Consultant in pain medicine' },
        dates: ['2026-11-02', '2027-11-02'],
        disclosure: 'Essentially Medical provides this procedure.',
      },
    );
    // On a reader's page, painted by the plugin's PHP before any script: the same part.
    const post = wp.post('author', 'Who stands behind it', '[epidural_info_card]');
    await noScript.goto(post.link);
    assert.deepEqual(
      await noScript.evaluate(
        `(${aboutOf})(document.querySelector('epidural-info-card').shadowRoot)`,
      ),
      ABOUT,
    );
    assert.equal(
      await noScript.evaluate(
        () =>
          document
            .querySelector('epidural-info-card')
            .shadowRoot.querySelector('.about .subheading').textContent,
      ),
      'About this page',
    );
    assert.deepEqual(
      complaints(messages).filter((m) => !/net::ERR_NAME_NOT_RESOLVED|reviewedBy\.name/.test(m)),
      [],
    );
  });
});

describe("the clinic's accent colour, for every card on the site", () => {
  let admin;
  before(async () => {
    admin = await (await browser.createBrowserContext()).newPage();
    await logIn(admin, wp.url, 'admin', 'admin-password');
  });
  after(() => wp.php(`require 'wp-load.php'; delete_option(EPIDURAL_INFO_CARD_ACCENT_OPTION);`));

  const ctaColour = (page) =>
    page.evaluate(() => {
      const root = document.querySelector('epidural-info-card').shadowRoot;
      return getComputedStyle(root.querySelector('[part=cta]')).backgroundColor;
    });
  const typeAccent = async (value) => {
    await admin.$eval(
      '#epidural-info-card-accent',
      (input, value) => {
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      },
      value,
    );
  };

  it('is set once in Settings, checked as it is typed, and colours a shortcode; a block can choose its own', async () => {
    await admin.goto(`${wp.url}/wp-admin/options-general.php?page=epidural-info-card`);
    await admin.waitForSelector('#epidural-info-card-fields input');
    await typeAccent('plum');
    assert.match(
      await admin.$eval('#epidural-info-card-problems', (el) => el.textContent),
      /^Accent colour: give it as # and six hexadecimal digits/,
    );
    assert.equal(
      await admin.$eval('#epidural-info-card-form [type=submit]', (b) => b.disabled),
      true,
    );
    await typeAccent('#1F5C7A');
    assert.equal(await admin.$eval('#epidural-info-card-problems', (el) => el.textContent), '');
    assert.match(
      await admin.$eval('#epidural-info-card-contrast', (el) => el.textContent),
      /^Contrast against the card: light theme 7\.\d:1, passes WCAG AA; dark theme 2\.\d:1, too low/,
    );
    // The live card beside the form shows it.
    assert.equal(
      await admin.evaluate(() => {
        const preview = document.getElementById('epidural-info-card-preview');
        return getComputedStyle(preview.shadowRoot.querySelector('a, button')).color;
      }),
      'rgb(31, 92, 122)',
    );
    await Promise.all([
      admin.waitForNavigation(),
      admin.click('#epidural-info-card-form [type=submit]'),
    ]);
    assert.equal(
      wp.php(`require 'wp-load.php'; echo get_option(EPIDURAL_INFO_CARD_ACCENT_OPTION);`),
      '#1f5c7a',
    );
    // A Classic-editor shortcode has it, painted before any script and after the script runs.
    const post = wp.post('author', 'Site accent', '[epidural_info_card cta_href="/book"]');
    await noScript.goto(post.link);
    assert.equal(await ctaColour(noScript), 'rgb(31, 92, 122)');
    const reader = await (await browser.createBrowserContext()).newPage();
    await reader.goto(post.link);
    await reader.waitForFunction(() => document.querySelector('epidural-info-card')?.hasUpdated);
    assert.equal(await ctaColour(reader), 'rgb(31, 92, 122)');
    // A block's own colour lies over the site's.
    const block = wp.post(
      'author',
      'Block accent',
      '<!-- wp:epidural-info-card/card {"ctaHref":"/book","accentColor":"#7a1f5c"} /-->',
    );
    await reader.goto(block.link);
    await reader.waitForFunction(() => document.querySelector('epidural-info-card')?.hasUpdated);
    assert.equal(await ctaColour(reader), 'rgb(122, 31, 92)');
  });

  it('refuses a colour that is not # and six digits on the server too, and keeps the one before', async () => {
    const value = wp.php(`require 'wp-load.php';
require_once ABSPATH . 'wp-admin/includes/template.php'; // the Settings API, as options.php has it
echo epidural_info_card_sanitize_accent('red; background: url(https://evil.example/)');
echo ' ', get_settings_errors(EPIDURAL_INFO_CARD_ACCENT_OPTION)[0]['message'];`);
    assert.match(
      value,
      /^#1f5c7a The accent colour could not be saved: .* Your previous colour is kept\.$/,
    );
  });
});

describe('a prerendered card pasted into a post', () => {
  const TEXT = {
    title: `St Mary's "clinic" -- epidurals...`,
    paragraph: `It's often used - we think... A 4x4 grid, ''quoted'', \`\`ticked\`\`, (tm) --- done.`,
  };

  it("reads the same after WordPress's content filters, before and after its script takes over", async () => {
    const { renderCard } = await import('../../dist/server/index.js');
    const snippet = renderCard({
      attributes: { 'open-sections': 'a' },
      content: {
        lang: 'en-GB',
        title: TEXT.title,
        sections: [{ id: 'a', heading: 'A', paragraphs: [TEXT.paragraph] }],
      },
    });
    // What the_content (wpautop, wptexturize, …) makes of it on a site without the plugin, whose
    // no_texturize_tags exemption and set-aside would otherwise keep the filters away from the card.
    const filtered = wp.php(`require 'wp-load.php';
remove_filter('no_texturize_tags', 'epidural_info_card_no_texturize');
remove_filter('the_content', 'epidural_info_card_set_aside', 8);
echo apply_filters('the_content', ${JSON.stringify(snippet)});`);
    assert.notEqual(filtered, snippet, 'the filters ran');
    const html = `<!doctype html><meta charset="utf-8">${filtered}<script src="${wp.url}/wp-content/plugins/epidural-info-card/assets/epidural-info-card.js"></script>`;
    const text = (p) =>
      p.evaluate(() => {
        const root = document.querySelector('epidural-info-card').shadowRoot;
        return {
          title: root.querySelector('.title').textContent,
          paragraph: root.querySelector('#p-a p').textContent,
        };
      });
    const reader = await (await browser.createBrowserContext()).newPage();
    await reader.setJavaScriptEnabled(false);
    await reader.goto(`${wp.url}/`);
    await reader.setContent(html);
    assert.deepEqual(await text(reader), TEXT);
    await reader.setJavaScriptEnabled(true);
    await reader.setContent(html);
    await reader.waitForFunction(() => document.querySelector('epidural-info-card').hasUpdated);
    assert.deepEqual(await text(reader), TEXT);
  });
});
