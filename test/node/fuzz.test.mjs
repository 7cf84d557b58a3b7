// Fuzz runs in Node, where they are cheap: 10 000 generated documents through the validator and
// renderCard() every CI run, hostile attribute sets, and the CLI's arguments. Against the build
// (npm test builds first). FUZZ_SEED=… repeats a run; the seed is printed on failure.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  MAX_CONTENT_LENGTH,
  parseContent,
  validateContent,
} from '../../dist/esm/content/validate.js';
import { CARD_ATTRIBUTES, CardRenderError, renderCard } from '../../dist/server/index.js';
import { attributeSet, fuzzDocument } from '../fuzz/arbitraries.mjs';

const seed = Number(process.env.FUZZ_SEED) || Date.now() % 2 ** 31;
const RUNS = 10_000;
console.log(`fuzz seed ${seed} (FUZZ_SEED=${seed} repeats this run)`);

/* Where a message says the problem is: a field's path, or the document as a whole. */
const NAMED = /^content( must be | has \d+ characters|\.|\[)/;

/* The JSON child renderCard() wrote, as the browser will read it. */
const jsonChild = (html) => /<script type="application\/json">(.*?)<\/script>/s.exec(html)?.[1];

const attributesOf = (html) =>
  [...html.slice(0, html.indexOf('>')).matchAll(/ ([^\s=]+)(?:="[^"]*")?/g)].map((m) => m[1]);

describe('fuzz: validateContent', () => {
  it(`never throws, names the field of every problem, takes nothing over the limit (${RUNS} documents)`, () => {
    let accepted = 0;
    fc.assert(
      fc.property(fuzzDocument, (doc) => {
        const { content, problems } = validateContent(doc);
        for (const { message } of problems) {
          assert.match(message, NAMED);
          assert.ok(message.length < 600, `a message of ${message.length} characters`);
        }
        if (content) {
          accepted += 1;
          assert.ok(JSON.stringify(content).replace(/</g, '\\u003c').length <= MAX_CONTENT_LENGTH);
          assert.deepEqual(validateContent(content), { content, problems: [] });
        }
        assert.equal({}.polluted, undefined);
      }),
      { numRuns: RUNS, seed },
    );
    assert.ok(accepted > RUNS / 10, `only ${accepted} documents accepted`);
  });
});

describe('fuzz: renderCard', () => {
  it(`what it accepts, the browser's parser takes back unchanged (${RUNS} documents)`, () => {
    let rendered = 0;
    fc.assert(
      fc.property(fuzzDocument, fc.option(attributeSet, { freq: 3 }), (doc, attributes) => {
        let html;
        try {
          html = renderCard({ content: doc, attributes: attributes ?? undefined });
        } catch (error) {
          assert.ok(error instanceof CardRenderError, `${error?.name}: ${error?.message}`);
          assert.match(error.message, /^<epidural-info-card( id=".*"…?)?>: /);
          return;
        }
        rendered += 1;
        const child = jsonChild(html);
        if (doc === undefined) assert.equal(child, undefined);
        else {
          assert.ok(child.length <= MAX_CONTENT_LENGTH, `a JSON child of ${child.length}`);
          const read = parseContent(child);
          assert.deepEqual(read.problems, []);
          // As JSON carries it: -0 arrives as 0, which a reader sees as the same "0".
          assert.deepEqual(read.content, JSON.parse(JSON.stringify(validateContent(doc).content)));
        }
        for (const name of attributesOf(html).slice(1)) {
          assert.ok(
            Object.hasOwn(CARD_ATTRIBUTES, name) ||
              /^(id|class|lang|dir|title|hidden|data-[\w.-]+|aria-[a-z]+)$/.test(name),
            `attribute ${name}`,
          );
        }
      }),
      { numRuns: RUNS, seed },
    );
    assert.ok(rendered > RUNS / 20, `only ${rendered} documents rendered`);
  });

  it(`takes only its own attributes, and only text, numbers or true (${RUNS} attribute sets)`, () => {
    fc.assert(
      fc.property(attributeSet, (attributes) => {
        let html;
        try {
          html = renderCard({ attributes });
        } catch (error) {
          assert.ok(error instanceof CardRenderError, `${error?.name}: ${error?.message}`);
          assert.ok(error.message.length < 600);
          return;
        }
        assert.doesNotMatch(html, /\[object |constructor=|toString=|__proto__=/);
      }),
      { numRuns: RUNS, seed },
    );
  });
});

/* Whether -h or --help stands where an option goes (not as the value after one that takes one). */
function asksHelp(rest) {
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] == '--help' || rest[i] == '-h') return true;
    const name = rest[i].slice(2);
    if (['content', 'id', 'stylesheet'].includes(name) || CARD_ATTRIBUTES[name] == 'value') i++;
  }
  return false;
}

describe('fuzz: the CLI', () => {
  const words = fc.oneof(
    fc.constantFrom(
      ...Object.keys(CARD_ATTRIBUTES).map((name) => `--${name}`),
      '--id',
      '--content',
      '--stylesheet',
      '--help',
      '-h',
      '--toString',
      '--constructor',
      '--__proto__',
      '-',
      'dark',
      'all',
      '7',
      'https://',
      'no-such-file.json',
    ),
    fc.string({ maxLength: 6 }),
  );
  it('answers every command line with a card, its help, or its messages on stderr (60 runs)', () => {
    fc.assert(
      fc.property(fc.array(words, { maxLength: 5 }), (rest) => {
        const run = spawnSync(process.execPath, ['dist/server/cli.js', 'render', ...rest], {
          input: '{"lang":"en","title":"T","sections":[{"id":"a","heading":"A"}]}',
          encoding: 'utf8',
        });
        assert.doesNotMatch(run.stderr, /\n\s+at /, 'a stack trace');
        if (run.status == 0) {
          assert.match(run.stdout, /^(<epidural-info-card[ >]|Usage: )/);
          // Help only where --help or -h stands as an option, never as an option's value.
          assert.equal(run.stdout.startsWith('Usage'), asksHelp(rest), rest.join(' '));
        } else {
          assert.equal(run.status, 1);
          assert.match(run.stderr, /^(epidural-info-card: |<epidural-info-card( id=".*"…?)?>: )/);
        }
      }),
      { numRuns: 60, seed },
    );
  });
});
