import type { CardContent } from './types.js';
import { englishStrings } from './ui-strings.js';

/** Something wrong with content from the host, and where. */
export interface ContentProblem {
  /**
   * `unsafe-url` drops only the link; every other reason (`invalid-json`, `too-large`,
   * `invalid-content`, and for a `src`, `fetch-failed` or `timeout`) rejects the whole document.
   */
  reason:
    'invalid-json' | 'too-large' | 'invalid-content' | 'unsafe-url' | 'fetch-failed' | 'timeout';
  /** What is wrong, starting with the path of the field: `content.sections[2].id must be …`. */
  message: string;
}

export interface ValidationResult {
  /** A clean copy of the content, or undefined when it was rejected. */
  content?: CardContent;
  problems: ContentProblem[];
}

/** The largest JSON document the card reads, in characters. */
export const MAX_CONTENT_LENGTH = 100_000;

class Rejection extends Error {}

type Check = (value: unknown, path: string, problems: ContentProblem[]) => unknown;

const reject = (message: string): never => {
  throw new Rejection(message);
};

const describe = (value: unknown) => JSON.stringify(value)?.slice(0, 40) ?? String(value);

/* A check that passes the value through when `test` holds, and rejects the document otherwise. */
const is =
  (test: (value: unknown) => boolean, expected: string): Check =>
  (value, path) =>
    test(value) ? value : reject(`${path} must be ${expected}, not ${describe(value)}`);

const matching = (pattern: RegExp, expected: string) =>
  is((v) => typeof v == 'string' && pattern.test(v), expected);
const text = matching(/\S/, 'a non-empty string');
const flag = is((v) => typeof v == 'boolean', 'true or false');
const score = is((v) => typeof v == 'number' && v >= 0, 'a number ≥ 0');
const isoDate = matching(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a date as YYYY-MM-DD');

/*
 * A link: https:, http:, mailto:, tel: or relative. Whatever stands before the first ":" that
 * comes ahead of any "/", "?" or "#" is a scheme and must be one of those four exactly, so
 * "java\tscript:" and " javascript:" (which browsers would run) fail too. A link that fails is
 * dropped and reported; the rest of the content stays.
 */
const link: Check = (value, path, problems) => {
  const scheme = /^([^/?#]*):/.exec(text(value, path, problems) as string);
  if (!scheme || /^(https?|mailto|tel)$/i.test(scheme[1])) return value;
  problems.push({
    reason: 'unsafe-url',
    message: `${path} was dropped: links must be https:, http:, mailto:, tel: or relative, not ${describe(value)}.`,
  });
  return undefined;
};

const list =
  (item: Check, min = 0): Check =>
  (value, path, problems) =>
    (Array.isArray(value) && value.length >= min
      ? value
      : reject(`${path} must be an array${min ? ' with an entry' : ''}, not ${describe(value)}`)
    )
      .map((entry, i) => item(entry, `${path}[${i}]`, problems))
      .filter((entry) => entry !== undefined);

/*
 * An object with known fields only: a typo ("paragraph") is reported rather than silently showing
 * nothing. Required fields are listed first, before a "|". An object whose required link was
 * dropped as unsafe is dropped with it.
 */
const record =
  (fields: Record<string, Check>, required = 0): Check =>
  (value, path, problems) => {
    if (Object.prototype.toString.call(value) != '[object Object]')
      reject(`${path} must be an object, not ${describe(value)}`);
    const known = Object.keys(fields);
    for (const key in value as object) {
      if (!known.includes(key)) reject(`${path}.${key} is not a known field (known: ${known})`);
    }
    const clean: Record<string, unknown> = {};
    for (const [i, key] of known.entries()) {
      const field = (value as Record<string, unknown>)[key];
      if (field === undefined) {
        if (i < required) reject(`${path}.${key} is required`);
        continue;
      }
      clean[key] = fields[key](field, `${path}.${key}`, problems);
      if (clean[key] === undefined) {
        if (i < required) return;
        delete clean[key];
      }
    }
    return clean;
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

const sections: Check = (value, path, problems) => {
  const ids = new Set<string>();
  return (list(section, 1)(value, path, problems) as { id: string }[]).map(
    (s: { id: string }, i: number) =>
      ids.has(s.id) ? reject(`${path}[${i}].id repeats "${s.id}"`) : (ids.add(s.id), s),
  );
};

const rating: Check = (value, path, problems) => {
  const r = record({ value: score, best: score, source: text }, 3)(value, path, problems) as {
    value: number;
    best: number;
  };
  return r.value <= r.best ? r : reject(`${path}.value must not be more than best (${r.best})`);
};

const document = record(
  {
    lang: matching(/^[a-z]{2,3}(-[a-z\d]{1,8})*$/i, 'a language tag such as en-GB'),
    title: text,
    sections,
    intro: text,
    disclaimer: text,
    lastReviewed: isoDate,
    sources: list(record({ title: text, url: link }, 2)),
    provider: record(
      { name: text, clinician: text, url: link, rating, credentials: list(text) },
      1,
    ),
    cta: record({ label: text, href: link }, 2),
    strings: record(Object.fromEntries(Object.keys(englishStrings).map((key) => [key, text]))),
  },
  3,
);

/**
 * Checks content against the content format and returns a clean copy. Never throws: a document
 * that does not fit is rejected with one problem naming the first bad field's path; unsafe links
 * are dropped, each with a problem of its own.
 */
export function validateContent(value: unknown): ValidationResult {
  const problems: ContentProblem[] = [];
  try {
    return { content: document(value, 'content', problems) as CardContent, problems };
  } catch (error) {
    return {
      problems: [
        {
          reason: 'invalid-content',
          message:
            error instanceof Rejection
              ? `${error.message}.`
              : `content could not be read: ${error}`,
        },
      ],
    };
  }
}

/** Parses and validates a JSON document (a `<script type="application/json">` or a `src` file). */
export function parseContent(json: string): ValidationResult {
  if (json.length > MAX_CONTENT_LENGTH) {
    return {
      problems: [
        {
          reason: 'too-large',
          message: `content has ${json.length} characters; the limit is ${MAX_CONTENT_LENGTH}.`,
        },
      ],
    };
  }
  try {
    return validateContent(JSON.parse(json));
  } catch (error) {
    return { problems: [{ reason: 'invalid-json', message: `content is not JSON: ${error}` }] };
  }
}
