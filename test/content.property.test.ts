import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import fc from 'fast-check';
import { anyDocument, jsonDocument } from './fuzz/arbitraries.mjs';
import type { EpiduralInfoCard, ErrorDetail } from '../src/epidural-info-card.js';
import { validateContent } from '../src/epidural-info-card.js';
import { record, renderCard } from './helpers.js';

/*
 * Property-based tests: thousands of random and adversarial documents thrown at the validator and
 * the card. Nothing throws out of either, nothing executes, every rejection is reported, and the
 * validator agrees with the published JSON Schema.
 */
describe('property: validateContent', () => {
  it('never throws; accepts a clean copy or reports each rejection, naming its field (2000 documents)', () => {
    fc.assert(
      fc.property(anyDocument, (doc) => {
        const result = validateContent(doc);
        for (const problem of result.problems) {
          expect(problem.message)
            .to.be.a('string')
            .and.match(/^content/);
        }
        if (result.content === undefined) {
          const reasons = result.problems.map((p) => p.reason);
          // Too large is said alone; otherwise at least one rejection, at most 20 and "more".
          if (reasons[0] != 'too-large') expect(reasons).to.include('invalid-content');
          expect(result.problems.length).to.be.within(1, 21);
          for (const reason of reasons)
            expect(['invalid-content', 'unsafe-url', 'too-large']).to.include(reason);
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
      // The rules JSON Schema cannot express: unique section ids, rating value ≤ best, a real day.
      const beyondSchema =
        result.problems.length > 0 &&
        result.problems.every(
          (p) =>
            p.message.includes(' repeats "') ||
            p.message.includes(' is no day of the calendar: ') ||
            p.message.includes('must not be more than best'),
        );
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
          // The title as the reader sees it: HTML has no NUL, it shows as U+FFFD (escape()). With
          // nothing of the host's accepted yet, no procedure's text at all.
          if (el.content)
            expect(root.querySelector('h1, h2, h3')?.textContent).to.equal(
              el.content.title.replaceAll('\0', '\uFFFD'),
            );
          else expect(root.textContent).to.equal('This information could not be shown.');
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
