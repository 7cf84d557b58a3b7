/**
 * A quality check for the people who write a card's content (`npx epidural-info-card check`, and
 * `checkContent()` from epidural-info-card/server): how hard the text is to read, what the health
 * content standards ask for that is missing, and the writing habits that make health text harder.
 * Runs in Node, never in the embed script.
 *
 * Reading age: SMOG (McLaughlin 1969), which the NHS and health-literacy research favour for
 * patient information, and Flesch–Kincaid for comparison; each gives a US school grade, and the
 * reading age is the grade + 5. Syllables are counted by `syllable` (wooorm/syllable), which counts
 * British spellings as American ones ("anaesthetic" as "anesthetic": 4).
 */
import { syllable } from 'syllable';
import { CRITERIA, NEEDS_A_PERSON } from '../check/criteria.js';
import type { CardContent } from '../content/types.js';

export { CRITERIA, NEEDS_A_PERSON };

/** Reading figures for a piece of text. */
export interface Readability {
  sentences: number;
  words: number;
  /** SMOG grade, and the reading age it means (grade + 5). */
  smog: number;
  smogAge: number;
  /** Flesch–Kincaid grade, and its reading age. */
  fleschKincaid: number;
  fleschKincaidAge: number;
}

/** One finding: what, where, and whether a standard requires it (`--strict` fails on those). */
export interface Finding {
  /** A stable code, e.g. `missing-reviewer`, `long-sentence`. */
  code: string;
  /** Where: `card`, or a section's id. */
  where: string;
  message: string;
  required: boolean;
}

/** One published criterion a machine can check (src/check/criteria.ts), and whether it is met. */
export interface CriterionResult {
  id: string;
  /** Its PEMAT-P items and CDC Clear Communication Index areas. */
  items: string;
  asks: string;
  judged: string;
  met: boolean;
  /** Why it is not met. */
  why?: string;
}

export interface CheckReport {
  card: Readability;
  sections: (Readability & { id: string; heading: string })[];
  findings: Finding[];
  /** PEMAT-P and CDC Clear Communication Index items a machine can check, each met or not. */
  criteria: CriterionResult[];
  /** How many of them the content meets, out of how many. */
  score: { met: number; of: number };
}

/*
 * Medical terms a patient may not know, and so wants explained in plain words where they first
 * appear: in brackets, or with "also known as", "called", "means", "which is", "refers to" in the
 * same sentence or the next (a heading that asks "What is an epidural injection?" is answered there).
 * Extend it for your own content; matching ignores case and British/American spelling.
 */
export const MEDICAL_TERMS = [
  'epidural',
  'anaesthetic',
  'anesthetic',
  'steroid',
  'corticosteroid',
  'fluoroscopy',
  'computed tomography',
  'vertebral',
  'dural',
  'nerve root',
  'inflammation',
  'anti-inflammatory',
  'sciatica',
  'radiculopathy',
  'stenosis',
  'haematoma',
  'hematoma',
  'haemorrhage',
  'hemorrhage',
  'lumbar',
  'cervical',
  'thoracic',
  'spinal canal',
  'invasive',
  'physiotherapy',
  'CT',
];

const EXPLAINED = /\(|also known as|called|means|which is|that is|refers to|, or /i;

const sentencesOf = (text: string) =>
  text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
const wordsOf = (text: string) => text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];

/** SMOG and Flesch–Kincaid for a list of sentences. */
export function readability(sentences: string[]): Readability {
  const words = sentences.flatMap(wordsOf);
  const counts = words.map((w) => syllable(w));
  const polysyllables = counts.filter((n) => n >= 3).length;
  const syllables = counts.reduce((a, b) => a + b, 0);
  const n = Math.max(sentences.length, 1);
  const w = Math.max(words.length, 1);
  const smog = 1.043 * Math.sqrt((polysyllables * 30) / n) + 3.1291;
  const fleschKincaid = 0.39 * (words.length / n) + 11.8 * (syllables / w) - 15.59;
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    sentences: sentences.length,
    words: words.length,
    smog: round(smog),
    smogAge: round(smog + 5),
    fleschKincaid: round(fleschKincaid),
    fleschKincaidAge: round(fleschKincaid + 5),
  };
}

/** Checks content (already valid: see validateContent) and reports, per section and for the card. */
export function checkContent(content: CardContent): CheckReport {
  const findings: Finding[] = [];
  const find = (code: string, where: string, message: string, required = false) =>
    findings.push({ code, where, message, required });
  // A term the content's list of words explained (`terms`) defines counts as explained.
  const explained = new Set<string>(
    MEDICAL_TERMS.filter((term) =>
      content.terms?.some((t) => new RegExp(`\\b${term}`, 'i').test(t.term)),
    ),
  );

  const sectionTexts = content.sections.map((s) => ({
    section: s,
    sentences: [s.heading, ...(s.paragraphs ?? []), ...(s.items ?? [])].flatMap(sentencesOf),
  }));
  const all = [
    content.title,
    content.intro ?? '',
    ...sectionTexts.flatMap((t) => t.sentences),
  ].flatMap(sentencesOf);

  const parts = [
    {
      section: { id: 'intro', items: [] as string[] },
      sentences: sentencesOf(content.intro ?? ''),
    },
    ...sectionTexts,
  ];
  for (const { section, sentences } of parts) {
    for (const [i, sentence] of sentences.entries()) {
      const words = wordsOf(sentence).length;
      if (words > 25)
        find(
          'long-sentence',
          section.id,
          `A sentence of ${words} words (over 25): "${sentence.slice(0, 60)}…"`,
        );
      for (const term of MEDICAL_TERMS) {
        if (explained.has(term) || !new RegExp(`\\b${term}`, 'i').test(sentence)) continue;
        explained.add(term);
        // A heading that asks "What is …?" is answered by its section.
        if (
          !EXPLAINED.test(`${sentence} ${sentences[i + 1] ?? ''}`) &&
          !/^what (is|are)\b/i.test(sentence)
        )
          find(
            'unexplained-term',
            section.id,
            `"${term}" is not explained in plain words where it first appears.`,
          );
      }
      if (/\d\s?%/.test(sentence) && !/\b\d+ (out of|in) \d+\b/i.test(sentence))
        find(
          'percentage',
          section.id,
          `A percentage without a natural frequency ("4 out of 5 people"): "${sentence.slice(0, 60)}…"`,
        );
    }
    if ((section.items?.length ?? 0) > 7)
      find('long-list', section.id, `A list of ${section.items!.length} items (over 7).`);
  }
  if (content.cta && /\b(be|been|being|is|are|was|were)\s+\w+ed\b/i.test(content.cta.label))
    find(
      'passive-cta',
      'card',
      `The call to action is in the passive voice: "${content.cta.label}".`,
    );

  // What the NHS Standard for creating health content, the PIF TICK and HONcode ask for.
  const headings = content.sections.map((s) => s.heading).join(' ');
  const missing: [boolean, string, string, boolean][] = [
    [
      !content.lastReviewed,
      'missing-last-reviewed',
      'No lastReviewed: show when the content was last checked.',
      true,
    ],
    [
      !content.nextReview,
      'missing-next-review',
      'No nextReview: show when it will be checked again.',
      true,
    ],
    [
      !content.reviewedBy,
      'missing-reviewer',
      'No reviewedBy: name the clinician who checked it, and their qualification.',
      true,
    ],
    [
      !content.publisher,
      'missing-publisher',
      'No publisher: name the organisation that published it.',
      true,
    ],
    [
      !content.sources?.length,
      'missing-sources',
      'No sources: list the evidence the content is based on.',
      true,
    ],
    [
      !content.disclosure,
      'missing-disclosure',
      "No disclosure: say the publisher's interest (it provides the procedure) or its funding.",
      true,
    ],
    [
      !/risk|side effect|complication/i.test(headings),
      'missing-risks',
      'No section on risks or side effects: patients need risks as well as benefits.',
      true,
    ],
    [
      !content.sections.some((s) => s.alwaysVisible) &&
        !/seek help|urgent|emergency|goes wrong|contact us/i.test(headings),
      'missing-what-if',
      'No section on what to do if something goes wrong (an always-visible callout suits it).',
      true,
    ],
  ];
  for (const [isMissing, code, message, required] of missing)
    if (isMissing) find(code, 'card', message, required);

  const card = readability(all);
  const criteria = CRITERIA.map(({ id, items, asks, judged, check }): CriterionResult => {
    const verdict = check({
      content,
      smogAge: card.smogAge,
      sentences: parts.flatMap((p) => p.sentences),
      unexplained: findings
        .filter((f) => f.code == 'unexplained-term')
        .map((f) => /"(.*?)"/.exec(f.message)![1]),
      sectionWords: sectionTexts.map((t) => readability(t.sentences).words),
    });
    return verdict === true
      ? { id, items, asks, judged, met: true }
      : { id, items, asks, judged, met: false, why: verdict };
  });
  return {
    card,
    sections: sectionTexts.map(({ section, sentences }) => ({
      id: section.id,
      heading: section.heading,
      ...readability(sentences),
    })),
    findings,
    criteria,
    score: { met: criteria.filter((c) => c.met).length, of: criteria.length },
  };
}

/** The report as the command line prints it. */
export function formatReport(report: CheckReport): string {
  const age = (r: Readability) =>
    `reading age ${r.smogAge} (SMOG grade ${r.smog}; Flesch–Kincaid ${r.fleschKincaidAge}, grade ${r.fleschKincaid}), ${r.sentences} sentences, ${r.words} words`;
  const lines = [
    `Whole card: ${age(report.card)}`,
    'The NHS aims for a reading age of 9 to 11 (11 to 14 where medical terms make that hard).',
    '',
    ...report.sections.map((s) => `Section ${s.id} ("${s.heading}"): ${age(s)}`),
    '',
    `${report.findings.length} finding${report.findings.length == 1 ? '' : 's'}:`,
    ...report.findings.map(
      (f) => `  ${f.required ? 'required' : 'advice  '}  ${f.where}: ${f.message}`,
    ),
    '',
    `PEMAT-P and the CDC Clear Communication Index: ${report.score.met} of ${report.score.of} of the items a machine can check are met.`,
    ...report.criteria.map(
      (c) =>
        `  ${c.met ? 'met    ' : 'not met'}  ${c.asks} (${c.items})${c.why ? ` ${c.why}` : ''}`,
    ),
    `Not checked (they need a person): ${NEEDS_A_PERSON}`,
  ];
  return `${lines.join('\n')}\n`;
}
