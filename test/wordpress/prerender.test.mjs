// The plugin's prerendered card is renderCard()'s, byte for byte. Its templates are translated
// from the card's TypeScript at build time (scripts/php/); here the same cards are rendered by
// renderCardParts() in Node and by the plugin's PHP (php-cli, no WordPress needed): the built-in
// text under every option, a clinic's text with quotes, dashes, ellipses, markup and numbers, and
// thousands of generated documents and attribute sets. Where the card would refuse a card, the
// plugin must not prerender it; where the plugin leaves a card to the browser, that is counted.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { validateContent } from '../../dist/esm/content/validate.js';
import { jsonText } from '../../dist/esm/content/json-text.js';
import { CARD_ATTRIBUTES, renderCardParts } from '../../dist/server/index.js';
import { attributeSet, fuzzDocument, validDocument } from '../fuzz/arbitraries.mjs';

const seed = Number(process.env.FUZZ_SEED) || Date.now() % 2 ** 31;
const RUNS = 3000;

/* Each case through the plugin's PHP, in one php process. */
function php(cases) {
  const run = spawnSync(
    'php',
    ['test/wordpress/prerender-cli.php', 'wordpress/epidural-info-card', 'dist/wordpress/card.php'],
    {
      input: cases.map((c) => JSON.stringify(c)).join('\n') + '\n',
      maxBuffer: 1 << 30,
      encoding: 'utf8',
    },
  );
  assert.equal(run.stderr, '', 'PHP wrote to stderr');
  assert.equal(run.status, 0);
  return run.stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line));
}

/*
 * How the plugin stores a clinic's content: the card's clean copy as jsonText() writes it. A
 * document the card refuses is stored as it is, as if someone had bypassed the settings form.
 */
function stored(doc) {
  if (doc === undefined) return { json: '' };
  const { content } = validateContent(doc);
  try {
    return { json: content ? jsonText(content) : jsonText(doc) };
  } catch {
    return undefined; // not JSON at all (a BigInt, a cycle): nothing WordPress could store
  }
}

/* renderCardParts() for the stored content, or null where it throws. */
function node({ attributes, json }) {
  try {
    const { attributes: tag, innerHTML } = renderCardParts({
      attributes,
      content: json ? JSON.parse(json) : undefined,
    });
    return { attributes: tag, innerHTML };
  } catch {
    return null;
  }
}

/* Compares every case; returns how many the plugin left to the browser. */
function compare(cases) {
  const answers = php(cases);
  let left = 0;
  cases.forEach((c, i) => {
    const expected = node(c);
    const actual = answers[i];
    if (expected === null)
      assert.equal(
        actual,
        null,
        `the plugin prerendered a card the card refuses: ${JSON.stringify(c).slice(0, 400)}`,
      );
    else if (actual === null) {
      left += 1;
      if (process.env.SHOW_LEFT) console.log('left:', JSON.stringify(c).slice(0, 300));
    } else {
      const what = `case ${JSON.stringify(c).slice(0, 400)}`;
      assert.deepEqual(actual.attributes, expected.attributes, what);
      if (actual.innerHTML != expected.innerHTML) {
        let at = 0;
        while (actual.innerHTML[at] == expected.innerHTML[at]) at += 1;
        const around = (s) => JSON.stringify(s.slice(Math.max(0, at - 80), at + 80));
        assert.fail(
          `${what}\nPHP:  ${around(actual.innerHTML)}\nNode: ${around(expected.innerHTML)}`,
        );
      }
    }
  });
  return left;
}

const clinic = {
  lang: 'en-GB',
  title: "What you'll need to know -- before the injection...",
  intro: 'It\'s "quick" - about 20 minutes (tm); a 2x3 cm dressing & <b>no</b> ``bandage``.',
  sections: [
    {
      id: 'what',
      heading: 'What is it?',
      paragraphs: ['An injection… into the “epidural space”.', 'Ünïcödé, עברית, 😀.'],
    },
    {
      id: 'after',
      heading: 'Afterwards',
      items: ['Rest -- for a day', "Don't drive...", '</script><script>alert(1)</script>'],
    },
    { id: 'note', heading: 'Please note', paragraphs: ['Always visible.'], alwaysVisible: true },
    { id: 'all', heading: 'A section called all' },
  ],
  disclaimer: 'Not medical advice.\r\nAsk your doctor.',
  lastReviewed: '2026-11-27',
  sources: [
    { title: 'NHS', url: 'https://www.nhs.uk/tests-and-treatments/' },
    { title: 'Local', url: '/about.html#team' },
  ],
  provider: {
    name: "St Mary's Spine Clinic",
    clinician: 'Dr A. Example',
    url: 'https://clinic.example:8443/about?x=1&y=2',
    rating: { value: 4.5, best: 5, source: 'Trustpilot' },
    credentials: ['FRCA', 'GMC 1234567'],
  },
  cta: { label: 'Book -- now', href: 'tel:+441234567890' },
  strings: { rating: '{value}/{best} ({source}) {constructor}', sources: 'Evidence' },
};

describe('WordPress: the plugin prerenders what renderCard() renders', () => {
  it("the built-in text and a clinic's text, under every option, byte for byte", () => {
    const options = [
      {},
      { 'open-sections': 'all' },
      { 'open-sections': 'benefits what-is-it', exclusive: true },
      { 'open-sections': 'what after', exclusive: true },
      { 'open-sections': 'all', exclusive: true },
      { theme: 'dark', 'heading-level': '1' },
      { theme: 'auto', 'heading-level': '6', 'structured-data': true },
      { 'cta-href': '/book', 'cta-label': "Book -- it's free..." },
      { 'provider-name': 'Clinic "Two"', 'provider-href': 'https://two.example/' },
      { 'cta-href': 'mailto:desk@clinic.example', 'structured-data': true, exclusive: true },
      { feedback: true, 'open-sections': 'all' },
    ];
    const cases = [];
    for (const attributes of options)
      for (const json of ['', jsonText(validateContent(clinic).content)])
        cases.push({ attributes, json });
    assert.equal(compare(cases), 0, 'a card left to the browser');
  });

  it('ratings as English writes them; in other languages the card writes its own numbers', () => {
    const values = [0, -0, 4, 4.5, 0.1 + 0.2, 1e-7, 4.0005, 2.0004999, 999.999, Math.PI];
    const withRating = (lang, value) => ({
      attributes: { 'structured-data': true },
      json: jsonText({
        ...validateContent(clinic).content,
        lang,
        // Dates have rules of their own (below).
        lastReviewed: undefined,
        provider: { name: 'C', rating: { value, best: 999.999, source: 'S' } },
      }),
    });
    assert.equal(
      compare(values.flatMap((v) => ['en', 'en-GB', 'en-IN'].map((lang) => withRating(lang, v)))),
      0,
    );
    // "4,5" needs ICU, which PHP here lacks: those cards are left to the browser, never wrong.
    const others = ['es', 'ar', 'de-CH', 'en-a'].map((lang) => withRating(lang, 4.5));
    assert.deepEqual(php(others), [null, null, null, null]);
    assert.ok(
      node(others[0]).innerHTML.includes('<p class="rating">4,5/999,999 (S)'),
      'Spanish numbers',
    );
  });

  it('dates as English writes them; in other languages, or a day no month has, the card decides', () => {
    const dated = (lang, day) => ({
      attributes: {},
      json: jsonText({
        ...validateContent(clinic).content,
        lang,
        lastReviewed: day,
        nextReview: day,
        sources: [{ title: 'NHS', url: 'https://www.nhs.uk/', date: day }],
        reviewedBy: { name: 'Dr A. Example', role: 'Consultant, FRCA' },
        publisher: { name: "St Mary's", url: '/about' },
        disclosure: 'We provide this procedure.',
      }),
    });
    const days = ['2026-11-07', '2024-02-29', '1999-12-31', '2026-01-01'];
    assert.equal(compare(days.flatMap((d) => ['en', 'en-US', 'en-GB'].map((l) => dated(l, d)))), 0);
    assert.deepEqual(php([dated('es', '2026-11-07'), dated('en-GB', '2026-02-30')]), [null, null]);
    assert.equal(node(dated('en-GB', '2026-02-30')), null, 'the card refuses 30 February');
  });

  it(`${RUNS} generated documents and attribute sets (seed ${seed}; FUZZ_SEED repeats it)`, () => {
    const plugin = Object.keys(CARD_ATTRIBUTES).filter((name) => name != 'src');
    // What the block and the shortcode pass: the card's own attributes, as text or true.
    const attributes = attributeSet.map((set) =>
      Object.fromEntries(
        Object.entries(set)
          .filter(([name, v]) => plugin.includes(name) && v !== false)
          .map(([name, v]) => [name, CARD_ATTRIBUTES[name] == 'boolean' ? true : String(v)]),
      ),
    );
    const samples = fc.sample(
      fc.tuple(fc.oneof(validDocument, fuzzDocument, fc.constant(undefined)), attributes),
      { numRuns: RUNS, seed },
    );
    const cases = samples.flatMap(([doc, attrs]) => {
      const s = stored(doc);
      return s ? [{ attributes: attrs, ...s }] : [];
    });
    const left = compare(cases);
    const rendered = cases.filter((c) => node(c) !== null).length;
    console.log(
      `${cases.length} cases: ${rendered} rendered by renderCard(), ${left} of them left to the browser by the plugin`,
    );
    // A generated document is mostly refused; enough must render for the comparison to mean something.
    assert.ok(rendered - left > RUNS / 10, `only ${rendered - left} cards compared`);
  });
});
