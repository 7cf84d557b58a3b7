/**
 * The published criteria for understandable health information that a machine can check on a
 * card's content, as data: each names its source item, what it asks, and how it is judged here.
 * The writers' check (src/server/check.ts) runs them and scores the content out of them.
 *
 * - PEMAT-P: the Patient Education Materials Assessment Tool for printable materials (AHRQ,
 *   Shoemaker, Wolf and Brach 2014), understandability items 1–19 and actionability items 20–26.
 * - CDC Clear Communication Index (Centers for Disease Control and Prevention): named by its
 *   areas (main message and call to action, language, information design, behavioural
 *   recommendations, numbers, risk), not by item number.
 *
 * Only the items a machine can judge from the text alone are here; NEEDS_A_PERSON lists the rest,
 * which this check does not claim to cover.
 */
import type { CardContent } from '../content/types.js';

/** What a criterion is judged on: the content, and the measures the check has already taken. */
export interface Measures {
  content: CardContent;
  /** The whole card's SMOG reading age. */
  smogAge: number;
  /** Every sentence the reader meets in the sections, with the section it is in. */
  sentences: string[];
  /** Medical terms not explained where they first appear (the check's unexplained-term findings). */
  unexplained: string[];
  /** Words in each section. */
  sectionWords: number[];
}

export interface Criterion {
  /** A stable id, e.g. `pemat-4`. */
  id: string;
  /** The items it stands for, e.g. `PEMAT-P 4; CDC 9`. */
  items: string;
  /** What the items ask, in a line. */
  asks: string;
  /** How this check judges it, in a line. */
  judged: string;
  /** Whether the content meets it; a reason when it does not. */
  check: (m: Measures) => true | string;
}

/* A sentence in the passive voice: a form of "be", then a past participle (-ed, or a common irregular one). */
const PASSIVE =
  /\b(am|is|are|was|were|be|been|being)\s+(\w+ly\s+)?(\w+ed|given|done|made|seen|known|taken|shown|written|found|held|put|kept|left|told)\b/i;

/* Arithmetic a reader would have to do: a percentage or a rate to turn into a count, "times as". */
const ARITHMETIC = /\d\s?%|per ?cent|\b\d+(\.\d+)?\s*(times|x)\s+(more|less|as)\b|\bratio\b/i;
/* A sentence quoted in a reason: its first 50 characters. */
const quote = (s: string) => `"${s.length > 50 ? `${s.slice(0, 50)}…` : s}"`;

/* A number as people use it: "1 in 10", "4 out of 5". */
const FREQUENCY = /\b\d+ (out of|in) \d+\b/i;

export const CRITERIA: Criterion[] = [
  {
    id: 'main-message-first',
    items: 'PEMAT-P 1; CDC main message',
    asks: 'The purpose and the main message are evident, at the top.',
    judged: 'A title, then an introduction before the first section.',
    check: ({ content }) => !!content.intro?.trim() || 'No introduction before the sections.',
  },
  {
    id: 'summary',
    items: 'PEMAT-P 11; CDC information design',
    asks: 'A summary of the main points.',
    judged: 'The introduction is short enough to be one: three sentences at most.',
    check: ({ content }) => {
      const n = content.intro?.split(/(?<=[.!?])\s+/).filter(Boolean).length ?? 0;
      return (n > 0 && n <= 3) || `The introduction has ${n} sentences (a summary has 1 to 3).`;
    },
  },
  {
    id: 'everyday-language',
    items: 'PEMAT-P 3; CDC language',
    asks: 'Common, everyday language.',
    judged: 'A reading age of 12 or under (SMOG) for the whole card.',
    check: ({ smogAge }) => smogAge <= 12 || `Reading age ${smogAge} (over 12).`,
  },
  {
    id: 'terms-defined',
    items: 'PEMAT-P 4; CDC language',
    asks: 'Medical terms are defined where they are used.',
    judged: 'Every medical term the check knows is explained where it first appears, or in terms.',
    check: ({ unexplained }) =>
      !unexplained.length || `Not explained: ${unexplained.map((t) => `"${t}"`).join(', ')}.`,
  },
  {
    id: 'active-voice',
    items: 'PEMAT-P 5; CDC language',
    asks: 'The active voice.',
    judged: 'No more than 1 sentence in 10 in the passive voice.',
    check: ({ sentences }) => {
      const passive = sentences.filter((s) => PASSIVE.test(s));
      return (
        passive.length * 10 <= sentences.length ||
        `${passive.length} of ${sentences.length} sentences are passive, e.g. ${quote(passive[0])}.`
      );
    },
  },
  {
    id: 'numbers',
    items: 'PEMAT-P 6, 7; CDC numbers',
    asks: 'Numbers are clear, and the reader has no calculation to do.',
    judged: 'No percentage, rate or "times as" without a count such as "1 in 10".',
    check: ({ sentences }) => {
      const sums = sentences.filter((s) => ARITHMETIC.test(s) && !FREQUENCY.test(s));
      return !sums.length || `Arithmetic for the reader: ${quote(sums[0])}.`;
    },
  },
  {
    id: 'chunked',
    items: 'PEMAT-P 8; CDC information design',
    asks: 'Information in short sections.',
    judged: 'At least two sections, none over 150 words.',
    check: ({ sectionWords }) => {
      const long = sectionWords.filter((n) => n > 150).length;
      return sectionWords.length < 2
        ? 'One section: break the text into short ones.'
        : !long || `${long} section${long == 1 ? '' : 's'} over 150 words.`;
    },
  },
  {
    id: 'action',
    items: 'PEMAT-P 20; CDC call to action, behavioural recommendations',
    asks: 'At least one action the reader can take.',
    judged: 'A call to action, or a section always shown (what to do, e.g. when to get help).',
    check: ({ content }) =>
      !!content.cta ||
      content.sections.some((s) => s.alwaysVisible) ||
      'No call to action and no section of what to do.',
  },
  {
    id: 'addresses-reader',
    items: 'PEMAT-P 21',
    asks: 'It speaks to the reader directly when it describes what to do.',
    judged: 'The text says "you" or "your".',
    check: ({ sentences }) =>
      sentences.some((s) => /\byou(r|rs|rself)?\b/i.test(s)) || 'The text never says "you".',
  },
  {
    id: 'risks',
    items: 'CDC risk',
    asks: 'The risks, as well as the benefits.',
    judged: 'A section whose heading names risks, side effects or complications.',
    check: ({ content }) =>
      content.sections.some((s) => /risk|side effect|complication/i.test(s.heading)) ||
      'No section on risks or side effects.',
  },
];

/** The items that need a person's judgement, which this check does not score. */
export const NEEDS_A_PERSON =
  'PEMAT-P 2 (nothing distracting), 9 (informative headings), 10 (a logical order), 12 and 15–19 (visual cues and aids), 22–26 (steps, tools, charts); the CDC index on visuals, on what the authorities know and do not know, and on whether the behaviour asked is clear; and whether the text is true and complete.';
