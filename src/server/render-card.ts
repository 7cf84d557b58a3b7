/**
 * The card as HTML, before any script runs: the element with its attributes, its shadow root as
 * declarative shadow DOM (`<template shadowrootmode="open">`) holding the card's stylesheet and
 * markup in its starting state, the content it was given as its JSON child, and with
 * `structured-data` the JSON-LD. The markup comes from the same templates the browser renders
 * (card.templates.ts), and content is validated as the browser validates it. No DOM: it runs in
 * Node, in a browser (the embed builder) or anywhere else.
 */
import { collapsible, cardTemplate, escape } from '../card/card.templates.js';
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
import { builtInContent } from '../content/built-in-content.js';
import { jsonText } from '../content/json-text.js';
import { withAttributes } from '../content/overlay.js';
import { structuredData } from '../content/structured-data.js';
import type { CardContent } from '../content/types.js';
import { englishStrings } from '../content/ui-strings.js';
import { describe, validateContent } from '../content/validate.js';

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
};

/* Any element's attributes a page may also want on the tag (an id for #card-id/section links). */
const GLOBAL_ATTRIBUTE = /^(id|class|lang|dir|title|hidden|data-[\w.-]+|aria-[a-z]+)$/;

/** An attribute's value: text, a number, or `true` / `false` for a boolean attribute. */
export type AttributeValue = string | number | boolean | null | undefined;

export interface RenderCardOptions {
  /** The element's attributes, e.g. `{ 'open-sections': 'benefits', 'cta-href': '/book' }`. */
  attributes?: Record<string, AttributeValue>;
  /** Content in the card's format; the built-in text if not given. */
  content?: unknown;
}

/** What renderCard() throws: the same message the card would log in the browser console. */
export class CardRenderError extends Error {
  override name = 'CardRenderError';
}

const fail = (message: string): never => {
  throw new CardRenderError(`<epidural-info-card>: ${message}`);
};

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

/**
 * The complete `<epidural-info-card>` element as an HTML string. Throws a CardRenderError for an
 * unknown attribute, a bad value, or content the card would reject.
 */
export function renderCard(options: RenderCardOptions = {}): string {
  const { attributes, innerHTML } = renderCardParts(options);
  const tag = Object.entries(attributes)
    .map(([name, v]) => (v === true ? ` ${name}` : ` ${name}="${escape(v)}"`))
    .join('');
  return `<epidural-info-card${tag}>${innerHTML}</epidural-info-card>`;
}

/**
 * The card as renderCard() renders it, in parts, for a framework that writes the element itself
 * (epidural-info-card/react, a Vue or Svelte component). Validates and throws as renderCard() does.
 */
export function renderCardParts({ attributes = {}, content }: RenderCardOptions = {}): CardParts {
  const set = Object.entries(attributes).filter(([, value]) => value != null && value !== false);
  for (const [name, v] of set) {
    // Own names only: "constructor" or "toString" is no attribute of the card's.
    if (!Object.hasOwn(CARD_ATTRIBUTES, name) && !GLOBAL_ATTRIBUTE.test(name))
      fail(
        `unknown attribute ${describe(name)} (the card's: ${Object.keys(CARD_ATTRIBUTES).join(', ')}).`,
      );
    // An object would be written as "[object Object]": say so instead.
    if (!['string', 'number', 'boolean'].includes(typeof v))
      fail(`attribute ${describe(name)} must be text, a number or true, not ${describe(v)}.`);
  }
  const value = (name: string) => {
    const found = set.find(([key]) => key == name)?.[1];
    return found == null ? undefined : String(found);
  };

  let base = builtInContent;
  if (content !== undefined) {
    const result = validateContent(content);
    if (result.problems.length) fail(result.problems.map((p) => p.message).join('\n'));
    base = result.content!;
  }
  const overlaid = withAttributes(base, {
    ctaHref: value('cta-href'),
    ctaLabel: value('cta-label'),
    providerName: value('provider-name'),
    providerHref: value('provider-href'),
  });
  if (overlaid.problems.length) fail(overlaid.problems.map((p) => p.message).join('\n'));
  const shown = overlaid.content as CardContent;

  const level = value('heading-level') === undefined ? 2 : Number(value('heading-level'));
  if (!isHeadingLevel(level)) fail(headingLevelProblem(value('heading-level')));
  const theme = value('theme') ?? 'light';
  if (themeOf(theme) != theme) fail(themeProblem(theme));
  const known = collapsible(shown).map((s) => s.id);
  const requested = (value('open-sections') ?? '').split(/\s+/).filter(Boolean);
  const unknown = unknownSections(requested, known);
  if (unknown.length) fail(unknownSectionsProblem(unknown, known));
  const exclusive = value('exclusive') !== undefined;
  const open = openIds(known, requestedIds(requested, known), exclusive);

  const markup = cardTemplate({
    content: shown,
    strings: { ...englishStrings, ...shown.strings },
    level,
    exclusive,
    open: new Set(open),
    theme: themeOf(theme),
  });
  // In name order, so the same options always give the same markup, however they were listed.
  const tag = Object.fromEntries(
    set
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([name, v]) => [name, CARD_ATTRIBUTES[name] == 'boolean' || v === true || String(v)]),
  );
  const json =
    content === undefined ? '' : `<script type="application/json">${jsonText(base)}</script>`;
  const jsonLd =
    value('structured-data') === undefined
      ? ''
      : `<script type="application/ld+json">${jsonText(structuredData(shown))}</script>`;
  const lightHTML = json + jsonLd;
  return {
    attributes: tag,
    innerHTML: `<template shadowrootmode="open"><style>${cardCss}</style>${markup}</template>${lightHTML}`,
    lightHTML,
  };
}

/** The stylesheet a prerendered card carries in its <style>: its CSP hash is taken from this. */
export const prerenderedCss = cardCss;
