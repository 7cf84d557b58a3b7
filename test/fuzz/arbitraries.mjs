/*
 * The documents the fuzz runs generate, shared by the Node run (test/node/, 10 000 per CI run) and
 * the browser runs (every route, every engine): valid ones, near-valid ones, hostile strings,
 * prototype keys, extreme numbers, deep nesting and huge arrays. Plain JavaScript so that both
 * can import it.
 */
import fc from 'fast-check';

export const PWNED = 'window.__pwned=1';
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
export const documentLike = fc.record(
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
export const validDocument = fc.record(
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
export const anyDocument = fc.oneof(
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
export const jsonDocument = fc
  .oneof(validDocument, documentLike, fc.jsonValue())
  .map((d) => JSON.parse(JSON.stringify(d ?? null)));

/* A small valid document to build the extreme ones on. */
const base = () => ({ lang: 'en', title: 'T', sections: [{ id: 'a', heading: 'A' }] });

const deep = (depth) => {
  let value = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};

/*
 * The edges a generator seldom reaches by chance: numbers JSON cannot carry, prototype keys,
 * BigInt, nesting 20 000 deep, 10 000 sections, text at and over the size limit (a "<" costs six
 * characters in a page).
 */
export const extremeDocument = fc.oneof(
  fc.constantFrom(Infinity, -Infinity, NaN, -0, 1e308, Number.MAX_VALUE, 5e-324).map((value) => ({
    ...base(),
    provider: { name: 'C', rating: { value, best: 5, source: 'S' } },
  })),
  fc
    .constantFrom('__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty')
    .map((key) =>
      JSON.parse(
        `{"lang":"en","title":"T","sections":[{"id":"a","heading":"A"}],"${key}":{"polluted":true}}`,
      ),
    ),
  fc
    .constantFrom('{constructor}', '{__proto__}', '{toString}', '{value} {best} {source}')
    .map((rating) => ({
      ...base(),
      strings: { rating },
      provider: { name: 'C', rating: { value: 4, best: 5, source: 'S' } },
    })),
  fc.constantFrom(10n, Symbol('s'), () => 1).map((intro) => ({ ...base(), intro })),
  fc.constantFrom(20_000, 30_000).map((depth) => ({ ...base(), sections: deep(depth) })),
  fc.constant(0).map(() => ({
    ...base(),
    sections: Array.from({ length: 10_000 }, (_, i) => ({ id: `s${i}`, heading: `Section ${i}` })),
  })),
  fc
    .constantFrom(99_900, 99_990, 100_001)
    .map((length) => ({ ...base(), intro: 'x'.repeat(length - 80) })),
  fc.constantFrom(16_000, 17_000).map((length) => ({ ...base(), intro: '<'.repeat(length) })),
  fc.constant(0).map(() => ({
    ...base(),
    sections: [
      { id: 'all', heading: 'All' },
      { id: 'b', heading: 'B' },
    ],
  })),
);

/** Every kind of document, the extreme ones included. */
export const fuzzDocument = fc.oneof(
  { weight: 12, arbitrary: anyDocument },
  { weight: 1, arbitrary: extremeDocument },
);

/* Attribute values a host page (or a CMS field) may hand over. */
const hostileValue = fc.oneof(
  text,
  link,
  fc.constantFrom(
    '0',
    '7',
    '-1',
    '2.5',
    'NaN',
    'dark',
    'auto',
    'all',
    'a b',
    '"><script>',
    'https://',
  ),
  fc.integer(),
  fc.boolean(),
);

/** Attribute sets for renderCard(): the card's own, global ones, prototype names and nonsense. */
export const attributeSet = fc.dictionary(
  fc.oneof(
    fc.constantFrom(
      'heading-level',
      'exclusive',
      'theme',
      'open-sections',
      'src',
      'cta-href',
      'cta-label',
      'provider-name',
      'provider-href',
      'structured-data',
      'id',
      'class',
      'data-x',
      'aria-label',
    ),
    fc.constantFrom('constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'onclick'),
    fc.string({ maxLength: 8 }),
  ),
  hostileValue,
  { maxKeys: 5 },
);
