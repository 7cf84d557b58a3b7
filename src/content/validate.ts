import { jsonText } from './json-text.js';
import type { CardContent } from './types.js';
import { englishStrings } from './ui-strings.js';

/** Something wrong with content from the host, and where. */
export interface ContentProblem {
  /**
   * `unsafe-url` drops only the link; every other reason (`invalid-json`, `too-large`,
   * `invalid-content`, and for a `src`, `fetch-failed` or `timeout`) rejects the whole document.
   */
  reason:
    | 'review-overdue'
    | 'invalid-json'
    | 'too-large'
    | 'invalid-content'
    | 'unsafe-url'
    | 'invalid-src'
    | 'fetch-failed'
    | 'timeout';
  /** What is wrong, starting with the path of the field: `content.sections[2].id must be …`. */
  message: string;
}

export interface ValidationResult {
  /** A clean copy of the content, or undefined when it was rejected. */
  content?: CardContent;
  problems: ContentProblem[];
}

/**
 * The most content the card takes, in characters, on every route: a JSON text (script child,
 * `src`, the CLI's file) as it is, and content given as an object (the property, renderCard()) as
 * the JSON a page carries it in (jsonText(): compact, every "<" as six characters). So whatever a
 * server renders, its JSON child is within the limit when the browser reads it.
 */
export const MAX_CONTENT_LENGTH = 100_000;

/** The most problems listed for one document: past them, one more says there are more. */
const MAX_PROBLEMS = 20;

class TooMany extends Error {}

type Check = (value: unknown, path: string) => unknown;

/*
 * The problems of the document being checked, in field order. Every problem that rejects it is
 * listed, and checking goes on with the next field, so a writer mends them all at once. A
 * rejected value is undefined, as a dropped link is.
 */
let listed: ContentProblem[] = [];
const reject = (message: string): undefined => {
  if (listed.length == MAX_PROBLEMS) throw new TooMany();
  listed.push({ reason: 'invalid-content', message: `${message}.` });
};

/*
 * A value as a message shows it, in at most about 40 characters. Never serialised whole: a value
 * may be 20 000 arrays deep, a BigInt, or megabytes long.
 */
export const describe = (value: unknown): string =>
  typeof value == 'string'
    ? JSON.stringify(value.slice(0, 40)) + (value.length > 40 ? '…' : '')
    : Array.isArray(value)
      ? `an array of ${value.length}`
      : typeof value == 'object' && value
        ? 'an object'
        : typeof value == 'bigint'
          ? `${value}n`
          : typeof value == 'function'
            ? 'a function'
            : String(value);

/* A check that passes the value through when `test` holds, and rejects the document otherwise. */
const is =
  (test: (value: unknown) => boolean, expected: string): Check =>
  (value, path) =>
    test(value) ? value : reject(`${path} must be ${expected}, not ${describe(value)}`);

const matching = (pattern: RegExp, expected: string) =>
  is((v) => typeof v == 'string' && pattern.test(v), expected);
const text = matching(/\S/, 'a non-empty string');
const flag = is((v) => typeof v == 'boolean', 'true or false');
// Finite: JSON has no Infinity (it would travel as null, and be rejected on arrival).
const score = is((v) => Number.isFinite(v) && (v as number) >= 0, 'a number ≥ 0');
const dateShape = matching(/^\d{4}-\d\d-\d\d$/, 'a date as YYYY-MM-DD');
/* A day of the calendar: no 30 February, which engines read differently (V8 as 2 March). */
const isoDate: Check = (value, path) => {
  const date = dateShape(value, path) as string | undefined;
  if (date === undefined) return;
  const [y, m, d] = date.split('-').map(Number);
  return m > 0 && m < 13 && d > 0 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate()
    ? date
    : reject(`${path} is no day of the calendar: ${describe(date)}`);
};

/*
 * A link: https:, http:, mailto:, tel: or relative. Whatever stands before the first ":", if it
 * comes ahead of any "/", "?" or "#", is a scheme and must be one of those four exactly, so
 * "java\tscript:" and " javascript:" (which browsers would run) fail too. And it must be a URL
 * a browser can follow ("https://" is not): one that fails is dropped and reported; the rest of
 * the content stays.
 */
const link: Check = (value, path) => {
  const href = text(value, path) as string | undefined;
  if (href === undefined) return;
  const scheme = /^([^:/?#]*):/.exec(href);
  try {
    if ((!scheme || /^(https?|mailto|tel)$/i.test(scheme[1])) && new URL(href, 'http://a.invalid'))
      return value;
  } catch {
    // Not a URL: dropped below.
  }
  listed.push({
    reason: 'unsafe-url',
    message: `${path} was dropped: links must be https:, http:, mailto:, tel: or relative, not ${describe(value)}.`,
  });
  return undefined;
};

const list =
  (item: Check, min = 0): Check =>
  (value, path) =>
    Array.isArray(value) && value.length >= min
      ? value.map((entry, i) => item(entry, `${path}[${i}]`)).filter((entry) => entry !== undefined)
      : reject(`${path} must be an array${min ? ' with an entry' : ''}, not ${describe(value)}`);

/*
 * An object with known fields only: a typo ("paragraph") is reported rather than silently showing
 * nothing. Required fields are listed first, before a "|". An object whose required link was
 * dropped as unsafe is dropped with it.
 */
const record =
  (fields: Record<string, Check>, required = 0): Check =>
  (value, path) => {
    if (Object.prototype.toString.call(value) != '[object Object]')
      return reject(`${path} must be an object, not ${describe(value)}`);
    const known = Object.keys(fields);
    for (const key in value as object) {
      if (!known.includes(key))
        reject(`${path}.${key.slice(0, 40)} is not a known field (known: ${known})`);
    }
    const clean: Record<string, unknown> = {};
    let whole = true;
    for (const [i, key] of known.entries()) {
      const field = (value as Record<string, unknown>)[key];
      if (field === undefined) {
        if (i < required) whole = reject(`${path}.${key} is required`) ?? false;
        continue;
      }
      clean[key] = fields[key](field, `${path}.${key}`);
      if (clean[key] === undefined) {
        whole &&= i >= required;
        delete clean[key];
      }
    }
    return whole ? clean : undefined;
  };

const section = record(
  {
    id: matching(/^[a-z][\w-]*$/i, 'a letter, then letters, digits, - or _'),
    heading: text,
    paragraphs: list(text),
    items: list(text),
    alwaysVisible: flag,
  },
  2,
);

/* Sections with ids that do not repeat, each named by its place in the list as given. */
const sections: Check = (value, path) => {
  const ids = new Set<string>();
  const checked = list(section, 1)(value, path);
  if (checked)
    (value as { id?: unknown }[]).forEach((s, i) => {
      const id = s?.id;
      if (typeof id == 'string')
        ids.has(id) ? reject(`${path}[${i}].id repeats ${describe(id)}`) : ids.add(id);
    });
  return checked;
};

const rating: Check = (value, path) => {
  const r = record({ value: score, best: score, source: text }, 3)(value, path) as
    { value: number; best: number } | undefined;
  return !r || r.value <= r.best
    ? r
    : reject(`${path}.value must not be more than best (${r.best})`);
};

const document = record(
  {
    lang: matching(/^[a-z]{2,3}(-[a-z\d]{1,8})*$/i, 'a language tag such as en-GB'),
    title: text,
    sections,
    intro: text,
    disclaimer: text,
    lastReviewed: isoDate,
    sources: list(record({ title: text, url: link, date: isoDate }, 2)),
    provider: record(
      { name: text, clinician: text, url: link, rating, credentials: list(text) },
      1,
    ),
    cta: record({ label: text, href: link }, 2),
    strings: record(Object.fromEntries(Object.keys(englishStrings).map((key) => [key, text]))),
    nextReview: isoDate,
    reviewedBy: record({ name: text, role: text }, 1),
    publisher: record({ name: text, url: link }, 1),
    disclosure: text,
    adaptedFrom: record({ title: text, date: isoDate, url: link }, 2),
    terms: list(record({ term: text, definition: text }, 2)),
  },
  3,
);

/**
 * The JSON text (jsonText()) of the content validateContent() last accepted, which it writes to
 * measure it: renderCard() writes the same text as the card's JSON child rather than again.
 */
export let validatedJson = '';

/** A result with one problem and no content. */
export const failed = (reason: ContentProblem['reason'], message: string): ValidationResult => ({
  problems: [{ reason, message }],
});

const tooLarge = (message: string) =>
  failed('too-large', `${message} the limit is ${MAX_CONTENT_LENGTH}.`);

/**
 * Checks content against the content format and returns a clean copy. Never throws: a document
 * that does not fit is rejected with a problem for each bad field, naming its path (the first
 * MAX_PROBLEMS, then one saying there are more), and one larger than MAX_CONTENT_LENGTH as JSON
 * with one problem; unsafe links are dropped, each with a problem of its own.
 */
export function validateContent(value: unknown): ValidationResult {
  const problems: ContentProblem[] = (listed = []);
  try {
    const content = document(value, 'content') as CardContent;
    if (problems.some((p) => p.reason == 'invalid-content')) return { problems };
    validatedJson = jsonText(content);
    const { length } = validatedJson;
    return length > MAX_CONTENT_LENGTH
      ? tooLarge(`content has ${length} characters as JSON;`)
      : { content, problems };
  } catch (error) {
    return {
      problems: [
        ...problems,
        {
          reason: 'invalid-content',
          message:
            error instanceof TooMany
              ? `content has more problems than the ${MAX_PROBLEMS} listed.`
              : `content could not be read: ${error}`,
        },
      ],
    };
  }
}

/**
 * Parses and validates a JSON document (a `<script type="application/json">`, a `src` file or the
 * CLI's file). A leading byte-order mark is skipped, as fetch() skips it.
 */
export function parseContent(json: string): ValidationResult {
  if (json.length > MAX_CONTENT_LENGTH) return tooLarge(`content has ${json.length} characters;`);
  try {
    return validateContent(JSON.parse(json.replace(/^\uFEFF/, '')));
  } catch (error) {
    return failed('invalid-json', `content is not JSON: ${error}`);
  }
}

/**
 * The content's review is overdue: its `nextReview` date has passed (`today`: YYYY-MM-DD, UTC).
 * The content is still shown, dates and all; this says so.
 */
export const overdue = (content: CardContent, today = new Date().toISOString().slice(0, 10)) =>
  content.nextReview && content.nextReview < today
    ? `content.nextReview ${content.nextReview} has passed (today is ${today}): the content is due for review.`
    : '';
