import { expect } from '@open-wc/testing';
import { builtInContent, validateContent } from '../src/epidural-info-card.js';
import { parseContent } from '../src/content/validate.js';
import { clinicContent, spanishContent } from './fixtures/content.js';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

/** The one problem validating `doc` reports, which must reject it. */
function rejection(doc: unknown) {
  const result = validateContent(doc);
  expect(result.content, 'rejected').to.equal(undefined);
  expect(result.problems).to.have.length(1);
  return result.problems[0];
}

describe('validateContent', () => {
  it('accepts the built-in content and every fixture, unchanged', () => {
    for (const doc of [builtInContent, clinicContent, spanishContent]) {
      const result = validateContent(clone(doc));
      expect(result.problems).to.deep.equal([]);
      expect(result.content).to.deep.equal(doc);
    }
  });

  it('returns a copy, so later changes to the host object do not leak in', () => {
    const doc = clone(builtInContent);
    const { content } = validateContent(doc);
    doc.sections[0].heading = 'changed';
    expect(content!.sections[0].heading).to.equal('What is an epidural injection?');
  });

  it('names a missing required field by its path', () => {
    const doc = clone(builtInContent) as Partial<typeof builtInContent>;
    delete doc.title;
    expect(rejection(doc)).to.deep.equal({
      reason: 'invalid-content',
      message: 'content.title is required.',
    });
  });

  it('names an unknown field by its path, and lists the known ones', () => {
    const doc = clone(builtInContent) as unknown as { sections: Record<string, unknown>[] };
    doc.sections[2].paragraph = ['a typo for paragraphs'];
    const problem = rejection(doc);
    expect(problem.message).to.match(/^content\.sections\[2\]\.paragraph is not a known field/);
    expect(problem.message).to.contain('paragraphs');
  });

  it('names a field of the wrong type by its path', () => {
    const doc = clone(builtInContent) as unknown as { sections: { items: unknown }[] };
    doc.sections[2].items = 'one long string';
    expect(rejection(doc).message).to.equal(
      'content.sections[2].items must be an array, not "one long string".',
    );
  });

  it('rejects a wrong shape at the top', () => {
    for (const doc of [null, 42, 'text', [], true]) {
      expect(rejection(doc).message).to.match(/^content must be an object, not /);
    }
  });

  it('rejects empty strings, empty sections, repeated and malformed ids', () => {
    const cases: [(d: typeof builtInContent) => void, RegExp][] = [
      [(d) => (d.title = '  '), /^content\.title must be a non-empty string/],
      [(d) => (d.sections = []), /^content\.sections must be an array with an entry/],
      [
        (d) => (d.sections[1].id = 'what-is-it'),
        /^content\.sections\[1\]\.id repeats "what-is-it"/,
      ],
      [(d) => (d.sections[0].id = '1st'), /^content\.sections\[0\]\.id must be a letter, then/],
      [(d) => (d.lang = 'english please'), /^content\.lang must be a language tag/],
      [
        (d) => (d.lastReviewed = '27/11/2026'),
        /^content\.lastReviewed must be a date as YYYY-MM-DD/,
      ],
      // The right shape, but no day: said so, not that it is not YYYY-MM-DD.
      [
        (d) => (d.lastReviewed = '2026-13-01'),
        /^content\.lastReviewed is no day of the calendar: "2026-13-01"\.$/,
      ],
      [(d) => (d.lastReviewed = '2026-00-10'), /^content\.lastReviewed is no day of the calendar/],
    ];
    for (const [spoil, expected] of cases) {
      const doc = clone(builtInContent);
      spoil(doc);
      expect(rejection(doc).message).to.match(expected);
    }
  });

  it('reports every problem, in the order of the fields, so that a writer mends them all at once', () => {
    const doc = {
      lang: 'en-GB',
      paragraph: ['x'],
      lastReviewed: '2026-13-01',
      sections: [{ id: 'a', heading: 'A' }],
      cta: { label: 'Go', href: 'javascript:alert(1)' },
    };
    const result = validateContent(doc);
    expect(result.content).to.equal(undefined);
    expect(result.problems.map((p) => `${p.reason}: ${p.message}`)).to.deep.equal([
      'invalid-content: content.paragraph is not a known field (known: lang,title,sections,intro,disclaimer,lastReviewed,sources,provider,cta,strings,nextReview,reviewedBy,publisher,disclosure,adaptedFrom,terms).',
      'invalid-content: content.title is required.',
      'invalid-content: content.lastReviewed is no day of the calendar: "2026-13-01".',
      'unsafe-url: content.cta.href was dropped: links must be https:, http:, mailto:, tel: or relative, not "javascript:alert(1)".',
    ]);
  });

  it('lists at most 20 problems, then says there are more', () => {
    const doc = {
      ...clone(builtInContent),
      ...Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`typo${i}`, i])),
    };
    const { problems } = validateContent(doc);
    expect(problems).to.have.length(21);
    expect(problems[19].message).to.match(/^content\.typo19 is not a known field/);
    expect(problems[20].message).to.equal('content has more problems than the 20 listed.');
  });

  it('checks a rating is within its scale', () => {
    const doc = clone(clinicContent);
    doc.provider!.rating!.value = 6;
    expect(rejection(doc).message).to.equal(
      'content.provider.rating.value must not be more than best (5).',
    );
  });

  it('drops unsafe links and keeps the rest, with one problem per link', () => {
    const doc = clone(clinicContent);
    doc.cta!.href = 'javascript:alert(1)';
    doc.sources = [
      { title: 'bad', url: ' JaVa\tScRiPt:alert(1)' },
      { title: 'data', url: 'data:text/html,<script>alert(1)</script>' },
      { title: 'good', url: '/relative/page' },
    ];
    doc.provider!.url = 'vbscript:x';
    const { content, problems } = validateContent(doc);
    expect(problems.map((p) => p.reason)).to.deep.equal(Array(4).fill('unsafe-url'));
    expect(problems.map((p) => p.message.split(' ')[0])).to.deep.equal([
      'content.sources[0].url',
      'content.sources[1].url',
      'content.provider.url',
      'content.cta.href',
    ]);
    expect(content!.cta).to.equal(undefined);
    expect(content!.sources).to.deep.equal([{ title: 'good', url: '/relative/page' }]);
    expect(content!.provider!.url).to.equal(undefined);
    expect(content!.provider!.name).to.equal('Essentially Medical');
  });

  it('allows https:, http:, mailto:, tel: and relative links', () => {
    for (const href of [
      'https://a.example/',
      'http://a.example/',
      'mailto:a@b.example',
      'tel:+441',
      '/x',
      'x.html',
      '#top',
      '//a.example/',
    ]) {
      const doc = clone(clinicContent);
      doc.cta!.href = href;
      expect(validateContent(doc).problems, href).to.deep.equal([]);
    }
  });

  it('ignores nothing: __proto__ and constructor keys are unknown fields', () => {
    const problem = rejection(
      JSON.parse(
        '{"lang":"en","title":"t","sections":[{"id":"a","heading":"h"}],"__proto__":{"x":1}}',
      ),
    );
    expect(problem.message).to.match(/^content\.__proto__ is not a known field/);
  });
});

describe('parseContent', () => {
  it('reports invalid JSON', () => {
    const { content, problems } = parseContent('{"lang": "en",');
    expect(content).to.equal(undefined);
    expect(problems[0].reason).to.equal('invalid-json');
    expect(problems[0].message).to.match(/^content is not JSON: SyntaxError/);
  });

  it('refuses a document over the size limit before parsing it', () => {
    const { problems } = parseContent(' '.repeat(100_001));
    expect(problems[0]).to.deep.equal({
      reason: 'too-large',
      message: 'content has 100001 characters; the limit is 100000.',
    });
  });
});
