// The HTML form's writer and reader agree: the content a card carries, written as the HTML form
// (lightTemplate, which the embed builder's HTML snippet and every prerendered card's light-DOM
// copy use), read back by the one reader (parse5 here, as renderCard({ html }) and the CLI read
// it) gives the same content, but for what the form leaves to the tag's attributes (the clinic's
// block) and to JSON (interface wording).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

const { lightTemplate } = await import('../../dist/esm/card/card.templates.js');
const { builtInContent } = await import('../../dist/esm/content/built-in-content.js');
const { viewOf } = await import('../../dist/esm/card/card.view.js');
const { contentFromHtml, renderCard } = await import('../../dist/server/index.js');

/* The view the templates take, as renderCard() makes it. */
const view = (content) =>
  viewOf(content, { headingLevel: 2, exclusive: false, theme: 'light' }, new Set());

/* What the form carries of a content: all but the clinic's block and interface wording. */
// What the form leaves out: the clinic's block (the tag's attributes), interface wording, and
// what a text was adapted from (the built-in text's own note, shown in its shadow root).
function carried(content) {
  const { provider, cta, strings, adaptedFrom, ...rest } = content;
  (void provider, void cta, void strings, void adaptedFrom);
  return JSON.parse(JSON.stringify(rest));
}

const CONTENTS = {
  'the built-in text': builtInContent,
  'every field the form has': {
    lang: 'en-GB',
    title: `St Mary's "clinic" -- epidurals... <b>not bold</b>`,
    intro: 'One paragraph & another.',
    sections: [
      { id: 'what', heading: 'What is it?', paragraphs: ['A.', 'B.'], items: ['C', 'D'] },
      { id: 'help', heading: 'When to call', paragraphs: ['Now.'], alwaysVisible: true },
      { id: 'x1', heading: 'Only items', items: ['E'] },
    ],
    disclaimer: 'General information.',
    lastReviewed: '2026-11-02',
    nextReview: '2027-11-02',
    reviewedBy: { name: 'Dr Jane Smith', role: 'Consultant, FRCA' },
    publisher: { name: 'Essentially Medical', url: '/about' },
    disclosure: 'We provide this procedure.',
    sources: [
      { title: 'NHS', url: 'https://www.nhs.uk/', date: '2026-01-05' },
      { title: 'Our page', url: '/epidurals' },
    ],
    terms: [
      { term: 'CT scan', definition: 'Computed tomography: X-rays put together by a computer.' },
      {
        term: 'Steroid',
        definition: 'A medicine that brings down swelling: it is "anti-inflammatory".',
      },
    ],
    provider: { name: 'Essentially Medical', url: '/about' },
    cta: { label: 'Book', href: '/book' },
  },
};

describe('the HTML form: written, then read back', () => {
  for (const [name, content] of Object.entries(CONTENTS)) {
    it(`${name}: the same content, ids included`, () => {
      const html = lightTemplate(view(content), true);
      const checked = contentFromHtml(html, content.lang);
      assert.deepEqual(checked.problems, []);
      assert.deepEqual(checked.content, carried(content));
    });
  }

  it("a prerendered card's copy has no ids (many cards on a page), and reads back but for them", () => {
    const card = renderCard({ content: CONTENTS['every field the form has'] });
    const copy = card
      .replace(/^<epidural-info-card[^>]*>|<\/epidural-info-card>$/g, '')
      .replace(/<template[^]*<\/template>|<script[^]*?<\/script>/g, '');
    assert.doesNotMatch(copy, / id=/);
    const { content: read } = contentFromHtml(copy, 'en-GB');
    assert.deepEqual(
      read.sections.map((s) => s.id),
      ['what-is-it', 'when-to-call', 'only-items'],
    );
  });
});
