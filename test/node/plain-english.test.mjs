// The built-in text is a plain-English edition of the clinic's page, and
// docs/content/plain-english.md maps every one of its sentences to the source sentence it says
// again: this keeps that table complete both ways and true to both texts, and holds the edition
// to its reading ages by the project's own check.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { builtInContent } from '../../dist/esm/content/built-in-content.js';
import { originalContent } from '../../dist/esm/content/original-content.js';
import { checkContent } from '../../dist/server/check.js';

const doc = readFileSync('docs/content/plain-english.md', 'utf8');
const rows = (heading) =>
  doc
    .split(/^## /m)
    .find((part) => part.startsWith(heading))
    .split('\n')
    .filter((line) => /^\| (?!-)/.test(line))
    .slice(1)
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );

/* Sentences as the check splits them; list dashes and a heading's colon are not words. */
const sentences = (text) =>
  text
    .split(/(?<=[.!?])\s+|\s+-(?=[A-Z])/)
    .map((s) => s.replace(/^\s*-\s*/, '').trim())
    .filter((s) => /\p{L}/u.test(s));
const same = (s) => s.replace(/\s+/g, ' ').replace(/[.:]$/, '').trim();

/* The source's text for the card: its lines before the clinic's own details at the foot. */
const sourceText = readFileSync('docs/content/epidural-injection-source.txt', 'utf8').split(
  /^Essentially Medical /m,
)[0];
const sourceSentences = sourceText
  .split('\n')
  .map((line) => line.trim())
  .filter(Boolean)
  .flatMap(sentences)
  .map(same);

const source = rows('The source');
const plain = rows('The plain-English edition');

/* Every sentence a reader of the built-in card meets: title, introduction, headings, text. */
const plainSentences = [
  builtInContent.title,
  ...sentences(builtInContent.intro),
  ...builtInContent.sections.flatMap((s) => [
    s.heading,
    ...[...(s.paragraphs ?? []), ...(s.items ?? [])].flatMap(sentences),
  ]),
].map(same);

describe('the plain-English edition and its table (docs/content/plain-english.md)', () => {
  it("lists every sentence of the clinic's page, word for word, once", () => {
    assert.deepEqual(
      source.map(([, text]) => same(text)),
      sourceSentences,
    );
  });

  it('maps every sentence of the built-in card, in order, word for word', () => {
    assert.deepEqual(
      plain.map(([, text]) => same(text)),
      plainSentences,
    );
  });

  it("says every source sentence again somewhere, and cites only the source's ids", () => {
    const ids = source.map(([id]) => id);
    const cited = new Set(plain.flatMap(([, , refs]) => refs.split(/,\s*/)));
    assert.deepEqual(
      [...cited].filter((id) => !ids.includes(id)),
      [],
    );
    assert.deepEqual(
      ids.filter((id) => !cited.has(id)),
      [],
      'source sentences no plain sentence says again',
    );
  });

  it('reads at a reading age of 12 at most for the card and 14 for every section (SMOG, the project check)', () => {
    const report = checkContent(builtInContent);
    assert.ok(report.card.smogAge <= 12, `card: ${report.card.smogAge}`);
    for (const section of report.sections)
      assert.ok(section.smogAge <= 14, `${section.id}: ${section.smogAge}`);
    // The clinic's wording, for comparison: what the plain edition replaced.
    assert.ok(checkContent(originalContent).card.smogAge > 16);
  });

  it('keeps the section ids of the original, so open-sections and #links work with either', () => {
    assert.deepEqual(
      builtInContent.sections.map((s) => s.id),
      originalContent.sections.map((s) => s.id),
    );
  });
});
