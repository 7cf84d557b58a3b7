// The card's text written in WordPress's block editor, with WordPress's own heading, paragraph and
// list blocks inside the card's block, by an Author and by a Contributor, in a real WordPress
// (test/wordpress/harness.mjs): the page is the prerendered card with that text.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { complaints, openBrowser } from '../frameworks/support.mjs';
import { logIn, startWordPress } from './harness.mjs';

let wp, browser, page, messages;

before(async () => {
  wp = await startWordPress({ zip: 'dist/epidural-info-card-wordpress.zip' });
  ({ browser, page, messages } = await openBrowser());
});

after(async () => {
  await browser?.close();
  await wp?.stop();
});

/*
 * In the block editor as `user`: the card's block with its text as inner blocks, as the editor
 * inserts them, then saved with `status` (an Author publishes, a Contributor submits for review).
 * Returns the post's id once saved, with the content the editor had the card read.
 */
async function writeInEditor(user, password, status) {
  // Each user in a browser context of their own: one person's session, one person's cookies.
  page = await (await browser.createBrowserContext()).newPage();
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  await logIn(page, wp.url, user, password);
  await page.goto(`${wp.url}/wp-admin/post-new.php`);
  await page.waitForFunction(() => window.wp?.blocks?.getBlockType('epidural-info-card/card'), {
    timeout: 60_000,
  });
  await page.evaluate((status) => {
    const { createBlock } = wp.blocks;
    wp.data.dispatch('core/block-editor').insertBlocks(
      createBlock('epidural-info-card/card', { ctaHref: '/book' }, [
        createBlock('core/heading', { level: 2, content: 'Facet joint injections' }),
        createBlock('core/paragraph', {
          content: 'An injection into the small joints of the spine.',
        }),
        createBlock('core/heading', { level: 3, content: 'What is it?' }),
        createBlock('core/paragraph', {
          content: 'Medicine injected into a facet joint &amp; more.',
        }),
        createBlock('core/heading', { level: 3, content: 'Benefits' }),
        createBlock('core/list', {}, [
          createBlock('core/list-item', { content: 'Less pain for some people.' }),
        ]),
      ]),
    );
    wp.data.dispatch('core/editor').editPost({ title: 'Facet joint injections', status });
  }, status);
  // The editor has the card read the blocks, and keeps what it read as the block's content.
  await page.waitForFunction(
    () => wp.data.select('core/block-editor').getBlocks()[0]?.attributes.content,
    { timeout: 30_000 },
  );
  const content = JSON.parse(
    await page.evaluate(
      () => wp.data.select('core/block-editor').getBlocks()[0].attributes.content,
    ),
  );
  await page.evaluate(() => wp.data.dispatch('core/editor').savePost());
  await page.waitForFunction(
    () =>
      !wp.data.select('core/editor').isSavingPost() &&
      wp.data.select('core/editor').getCurrentPost().status != 'auto-draft',
    { timeout: 30_000 },
  );
  const id = await page.evaluate(() => wp.data.select('core/editor').getCurrentPostId());
  return { id, content };
}

/* The card as `reader`'s page paints it: its title and section headings, from its shadow root. */
const painted = (reader) =>
  reader.evaluate(() => {
    const root = document.querySelector('epidural-info-card')?.shadowRoot;
    return (
      root && {
        title: root.querySelector('.title').textContent,
        sections: [...root.querySelectorAll('.section-heading')].map((h) => h.textContent.trim()),
      }
    );
  });

/* The card as the page's HTML paints it for a visitor with JavaScript off. */
async function cardAt(link) {
  const reader = await (await browser.createBrowserContext()).newPage();
  await reader.setJavaScriptEnabled(false);
  await reader.goto(link);
  const seen = await painted(reader);
  await reader.close();
  return seen;
}

const EXPECTED = {
  title: 'Facet joint injections',
  sections: ['What is it?', 'Benefits'],
};

describe("the card's text in the block editor", { timeout: 240_000 }, () => {
  it('by an Author: published, the page is the prerendered card with that text', async () => {
    messages.length = 0;
    const { id, content } = await writeInEditor('author', 'author-password', 'publish');
    assert.equal(content.title, 'Facet joint injections');
    assert.deepEqual(content.sections[0].paragraphs, [
      'Medicine injected into a facet joint & more.',
    ]);
    assert.deepEqual(
      complaints(messages).filter((m) => /epidural|block/i.test(m)),
      [],
    );
    const link = wp.php(`require 'wp-load.php'; echo get_permalink(${id});`);
    assert.deepEqual(await cardAt(link), EXPECTED);
    // With the script, as a visitor: the same card, its content the editor's, no message.
    const visitor = await (await browser.createBrowserContext()).newPage();
    const said = [];
    visitor.on('console', (m) => said.push(`${m.type()}: ${m.text()}`));
    await visitor.goto(link);
    await visitor.waitForFunction(() => document.querySelector('epidural-info-card')?.hasUpdated);
    const live = await visitor.evaluate(() => {
      const card = document.querySelector('epidural-info-card');
      return {
        title: card.content?.title,
        cta: card.shadowRoot.querySelector('[part=cta]')?.getAttribute('href'),
      };
    });
    assert.deepEqual(live, { title: 'Facet joint injections', cta: '/book' });
    assert.deepEqual(complaints(said), []);
  });

  it("by a Contributor: submitted for review, the Administrator's preview is the prerendered card", async () => {
    const { id } = await writeInEditor('contributor', 'contributor-password', 'pending');
    page = await (await browser.createBrowserContext()).newPage();
    await logIn(page, wp.url, 'admin', 'admin-password');
    // With JavaScript off, as the page's HTML paints it before any script.
    await page.setJavaScriptEnabled(false);
    const preview = await page.goto(`${wp.url}/?p=${id}&preview=true`);
    assert.equal(preview.status(), 200);
    assert.deepEqual(await painted(page), EXPECTED);
  });
});
