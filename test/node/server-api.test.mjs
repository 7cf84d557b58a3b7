// epidural-info-card/server on a listing page: a bad card gives a CardRenderError with the
// browser's reason codes, or, through tryRenderCard(), the card the browser would show for it and
// its problems, so that one bad card never stops the other six.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { builtInContent } from '../../dist/esm/content/built-in-content.js';
import { CardRenderError, renderCard, tryRenderCard } from '../../dist/server/index.js';

const clinic = (n) => ({ ...builtInContent, title: `Clinic ${n}` });

describe('epidural-info-card/server: a bad card', () => {
  it('throws a CardRenderError with the reason, every problem, and words for a refusal', () => {
    const error = (() => {
      try {
        renderCard({
          attributes: { id: 'c7', theme: 'purple', 'cta-href': 'javascript:alert(1)' },
        });
      } catch (e) {
        return e;
      }
    })();
    assert.ok(error instanceof CardRenderError);
    assert.equal(error.reason, 'unsafe-url');
    assert.deepEqual(
      error.problems.map((p) => p.reason),
      ['unsafe-url', 'invalid-theme'],
    );
    assert.equal(error.card, '<epidural-info-card id="c7">');
    assert.match(
      error.message,
      /^<epidural-info-card id="c7">: cta-… \/ provider-… attributes: content\.cta\.href was refused: /,
    );
    assert.match(error.message, /\(and 1 more: see problems\)$/);
    assert.equal(error.problems[1].message, 'theme must be light, dark or auto, not "purple".');
  });

  it('tryRenderCard(): six good cards as renderCard() prints them, the seventh as the browser shows it', () => {
    const pages = [1, 2, 3, 4, 5, 6].map((n) => ({
      content: clinic(n),
      attributes: { id: `c${n}` },
    }));
    pages.push({
      content: { ...clinic(7), titel: 'typo' },
      attributes: { id: 'c7', 'open-sections': 'benefits' },
    });
    const results = pages.map((options) => tryRenderCard(options));
    results.slice(0, 6).forEach((result, i) => {
      assert.deepEqual(result.problems, []);
      assert.equal(result.html, renderCard(pages[i]));
    });
    const bad = results[6];
    assert.equal(bad.problems.length, 1);
    assert.equal(bad.problems[0].reason, 'invalid-content');
    assert.match(bad.problems[0].message, /^content\.titel is not a known field/);
    // As the browser shows it: no procedure's text (never the built-in text) but a notice, and
    // the content as its JSON child, which the browser refuses again in its own words.
    assert.match(
      bad.html,
      /^<epidural-info-card id="c7" open-sections="benefits">\n<template shadowrootmode="open"><style>[^<]*<\/style><p class="card" part="card">This information could not be shown\.<\/p><\/template><script type="application\/json">\{/,
    );
    assert.deepEqual(
      JSON.parse(/<script type="application\/json">(.*)<\/script>/.exec(bad.html)[1]),
      pages[6].content,
    );
  });

  it('tryRenderCard(): a refused link is left out, a bad option takes its default, an unknown attribute is ignored', () => {
    const content = { ...clinic(1), cta: { label: 'Book', href: 'javascript:alert(1)' } };
    const { html, problems } = tryRenderCard({
      content,
      attributes: {
        'heading-level': 9,
        theme: 'purple',
        'open-sections': 'risks benefits',
        onclick: 'x',
      },
    });
    assert.deepEqual(
      problems.map((p) => p.reason),
      [
        'unknown-attribute',
        'unsafe-url',
        'invalid-heading-level',
        'invalid-theme',
        'unknown-section',
      ],
    );
    // What the browser says where it takes a default.
    assert.match(problems[2].message, /; using 2\.$/);
    const { cta, ...withoutCta } = content;
    void cta;
    assert.equal(
      html.replace(/ heading-level="9"| theme="purple"|risks /g, ''),
      renderCard({ content: withoutCta, attributes: { 'open-sections': 'benefits' } }),
    );
  });
});

describe('content past its next review date', () => {
  const late = { ...clinic(1), nextReview: '2020-01-31' };

  it('renderCard() renders it and warns; tryRenderCard() lists it; the CLI says so and prints the card', () => {
    const warned = [];
    const original = console.warn;
    console.warn = (message) => warned.push(message);
    let html;
    try {
      html = renderCard({ content: late });
    } finally {
      console.warn = original;
    }
    assert.match(
      html,
      /Next review due<\/dt><dd><time role="none" datetime="2020-01-31">31 January 2020<\/time>/,
    );
    assert.equal(warned.length, 1);
    assert.match(warned[0], /^<epidural-info-card>: content\.nextReview 2020-01-31 has passed/);
    const { html: same, problems } = tryRenderCard({ content: late });
    assert.equal(same, html);
    assert.deepEqual(
      problems.map((p) => p.reason),
      ['review-overdue'],
    );
    const file = join(mkdtempSync(join(tmpdir(), 'late-')), 'late.json');
    writeFileSync(file, JSON.stringify(late));
    const run = spawnSync(process.execPath, ['dist/server/cli.js', 'render', '--content', file], {
      encoding: 'utf8',
    });
    assert.equal(run.status, 0);
    assert.equal(run.stdout, `${html}\n`);
    assert.match(run.stderr, /content\.nextReview 2020-01-31 has passed/);
  });
});

describe('the same content card after card (what a server remembers)', () => {
  it('renders a content object changed between cards as it now is, and refuses it once it is wrong', () => {
    const content = structuredClone(clinic(2));
    assert.match(renderCard({ content }), /Clinic 2/);
    content.title = 'Changed between cards';
    const changed = renderCard({ content });
    assert.match(changed, /Changed between cards/);
    assert.doesNotMatch(changed, /Clinic 2/);
    content.sections[0].heading = 42;
    assert.throws(() => renderCard({ content }), CardRenderError);
    content.sections[0].heading = builtInContent.sections[0].heading;
    assert.equal(renderCard({ content }), changed);
  });

  it('writes a card it remembers exactly as it wrote it first, for each set of open sections', () => {
    const ids = builtInContent.sections.filter((s) => !s.alwaysVisible).map((s) => s.id);
    const options = (i) => ({
      content: clinic(i % 7),
      attributes: { 'open-sections': ids[i % ids.length], 'heading-level': 2 + (i % 3) },
    });
    const first = Array.from({ length: 84 }, (_, i) => renderCard(options(i)));
    assert.equal(new Set(first).size, 84);
    // More drawings than it keeps (500): these are drawn again, then remembered again.
    for (let i = 0; i < 600; i++) renderCard({ content: clinic(`other ${i}`) });
    for (let round = 0; round < 2; round++)
      first.forEach((html, i) => assert.equal(renderCard(options(i)), html));
  });
});

describe('the command line, first contact', () => {
  const cli = (...args) =>
    spawnSync(process.execPath, ['dist/server/cli.js', ...args], { encoding: 'utf8' });

  it('--version prints the package version', () => {
    const run = cli('--version');
    assert.equal(run.status, 0);
    assert.equal(run.stdout, `${JSON.parse(readFileSync('package.json', 'utf8')).version}\n`);
  });

  it('refuses a bad option in words that say so, prints every problem and no card', () => {
    const run = cli('render', '--theme', 'purple', '--heading-level', '9', '--id', 'c7');
    assert.equal(run.status, 1);
    assert.equal(run.stdout, '');
    assert.equal(
      run.stderr,
      '<epidural-info-card id="c7">: heading-level must be 1–6, not "9".\n' +
        '<epidural-info-card id="c7">: theme must be light, dark or auto, not "purple".\n',
    );
  });
});
