// The writers' check (epidural-info-card/check and `npx epidural-info-card check`): reading ages by
// the published formulas, the findings a writer acts on, and --strict failing on a missing reviewer.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkContent, readability } from '../../dist/server/check.js';
import { builtInContent } from '../../dist/esm/content/built-in-content.js';

const cli = (...args) =>
  spawnSync(process.execPath, ['dist/server/cli.js', 'check', ...args], { encoding: 'utf8' });
const codes = (report) => report.findings.map((f) => `${f.where} ${f.code}`);

/* Content with everything the standards ask for. */
const complete = {
  ...builtInContent,
  sections: [
    ...builtInContent.sections,
    { id: 'risks', heading: 'Risks and side effects', paragraphs: ['Your doctor explains them.'] },
    { id: 'help', heading: 'When to seek help', paragraphs: ['Call us.'], alwaysVisible: true },
  ],
  lastReviewed: '2026-11-02',
  nextReview: '2027-11-02',
  reviewedBy: { name: 'Dr A. Example', role: 'Consultant' },
  publisher: { name: 'A clinic' },
  sources: [{ title: 'NHS', url: 'https://www.nhs.uk/' }],
  disclosure: 'The clinic provides this procedure.',
};

describe('the writers’ check', () => {
  it('computes SMOG and Flesch–Kincaid by their formulas, with reading age = grade + 5', () => {
    // One sentence of three words: me-di-ca-tion (4), al-le-vi-a-tion (5), in-flam-ma-tion (4).
    const r = readability(['Medication alleviation inflammation.']);
    assert.equal(r.smog, Math.round((1.043 * Math.sqrt(3 * 30) + 3.1291) * 10) / 10);
    assert.equal(r.smogAge, Math.round((1.043 * Math.sqrt(90) + 3.1291 + 5) * 10) / 10);
    assert.equal(r.fleschKincaid, Math.round((0.39 * 3 + (11.8 * 13) / 3 - 15.59) * 10) / 10);
  });

  it('reads British spellings as their American twins', () => {
    const british = readability(['The anaesthetic may cause a haemorrhage in paediatric care.']);
    const american = readability(['The anesthetic may cause a hemorrhage in pediatric care.']);
    assert.deepEqual(british, american);
  });

  it('finds long sentences and lists, unexplained terms, bare percentages and a passive call to action', () => {
    const report = checkContent({
      ...complete,
      intro: undefined,
      sections: [
        {
          id: 'a',
          heading: 'A',
          paragraphs: [
            'Sciatica may follow.',
            'About 80% of people feel better.',
            'Stenosis (a narrowing of the spinal canal) may too.',
            'About 4 out of 5 people, 80%, feel better.',
            `This ${'very '.repeat(24)}long sentence.`,
          ],
          items: ['1', '2', '3', '4', '5', '6', '7', '8'],
        },
        ...complete.sections.slice(-2),
      ],
      cta: { label: 'Appointments can be booked here', href: '/book' },
    });
    assert.deepEqual(codes(report), [
      'a unexplained-term',
      'a percentage',
      'a long-sentence',
      'a long-list',
      'card passive-cta',
    ]);
    assert.match(report.findings[0].message, /^"sciatica" is not explained/);
  });

  it('reports the built-in text, per section and for the card, and what the standards ask for', () => {
    const report = checkContent(builtInContent);
    assert.deepEqual(
      report.sections.map((s) => s.id),
      builtInContent.sections.map((s) => s.id),
    );
    assert.ok(report.card.smogAge > 9 && report.card.words > 100);
    for (const code of [
      'missing-reviewer',
      'missing-next-review',
      'missing-publisher',
      'missing-risks',
    ])
      assert.ok(
        report.findings.some((f) => f.code == code && f.required),
        code,
      );
    assert.deepEqual(
      checkContent(complete).findings.filter((f) => f.required),
      [],
    );
  });

  it('prints it, as JSON with --json, and fails --strict on content missing a reviewer', () => {
    const text = cli();
    assert.equal(text.status, 0);
    assert.match(text.stdout, /^Whole card: reading age [\d.]+ \(SMOG grade/);
    const json = cli('--json');
    assert.deepEqual(JSON.parse(json.stdout), checkContent(builtInContent));
    const dir = mkdtempSync(join(tmpdir(), 'check-'));
    const { reviewedBy, ...noReviewer } = complete;
    void reviewedBy;
    writeFileSync(join(dir, 'good.json'), JSON.stringify(complete));
    writeFileSync(join(dir, 'no-reviewer.json'), JSON.stringify(noReviewer));
    assert.equal(cli(join(dir, 'good.json'), '--strict').status, 0);
    const strict = cli(join(dir, 'no-reviewer.json'), '--strict');
    assert.equal(strict.status, 1);
    assert.match(strict.stdout, /required {2}card: No reviewedBy/);
  });
});

describe('PEMAT-P and the CDC Clear Communication Index: the items a machine can check', () => {
  const verdicts = (report) =>
    Object.fromEntries(report.criteria.map((c) => [c.id, c.met ? 'met' : c.why]));

  it("scores the built-in text 8 of 10: the two it misses are the host's to give (an action, the risks)", () => {
    const report = checkContent(builtInContent);
    assert.deepEqual(report.score, { met: 8, of: 10 });
    assert.deepEqual(
      report.criteria.filter((c) => !c.met).map((c) => c.id),
      ['action', 'risks'],
    );
    // Each names the published items it stands for.
    for (const c of report.criteria) assert.match(c.items, /PEMAT-P \d|CDC /);
  });

  it('meets all 10 for content with an action and its risks', () => {
    assert.deepEqual(checkContent({ ...complete, cta: { label: 'Book', href: '/book' } }).score, {
      met: 10,
      of: 10,
    });
  });

  it('fails each item, naming why, for content that breaks every rule', () => {
    const report = checkContent({
      lang: 'en-GB',
      title: 'Epidural steroid injections',
      sections: [
        {
          id: 'overview',
          heading: 'Overview',
          paragraphs: [
            `Fluoroscopy is utilised. ${'Corticosteroid administration was performed. '.repeat(20)}Improvement was reported by 30% of patients, which is three times as many.`,
          ],
        },
      ],
    });
    assert.deepEqual(verdicts(report), {
      'main-message-first': 'No introduction before the sections.',
      summary: 'The introduction has 0 sentences (a summary has 1 to 3).',
      'everyday-language': `Reading age ${report.card.smogAge} (over 12).`,
      'terms-defined': 'Not explained: "fluoroscopy", "corticosteroid".',
      'active-voice': '22 of 23 sentences are passive, e.g. "Fluoroscopy is utilised.".',
      numbers: 'Arithmetic for the reader: "Improvement was reported by 30% of patients, which…".',
      chunked: 'One section: break the text into short ones.',
      action: 'No call to action and no section of what to do.',
      'addresses-reader': 'The text never says "you".',
      risks: 'No section on risks or side effects.',
    });
    assert.deepEqual(report.score, { met: 0, of: 10 });
  });

  it('counts a word listed in terms as explained', () => {
    const text = {
      ...complete,
      sections: [{ id: 'a', heading: 'A', paragraphs: ['Fluoroscopy guides the needle.'] }],
    };
    assert.equal(verdicts(checkContent(text))['terms-defined'], 'Not explained: "fluoroscopy".');
    assert.equal(
      verdicts(
        checkContent({ ...text, terms: [{ term: 'Fluoroscopy', definition: 'Moving X-rays.' }] }),
      )['terms-defined'],
      'met',
    );
  });

  it('prints the score and each item, with what needs a person; --json carries them', () => {
    const printed = cli();
    assert.match(
      printed.stdout,
      /PEMAT-P and the CDC Clear Communication Index: 8 of 10 of the items a machine can check are met\./,
    );
    assert.match(
      printed.stdout,
      /^ {2}not met {2}The risks, as well as the benefits\. \(CDC risk\)/m,
    );
    assert.match(printed.stdout, /^Not checked \(they need a person\): PEMAT-P 2/m);
    const json = JSON.parse(cli('--json').stdout);
    assert.deepEqual(json.score, { met: 8, of: 10 });
    assert.equal(json.criteria.length, 10);
  });
});

describe('content with mistakes, as render and check read it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mistakes-'));
  const file = join(dir, 'card.json');
  // Four mistakes: an unknown field, no title, a date that does not exist, a javascript: link.
  writeFileSync(
    file,
    JSON.stringify({
      lang: 'en-GB',
      paragraph: ['x'],
      lastReviewed: '2026-13-01',
      sections: [{ id: 'a', heading: 'A' }],
      cta: { label: 'Go', href: 'javascript:alert(1)' },
    }),
  );
  const expected = [
    /^content\.paragraph is not a known field/,
    /^content\.title is required\.$/,
    /^content\.lastReviewed is no day of the calendar: "2026-13-01"\.$/,
    /^content\.cta\.href was dropped: links must be/,
  ];
  const lines = (stderr) => stderr.trimEnd().split('\n');

  for (const command of ['render', 'check']) {
    it(`${command}: every problem, one a line, each naming the file, and status 1`, () => {
      const run =
        command == 'check'
          ? cli(file)
          : spawnSync(process.execPath, ['dist/server/cli.js', 'render', '--content', file], {
              encoding: 'utf8',
            });
      assert.equal(run.status, 1);
      assert.equal(run.stdout, '');
      const said = lines(run.stderr);
      assert.equal(said.length, 4, run.stderr);
      said.forEach((line, i) => {
        assert.ok(line.startsWith(`${file}: `), line);
        assert.match(line.slice(file.length + 2), expected[i]);
      });
    });
  }

  it('check --json: the problems as JSON on standard output', () => {
    const run = cli(file, '--json');
    assert.equal(run.status, 1);
    const { file: named, problems } = JSON.parse(run.stdout);
    assert.equal(named, file);
    assert.deepEqual(
      problems.map((p) => p.reason),
      ['invalid-content', 'invalid-content', 'invalid-content', 'unsafe-url'],
    );
  });

  it('a folder or a missing file is named, with what is wrong', () => {
    assert.equal(cli(dir).stderr, `epidural-info-card: ${dir}: a folder, not a file\n`);
    assert.equal(
      cli(join(dir, 'none.json')).stderr,
      `epidural-info-card: ${join(dir, 'none.json')}: no such file\n`,
    );
  });

  it('says "1 finding", not "1 findings"', async () => {
    const { formatReport } = await import('../../dist/server/check.js');
    const report = checkContent(builtInContent);
    const one = formatReport({ ...report, findings: report.findings.slice(0, 1) });
    assert.match(one, /^1 finding:$/m);
  });
});

describe('the README', () => {
  it("shows the built-in text's report as the check prints it", async () => {
    const { formatReport } = await import('../../dist/server/check.js');
    const { readFileSync } = await import('node:fs');
    assert.ok(
      readFileSync('README.md', 'utf8').includes(
        formatReport(checkContent(builtInContent)).trimEnd(),
      ),
      'README report out of date: paste `node dist/server/cli.js check`',
    );
  });
});
