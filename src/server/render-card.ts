/**
 * The card as HTML, before any script runs: the element with its attributes, its shadow root as
 * declarative shadow DOM (`<template shadowrootmode="open">`) holding the card's stylesheet and
 * markup in its starting state, the content it was given as its JSON child, and with
 * `structured-data` the JSON-LD. The markup comes from the same templates the browser renders
 * (card.templates.ts), and content is validated as the browser validates it. No DOM: it runs in
 * Node, in a browser (the embed builder) or anywhere else.
 */
import {
  collapsible,
  cardTemplate,
  escape,
  lightTemplate,
  markupHash,
  shapeOf,
  unavailableTemplate,
  type CardView,
} from '../card/card.templates.js';
import {
  headingLevelProblem,
  isHeadingLevel,
  openIds,
  requestedIds,
  themeOf,
  themeProblem,
  unknownSections,
  unknownSectionsProblem,
} from '../card/card.options.js';
import { cardCss } from '../card/card.styles.js';
import { viewOf } from '../card/card.view.js';
import { builtInContent } from '../content/built-in-content.js';
import { parseHtmlContent, type HtmlNode } from '../content/html-content.js';
import { jsonText } from '../content/json-text.js';
import { withAttributes } from '../content/overlay.js';
import { structuredData } from '../content/structured-data.js';
import type { CardContent } from '../content/types.js';
import { describe, overdue, validateContent, validatedJson } from '../content/validate.js';

/*
 * How HTML in the HTML form becomes nodes for its reader: in a browser (the embed builder), the
 * DOM's own parser; a server entry (index.ts) sets parse5's, so that this module, which the React
 * entry bundles into review sites' pages, carries no parser of its own.
 */
let parseHtml = (html: string): ArrayLike<HtmlNode> =>
  new DOMParser().parseFromString(html, 'text/html').body.childNodes;

/** Sets the parser renderCard({ html }) reads the HTML form with (epidural-info-card/server: parse5). */
export const useHtmlParser = (parser: (html: string) => ArrayLike<HtmlNode>) => {
  parseHtml = parser;
};

/** The element's own attributes, and whether each is a boolean one. */
export const CARD_ATTRIBUTES: Record<string, 'boolean' | 'value'> = {
  'heading-level': 'value',
  exclusive: 'boolean',
  theme: 'value',
  'open-sections': 'value',
  src: 'value',
  'cta-href': 'value',
  'cta-label': 'value',
  'provider-name': 'value',
  'provider-href': 'value',
  'structured-data': 'boolean',
  feedback: 'boolean',
  listen: 'boolean',
};

/* Any element's attributes a page may also want on the tag (an id for #card-id/section links). */
let builtInJson: string | undefined;

/*
 * What a server renders card after card, remembered. A page renders the same content in card
 * after card, and a site the same page again and again:
 * - the last content validated, with its JSON text: the same object only, and only while its JSON
 *   is the same (a host may change the object between cards);
 * - a content's markup (stamped) and its copy for readers without the shadow root, for each shape
 *   and set of open sections, by the content's JSON as shown: at most 500 kept in all.
 */
let lastValidated:
  | { content: unknown; text: string; result: ReturnType<typeof validateContent>; json: string }
  | undefined;
function validated(content: unknown): [ReturnType<typeof validateContent>, string] {
  let text: string | undefined;
  try {
    text = JSON.stringify(content);
  } catch {
    // A cycle or a BigInt: the validator says what it is.
  }
  const last = lastValidated;
  if (text !== undefined && last && last.content === content && last.text === text)
    return [last.result, last.json];
  const result = validateContent(content);
  lastValidated = text === undefined ? undefined : { content, text, result, json: validatedJson };
  return [result, validatedJson];
}

const drawn = new Map<string, Map<string, [markup: string, copy: string]>>();
let drawnCount = 0;

/*
 * The card's markup for a view of the content whose JSON is `json`, stamped (markupHash(), then
 * its shadow root's number of elements: the stylesheet's, and the card's counted by their end
 * tags, as its markup has no void element), and its copy (lightTemplate()).
 */
function draw(view: CardView, json: string): [markup: string, copy: string] {
  let byView = drawn.get(json);
  if (!byView) drawn.set(json, (byView = new Map()));
  const key = `${shapeOf(view)} ${view.theme} ${[...view.open].join(' ')}`;
  let parts = byView.get(key);
  if (!parts) {
    // Prerendered: its controls are text until the script takes it over (card.templates.ts
    // trigger), stamped so that the script takes it over as it stands.
    const markup = cardTemplate({ ...view, prerendered: true });
    const stamp = `${markupHash(view, json)}-${markup.split('</').length}`;
    parts = [
      `<article data-v="${stamp}" ${markup.slice('<article '.length)}`,
      lightTemplate(view),
    ];
    if (++drawnCount > 500) {
      drawn.clear();
      drawn.set(json, (byView = new Map()));
      drawnCount = 1;
    }
    byView.set(key, parts);
  }
  return parts;
}

const GLOBAL_ATTRIBUTE = /^(id|class|lang|dir|title|hidden|data-[\w.-]+|aria-[a-z]+)$/;

/** An attribute's value: text, a number, or `true` / `false` for a boolean attribute. */
export type AttributeValue = string | number | boolean | null | undefined;

export interface RenderCardOptions {
  /** The element's attributes, e.g. `{ 'open-sections': 'benefits', 'cta-href': '/book' }`. */
  attributes?: Record<string, AttributeValue>;
  /**
   * Content in the card's format (checked as the browser checks it: JSON read from a file may be
   * passed as it is); the built-in text if not given.
   */
  content?: CardContent;
  /**
   * Content in the HTML form instead (headings, paragraphs and lists, as a CMS's editor or a
   * Markdown renderer writes them: see the README), read by the card's own reader. Its language
   * is the `lang` attribute's, else `en`.
   */
  html?: string;
  /**
   * For a page of many cards: the address of the card's stylesheet (`epidural-info-card.css`,
   * served beside the script), which each card then links to (`<link rel="stylesheet">` in its
   * shadow root) instead of carrying its own copy (3.6 KB a card). Put the same link in the page's
   * `<head>` too, which holds the first paint until it has loaded, so no card is drawn unstyled
   * (README: Many cards on one page). https:, http: or relative.
   */
  stylesheet?: string;
}

/** A problem with a card's content or options: the browser's `epidural-info-error` detail. */
export interface CardProblem {
  /**
   * As in the browser (`invalid-content`, `unsafe-url`, `too-large`, `invalid-heading-level`,
   * `invalid-theme`, `unknown-section`, and `review-overdue`, which renderCard() only warns of), and `unknown-attribute` / `invalid-attribute` for an
   * attribute the card does not have or a value that is not text, a number or true.
   */
  reason: string;
  /** What is wrong, naming the field or attribute. */
  message: string;
}

/**
 * What renderCard() throws: `reason` and `problems` as the browser's epidural-info-error gives
 * them, and a message naming the card and its first problem.
 */
export class CardRenderError extends Error {
  override name = 'CardRenderError';
  constructor(
    /** The first problem's reason. */
    readonly reason: string,
    /** Every problem found, in order. */
    readonly problems: CardProblem[],
    /** The card as messages name it: `<epidural-info-card id="…">`, or the bare tag. */
    readonly card: string,
  ) {
    super(
      `${card}: ${problems[0].message}${problems.length > 1 ? ` (and ${problems.length - 1} more: see problems)` : ''}`,
    );
  }
}

/** What tryRenderCard() returns: the card as the browser would show it, and what was wrong. */
export interface RenderCardResult {
  /** The card's HTML: with a problem, what the browser shows for it (see tryRenderCard). */
  html: string;
  /** The problems, as the browser would report them; empty for a good card. */
  problems: CardProblem[];
}

/** The prerendered card in the parts a framework renders it from (renderCardParts). */
export interface CardParts {
  /** The tag's attributes, in name order: the value, or `true` for a boolean attribute. */
  attributes: Record<string, string | true>;
  /** What the server puts inside the tag: the declarative shadow root, then `lightHTML`. */
  innerHTML: string;
  /**
   * The light DOM a browser holds once it has parsed `innerHTML` (the parser makes the template
   * the shadow root): the JSON child and the JSON-LD. What a client renders to hydrate.
   */
  lightHTML: string;
}

/* The card as an error message names it: by its id where it has one. */
const cardName = (attributes: Record<string, AttributeValue>) =>
  typeof attributes.id == 'string' && attributes.id
    ? `<epidural-info-card id=${describe(attributes.id)}>`
    : '<epidural-info-card>';

/*
 * Words for a refusal: what the browser does about a problem ("was dropped", "; using light.")
 * does not happen where the whole card is refused.
 */
const refused = ({ reason, message }: CardProblem): CardProblem => ({
  reason,
  message: message.replace(' was dropped: ', ' was refused: ').replace(/; using [^;]*$/, '.'),
});

const tag = (attributes: Record<string, string | true>) =>
  Object.entries(attributes)
    .map(([name, v]) => (v === true ? ` ${name}` : ` ${name}="${escape(v)}"`))
    .join('');

/*
 * The element as one CommonMark HTML block, so that a Markdown page can hold it as it is (Hugo's
 * goldmark, markdown-it, Astro's remark, kramdown, marked): the opening tag alone on its first
 * line starts the block (CommonMark's type 7), and no blank line inside ends it early, so no
 * <p> is wrapped round it and no typographer turns the stylesheet's "--" into a dash or the JSON
 * child's quotes into curly ones. A line break in the text or an attribute is written &#10;,
 * which the HTML parser reads back as the same line break; the stylesheet and the JSON have none
 * (jsonText escapes them), so no raw text is touched.
 */
const element = (attributes: Record<string, string | true>, innerHTML: string) => {
  // Most cards have no line break at all: looked for first, as a search is faster than a replace.
  const oneLine = (html: string) =>
    html.includes('\n') || html.includes('\r') ? html.replace(/\r\n?|\n/g, '&#10;') : html;
  return `<epidural-info-card${oneLine(tag(attributes))}>\n${oneLine(innerHTML)}\n</epidural-info-card>`;
};

/**
 * The complete `<epidural-info-card>` element as an HTML string. Throws a CardRenderError (with
 * the browser's `reason`) for an unknown attribute, a bad value, or content the card would reject.
 */
export function renderCard(options: RenderCardOptions = {}): string {
  const { attributes, innerHTML } = renderCardParts(options);
  return element(attributes, innerHTML);
}

/**
 * The card as renderCard() renders it, in parts, for a framework that writes the element itself
 * (epidural-info-card/react, a Vue or Svelte component). Validates and throws as renderCard() does.
 */
export function renderCardParts(options: RenderCardOptions = {}): CardParts {
  const { parts, problems } = render(options);
  // Content due for review is rendered, and said so, as the browser does: a warning, not a refusal.
  const refusals = problems.filter((p) => p.reason != 'review-overdue');
  const name = cardName(options.attributes ?? {});
  if (refusals.length) throw new CardRenderError(refusals[0].reason, refusals.map(refused), name);
  problems.forEach((p) => console.warn(`${name}: ${p.message}`));
  return parts;
}

/**
 * Never throws: the card the browser would show for these options, and the problems it would
 * report. Content the card refuses gives no procedure's text but a notice that the information
 * could not be shown (never the built-in text); a refused link is left out; a bad
 * heading level is 2 and a bad theme light; an unknown section, attribute or value is ignored.
 * For a listing page of many cards, where one bad card must not stop the rest.
 */
export function tryRenderCard(options: RenderCardOptions = {}): RenderCardResult {
  const { parts, problems } = render(options);
  return {
    html: element(parts.attributes, parts.innerHTML),
    problems,
  };
}

/* The card, and each problem met on the way with what the browser does about it. */
function render({ attributes = {}, content, html, stylesheet }: RenderCardOptions): {
  parts: CardParts;
  problems: CardProblem[];
} {
  const problems: CardProblem[] = [];
  const report = (reason: string, message: string) => problems.push({ reason, message });
  const set = Object.entries(attributes).filter(([name, v]) => {
    if (v == null || v === false) return false;
    // Own names only: "constructor" or "toString" is no attribute of the card's.
    if (!Object.hasOwn(CARD_ATTRIBUTES, name) && !GLOBAL_ATTRIBUTE.test(name))
      return !report(
        'unknown-attribute',
        `unknown attribute ${describe(name)} (the card's: ${Object.keys(CARD_ATTRIBUTES).join(', ')}).`,
      );
    // An object would be written as "[object Object]": say so instead.
    if (!['string', 'number', 'boolean'].includes(typeof v))
      return !report(
        'invalid-attribute',
        `attribute ${describe(name)} must be text, a number or true, not ${describe(v)}.`,
      );
    return true;
  });
  const value = (name: string) => {
    const found = set.find(([key]) => key == name)?.[1];
    return found == null ? undefined : String(found);
  };

  // The built-in text only where the host gave no content: content that is refused, or a src a
  // server does not fetch, gives no procedure's text (unavailableTemplate), as in the browser.
  let base: CardContent | undefined =
    content === undefined && html === undefined && !value('src') ? builtInContent : undefined;
  // The JSON of the content (for the stamp): the validator's, or the built-in text's, made once.
  let baseJson = base && (builtInJson ??= jsonText(builtInContent));
  let json = '';
  if (html !== undefined) {
    const result = parseHtmlContent(parseHtml(html), value('lang') ?? 'en');
    result.problems.forEach((p) => report(p.reason, p.message));
    base = result.content;
    baseJson = validatedJson;
    if (base) json = `<script type="application/json">${validatedJson}</script>`;
  } else if (content !== undefined) {
    const [result, validJson] = validated(content);
    result.problems.forEach((p) => report(p.reason, p.message));
    base = result.content;
    baseJson = validJson;
    // Refused content goes to the browser as it came, which refuses it again in its own words.
    json = `<script type="application/json">${base ? validJson : jsonOr(content)}</script>`;
  }
  let shown: CardContent | undefined;
  if (base) {
    const overlaid = withAttributes(base, {
      ctaHref: value('cta-href'),
      ctaLabel: value('cta-label'),
      providerName: value('provider-name'),
      providerHref: value('provider-href'),
    });
    overlaid.problems.forEach((p) => report(p.reason, p.message));
    shown = overlaid.content as CardContent;
    const late = overdue(shown);
    if (late) report('review-overdue', late);
  }
  const level = value('heading-level') === undefined ? 2 : Number(value('heading-level'));
  if (!isHeadingLevel(level))
    report('invalid-heading-level', headingLevelProblem(value('heading-level')));
  const theme = value('theme') ?? 'light';
  if (themeOf(theme) != theme) report('invalid-theme', themeProblem(theme));

  let markup = unavailableTemplate(content !== undefined || html !== undefined);
  let copy = '';
  if (shown) {
    const known = collapsible(shown).map((s) => s.id);
    const requested = (value('open-sections') ?? '').split(/\s+/).filter(Boolean);
    const unknown = unknownSections(requested, known);
    if (unknown.length) report('unknown-section', unknownSectionsProblem(unknown, known));
    const exclusive = value('exclusive') !== undefined;
    const open = openIds(known, requestedIds(requested, known), exclusive);
    const view = viewOf(
      shown,
      { headingLevel: level, exclusive, theme, feedback: value('feedback') !== undefined },
      new Set(open),
    );
    // The attributes laid over the content made a new copy only if the validator accepted it,
    // and then validatedJson is its JSON.
    [markup, copy] = draw(view, shown === base ? baseJson! : validatedJson);
  }
  // In name order, so the same options always give the same markup, however they were listed.
  const tagAttributes = Object.fromEntries(
    set
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([name, v]) => [name, CARD_ATTRIBUTES[name] == 'boolean' || v === true || String(v)]),
  );
  const jsonLd =
    value('structured-data') === undefined || !shown
      ? ''
      : `<script type="application/ld+json">${jsonText(structuredData(shown))}</script>`;
  // The JSON child first, right after the template: wpautop (WordPress's Classic content, on a
  // site without the plugin) wraps what follows a block in <p>, which would hide it from the card.
  // Then the copy: what a reader gets where the shadow root is not attached.
  const lightHTML = json + copy + jsonLd;
  // The stylesheet itself, or a link to it (an address with no scheme, or https: or http:).
  let style = `<style>${cardCss}</style>`;
  if (stylesheet !== undefined) {
    if (typeof stylesheet == 'string' && /^(https?:|[^:]*$)/i.test(stylesheet.split(/[/?#]/)[0]))
      style = `<link rel="stylesheet" href="${escape(stylesheet)}">`;
    else
      report(
        'invalid-stylesheet',
        `stylesheet must be an https:, http: or relative address, not ${describe(stylesheet)}; using the stylesheet inline.`,
      );
  }
  return {
    parts: {
      attributes: tagAttributes,
      innerHTML: `<template shadowrootmode="open">${style}${markup}</template>${lightHTML}`,
      lightHTML,
    },
    problems,
  };
}

/* Content as its JSON child carries it; what JSON cannot write (a cycle, a BigInt) as null. */
function jsonOr(content: unknown): string {
  try {
    return jsonText(content);
  } catch {
    return 'null';
  }
}

/** The stylesheet a prerendered card carries in its <style>: its CSP hash is taken from this. */
export const prerenderedCss = cardCss;
