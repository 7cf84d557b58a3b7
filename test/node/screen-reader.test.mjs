// The card as a screen reader user hears it: Orca reading Firefox (test/support/orca.mjs), keys
// pressed as a person presses them. A prerendered card with everything a clinic can give it,
// "About this information" and the feedback question included; once with the script, once with
// JavaScript off, where no control may claim a state it cannot keep.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { startServer } from '../../scripts/serve.mjs';
import { missingScreenReader, startScreenReader } from '../support/orca.mjs';

const { renderCard, builtInContent } = await import('../../dist/server/index.js').then(
  async (server) => ({
    ...server,
    builtInContent: (await import('../../dist/esm/content/built-in-content.js')).builtInContent,
  }),
);

const content = {
  ...builtInContent,
  lastReviewed: '2026-11-02',
  nextReview: '2099-11-02',
  reviewedBy: { name: 'Dr Test Person', role: 'Consultant in pain medicine' },
  publisher: { name: 'Essentially Medical', url: '/about' },
  provider: { name: 'Essentially Medical', url: '/about' },
  cta: { label: 'Book a consultation', href: '/book' },
};

const missing = missingScreenReader();
let server;
let url;

before(async () => {
  mkdirSync('test/.tmp/orca', { recursive: true });
  const card = renderCard({ attributes: { feedback: true }, content });
  writeFileSync(
    'test/.tmp/orca/index.html',
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Screen reader page</title>
<script src="/dist/epidural-info-card.js" defer></script></head>
<body><main><h1>Our treatments</h1>${card}</main></body></html>`,
  );
  server = await startServer({ port: 0 });
  url = `http://127.0.0.1:${server.address().port}/test/.tmp/orca/`;
});
after(() => server?.close());

/* Tabs until Orca says something matching `pattern` (at most `limit` presses); what it said then. */
async function tabTo(reader, pattern, limit = 25) {
  for (let i = 0; i < limit; i++) {
    await reader.press('Tab');
    const said = await reader.waitFor(/\S/).catch(() => []);
    if (said.some((u) => pattern.test(u))) return said.join(' ');
  }
  throw new Error(`no ${pattern} within ${limit} presses of Tab`);
}

describe('Orca reading the card in Firefox', { skip: missing || false, timeout: 180_000 }, () => {
  it('with the script: each control says what it is and its state, and the answer is thanked', async () => {
    const reader = await startScreenReader(url);
    try {
      await reader.waitFor(/Finished loading Screen reader page/, 30_000);
      // Read through on arrival: "About this information" with its dates, the clinic's block by name.
      const read = (await reader.waitFor(/Was this information useful/)).join(' ');
      for (const row of [
        'Reviewed by | description term | Dr Test Person, Consultant in pain medicine',
        'Last reviewed | description term | 2 November 2026',
        'Next review due | description term | 2 November 2099',
        'Feedback | description term | Answer the question at the end of this card.',
      ])
        assert.ok(reader.said().join(' | ').includes(row), `${row}: ${read}`);
      assert.match(read, /From the clinic panel From the clinic/);
      assert.match(
        await tabTo(reader, /Show all sections/),
        /Show all sections collapsed push button/,
      );
      assert.match(
        await tabTo(reader, /What is an epidural injection\?/),
        /What is an epidural injection\? collapsed push button heading level 3/,
      );
      await reader.press('Return');
      assert.match((await reader.waitFor(/expanded/)).join(' '), /expanded/);
      // "About this information" and the clinic's block are passed on the way to the question.
      const yes = await tabTo(reader, /\bYes\b/);
      assert.match(yes, /Yes push button/);
      await reader.press('space');
      assert.match(
        (await reader.waitFor(/Thank you for your feedback/)).join(' '),
        /Thank you for your feedback\./,
      );
    } finally {
      await reader.stop();
    }
  });

  it('with JavaScript off: the sections are headings, and nothing is a button or collapsed', async () => {
    const reader = await startScreenReader(url, { javascript: false });
    try {
      await reader.waitFor(/Finished loading Screen reader page/, 30_000);
      // Read through on arrival: the dates, and no feedback question (there is no script to answer it).
      const read = (await reader.waitFor(/your own doctor/)).join(' | ');
      assert.ok(read.includes('Last reviewed | description term | 2 November 2026'), read);
      assert.doesNotMatch(read, /Was this information useful|Answer the question/);
      // Browse mode's "next heading", five times: the title and the four sections.
      const heard = [];
      for (let i = 0; i < 6; i++) {
        await reader.press('h');
        heard.push((await reader.waitFor(/heading level/)).join(' '));
      }
      const all = heard.join(' | ');
      for (const heading of builtInContent.sections.map((s) => s.heading))
        assert.ok(
          heard.some((h) => h.includes(`${heading} heading level 3`)),
          `${heading}: ${all}`,
        );
      assert.doesNotMatch(all, /push button|collapsed|expanded/);
      // Tab reaches links only: the first is the publisher's, in "About this information".
      assert.match(await tabTo(reader, /link/), /Essentially Medical link/);
    } finally {
      await reader.stop();
    }
  });
});

if (missing) console.log(`screen reader tests skipped: ${missing}`);
