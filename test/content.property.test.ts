import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import fc from 'fast-check';
import type { EpiduralInfoCard, ErrorDetail } from '../src/epidural-info-card.js';
import { validateContent } from '../src/epidural-info-card.js';
import { record, renderCard } from './helpers.js';

/*
 * Property-based tests: thousands of random and adversarial documents thrown at the validator and
 * the card. Nothing throws out of either, nothing executes, every rejection is reported, and the
 * validator agrees with the published JSON Schema.
 */
const PWNED = 'window.__pwned=1';
const hostile = fc.constantFrom(
  `<script>${PWNED}</script>`,
  `<img src=x onerror="${PWNED}">`,
  `<svg onload="${PWNED}">`,
  `javascript:${PWNED}`,
  ` JaVa\tScRiPt:${PWNED}`,
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox',
  '${alert(1)}',
  '{{constructor.constructor("alert(1)")()}}',
  '\u202eevil\u202c',
  '__proto__',
  'constructor',
  '',
  '   ',
  'x'.repeat(3000),
);
const text = fc.oneof(fc.string({ minLength: 1 }), fc.string({ unit: 'binary' }), hostile);
const id = fc.oneof(fc.stringMatching(/^[a-z][a-z0-9_-]{0,6}$/), text);
const link = fc.oneof(
  fc.constantFrom(
    'https://a.example/',
    '/relative',
    'page.html#x',
    'mailto:a@b.example',
    'tel:+441',
  ),
  fc.webUrl(),
  text,
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });
const section = fc.record(
  {
    id,
    heading: text,
    paragraphs: fc.array(text, { maxLength: 3 }),
    items: fc.array(text, { maxLength: 3 }),
    alwaysVisible: fc.boolean(),
  },
  { requiredKeys: ['id', 'heading'] },
);
const documentLike = fc.record(
  {
    lang: fc.oneof(fc.constantFrom('en', 'en-GB', 'es', 'ar', 'zh-Hant-TW'), text),
    title: text,
    intro: text,
    sections: fc.array(section, { maxLength: 4 }),
    disclaimer: text,
    lastReviewed: fc.oneof(fc.constantFrom('2026-11-27', '2026-02-30', '27/11/2026'), text),
    sources: fc.array(fc.record({ title: text, url: link }), { maxLength: 3 }),
    provider: fc.record(
      {
        name: text,
        clinician: text,
        url: link,
        rating: fc.record({
          value: fc.oneof(fc.integer({ min: -1, max: 10 }), fc.double()),
          best: fc.integer({ min: -1, max: 10 }),
          source: text,
        }),
        credentials: fc.array(text, { maxLength: 3 }),
      },
      { requiredKeys: [] },
    ),
    cta: fc.record({ label: text, href: link }, { requiredKeys: [] }),
    strings: fc.dictionary(
      fc.constantFrom('showAll', 'hideAll', 'rating', 'sources', 'typo'),
      text,
    ),
  },
  { requiredKeys: [] },
);
// Documents that fit the format, so agreement with the schema is tested on both sides.
const goodText = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '');
const goodLink = fc.oneof(
  fc.constantFrom(
    'https://a.example/',
    '/relative',
    'page.html#x',
    'mailto:a@b.example',
    'tel:+441',
  ),
  fc.webUrl(),
);
const validDocument = fc.record(
  {
    lang: fc.constantFrom('en', 'en-GB', 'es', 'ar', 'zh-Hant-TW'),
    title: goodText,
    intro: goodText,
    sections: fc.uniqueArray(
      fc.record(
        {
          id: fc.stringMatching(/^[a-z][a-z0-9_-]{0,6}$/),
          heading: goodText,
          paragraphs: fc.array(goodText, { maxLength: 2 }),
          items: fc.array(goodText, { maxLength: 2 }),
          alwaysVisible: fc.boolean(),
        },
        { requiredKeys: ['id', 'heading'] },
      ),
      { minLength: 1, maxLength: 4, selector: (s) => s.id },
    ),
    lastReviewed: fc.constantFrom('2026-11-27', '2020-01-31'),
    sources: fc.array(fc.record({ title: goodText, url: goodLink }), { maxLength: 2 }),
    provider: fc.record(
      {
        name: goodText,
        url: goodLink,
        rating: fc.record({
          value: fc.constant(4),
          best: fc.integer({ min: 3, max: 10 }),
          source: goodText,
        }),
      },
      { requiredKeys: ['name'] },
    ),
    cta: fc.record({ label: goodText, href: goodLink }),
  },
  { requiredKeys: ['lang', 'title', 'sections'] },
);

// Documents near the format (most fields right, some wrong), with unknown keys, and anything at all.
const anyDocument = fc.oneof(
  { weight: 3, arbitrary: validDocument },
  { weight: 6, arbitrary: documentLike },
  {
    weight: 1,
    arbitrary: fc
      .tuple(documentLike, fc.string(), fc.jsonValue())
      .map(([d, k, v]) => ({ ...d, [k]: v })),
  },
  { weight: 2, arbitrary: fc.anything() },
  { weight: 1, arbitrary: fc.jsonValue() },
);
const jsonDocument = fc
  .oneof(validDocument, documentLike, fc.jsonValue())
  .map((d) => JSON.parse(JSON.stringify(d ?? null)));

describe('property: validateContent', () => {
  it('never throws; accepts a clean copy or reports exactly one rejection (2000 documents)', () => {
    fc.assert(
      fc.property(anyDocument, (doc) => {
        const result = validateContent(doc);
        for (const problem of result.problems) {
          expect(problem.message)
            .to.be.a('string')
            .and.match(/^content/);
        }
        if (result.content === undefined) {
          expect(result.problems).to.have.length(1);
          expect(['invalid-content']).to.include(result.problems[0].reason);
        } else {
          expect(result.problems.every((p) => p.reason === 'unsafe-url')).to.be.true;
          const again = validateContent(result.content);
          expect(again.problems).to.deep.equal([]);
          expect(again.content).to.deep.equal(result.content);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with content.schema.json (1000 JSON documents)', async () => {
    const docs = fc.sample(jsonDocument, { numRuns: 1000, seed: 20261127 });
    const verdicts = await executeServerCommand<boolean[], unknown[]>('schema-verdicts', docs);
    let valid = 0;
    docs.forEach((doc, i) => {
      const result = validateContent(doc);
      const clean = result.content !== undefined && result.problems.length === 0;
      // The two rules JSON Schema cannot express: unique section ids, rating value ≤ best.
      const beyondSchema =
        result.problems[0]?.message.includes(' repeats "') ||
        result.problems[0]?.message.includes('must not be more than best');
      if (clean) valid += 1;
      const what = `${JSON.stringify(result.problems)} ${JSON.stringify(doc).slice(0, 200)}`;
      // Whatever the card accepts cleanly, the schema accepts; whatever the schema accepts, the
      // card accepts too, unless one of those two rules fails.
      if (clean) expect(verdicts[i], what).to.be.true;
      if (verdicts[i]) expect(clean || !!beyondSchema, what).to.be.true;
    });
    // Enough valid documents that the agreement means something both ways.
    expect(valid).to.be.above(20);
  });
});

describe('property: <epidural-info-card> content', () => {
  let el: EpiduralInfoCard;
  before(async () => {
    el = await renderCard();
  });

  it('keeps working, executes nothing and reports every problem (1000 documents)', async () => {
    const errors = record<ErrorDetail>(el, 'epidural-info-error');
    const original = console.error;
    console.error = () => {};
    try {
      await fc.assert(
        fc.asyncProperty(anyDocument, async (doc) => {
          errors.seen.length = 0;
          const expected = validateContent(doc).problems.length;
          el.content = doc as never;
          await el.updateComplete;
          expect(errors.seen).to.have.length(expected);
          const root = el.shadowRoot!;
          expect(
            root.querySelector('script, img, svg:not(.icon), iframe, object, embed, style'),
          ).to.equal(null);
          for (const a of root.querySelectorAll('a')) {
            expect(a.getAttribute('href')).not.to.match(/^[^/?#]*(java|vb)script:|^[^/?#]*data:/i);
          }
          // The title as the reader sees it: HTML has no NUL, it shows as U+FFFD (escape()).
          expect(root.querySelector('h1, h2, h3')?.textContent).to.equal(
            el.content.title.replaceAll('\0', '\uFFFD'),
          );
          expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
        }),
        { numRuns: 1000 },
      );
    } finally {
      console.error = original;
      errors.stop();
    }
  });
});
