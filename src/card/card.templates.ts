import type { CardContent, CardSection, UiStrings } from '../content/types.js';
import { fill } from '../content/ui-strings.js';

/**
 * Everything a card shows: its content and the state it is in. The templates below are pure
 * functions of it that return HTML, with no DOM and no event bindings: the browser parses their
 * output once per content (card.view.ts) and a server sends it as it is, so both render the same
 * markup from the same source. Events are heard once per card, on its shadow root.
 */
export interface CardView {
  /** The content shown, with the host's attributes laid over it. */
  content: CardContent;
  /** The interface wording: English under the content's own `strings`. */
  strings: UiStrings;
  /** The title's heading level, 1–6. */
  level: number;
  exclusive: boolean;
  /** Ids of the open sections. */
  open: ReadonlySet<string>;
  theme: 'light' | 'dark' | 'auto';
  /** Markup for the page's HTML (renderCard), drawn before any script: see trigger(). */
  prerendered?: boolean;
  /** Ask "Was this information useful?" at the end (the `feedback` attribute). */
  feedback?: boolean;
  /**
   * With `listen`, where the browser can read the content's language aloud: `''` idle, `'on'`
   * reading, `'paused'`. Only the browser draws its controls (card.view.ts).
   */
  speech?: string;
}

/*
 * Every value from content reaches the markup through this: text and attribute values alike
 * (attributes are always double-quoted), so no string can open a tag or leave its attribute.
 * A carriage return is kept as one (the parser would make it a line feed); a NUL, which no HTML
 * can hold, shows as U+FFFD, as it would anywhere in a page. And one character of each sequence
 * WordPress's wptexturize rewrites in a page's text (an apostrophe, "...", "--", a hyphen between
 * spaces, two backticks, "(tm)", an x between digits) is a reference too: a prerendered card
 * pasted into a post reads the same before and after its script takes over, as wptexturize finds
 * nothing to curl and the browser reads the same characters.
 */
export const escape = (value: unknown) => remembered(value, escapeText);

const escapeText = (value: unknown) =>
  String(value).replace(
    // A hyphen or an x is matched first, then what stands before it is looked at: a regular
    // expression that starts with a character runs three times as fast as one that looks behind.
    /[&<>"'\r\0]|\.(?=\.\.)|-(?=-)|-(?<=\s-)(?=\s)|`(?=`)|\((?=tm\))|x(?<=\dx)(?=\d)/g,
    (c) => `&#${c.charCodeAt(0)};`,
  );

/*
 * Each text is written twice (the card and its light-DOM copy), and a server writes the same
 * content's texts for card after card: each is escaped once and remembered (at most 2 000).
 */
const escapedTexts = new Map<unknown, string>();
const remembered = (value: unknown, make: (value: unknown) => string): string => {
  let text = escapedTexts.get(value);
  if (text === undefined) {
    if (escapedTexts.size > 1999) escapedTexts.clear();
    escapedTexts.set(value, (text = make(value)));
  }
  return text;
};

/*
 * Intl's formatter for a kind and a language, made once: making one takes longer than writing
 * the rest of a card (renderCard() went from 6 000 to over 30 000 cards a second). At most 100
 * are kept, whatever languages a server is given.
 */
const formatters = new Map<string, { format(value: number | Date): string }>();
const cached = <T extends { format(value: never): string }>(key: string, make: () => T): T => {
  let formatter = formatters.get(key);
  if (!formatter) {
    if (formatters.size > 99) formatters.clear();
    formatters.set(key, (formatter = make()));
  }
  return formatter as unknown as T;
};

/* A number as the content's language writes it: "4,5" in Spanish, "4.5" in English. */
function number(lang: string, value: number): string {
  try {
    // || 0: -0, which Intl writes "-0", is 0 as JSON carries it (and as String() writes it).
    return cached(`n${lang}`, () => new Intl.NumberFormat(lang)).format(value || 0);
  } catch {
    // A tag of the right shape that Intl refuses ("en-a"): the number as JavaScript writes it.
    return String(value);
  }
}

const each = <T>(items: T[] | undefined, template: (item: T) => string) =>
  (items ?? []).map(template).join('');

// The open/closed icon, drawn in CSS (card.styles.ts).
const icon = '<span class="icon" aria-hidden="true"></span>';

/* A real <h1>–<h6> (past 6, an h6). The class doubles as the ::part() name. */
function heading(level: number, name: string, inner: string): string {
  const tag = `h${Math.min(level, 6)}`;
  return `<${tag} class="${name}" part="${name}">${inner}</${tag}>`;
}

/*
 * The clinic's name, "Credentials" and "Sources" are real headings below the sections' level
 * (screen readers list and jump by them), drawn at the size of body text.
 */
const subheading = (level: number, inner: string) => heading(level, 'subheading', inner);

/* Links leave no window.opener and no referrer behind, wherever they point. */
const link = (href: string, label: string, part = 'link') =>
  `<a href="${escape(href)}" part="${part}" rel="noopener noreferrer">${escape(label)}</a>`;

/*
 * A control: a button (of no type: in a shadow root it belongs to no form, so it submits
 * nothing), or in a prerendered card (before its script runs, or with JavaScript off)
 * text drawn the same way, so that nothing announces a state or an action that does not work yet.
 * The text keeps the button's id or value (which announce nothing); the script turns it into the
 * button when it takes the card over (card.view.ts takeOver).
 */
const trigger = (
  view: CardView,
  open: boolean,
  className: string,
  part: string,
  state: string,
  inner: string,
) =>
  view.prerendered
    ? `<span class="trigger${className ? ` ${className}` : ''}${open ? ' open' : ''}" part="${part}"${state.replace(/ aria-[^ ]+/g, '')}>${inner}</span>`
    : `<button${className ? ` class="${className}"` : ''} part="${part}"${state}>${inner}</button>`;

/** The sections that open and close (callouts always show). */
export const collapsible = (content: CardContent) =>
  content.sections.filter((section) => !section.alwaysVisible);

/** The card's class: its theme, as card.styles.ts draws it. */
export const themeClass = ({ theme }: CardView) => (theme == 'light' ? 'card' : `card ${theme}`);

/** Whether every section is open. */
export const isAllOpen = (view: CardView) =>
  collapsible(view.content).every((section) => view.open.has(section.id));

const body = (section: CardSection) =>
  `<div class="body">${each(section.paragraphs, (text) => `<p>${escape(text)}</p>`)}${
    section.items?.length
      ? `<ul>${each(section.items, (text) => `<li>${escape(text)}</li>`)}</ul>`
      : ''
  }</div>`;

/*
 * A heading whose only child is the button that opens its panel (the APG accordion pattern).
 * hidden="until-found" lets find-in-page and text fragments reveal a collapsed panel, which then
 * fires beforematch (https://html.spec.whatwg.org/#attr-hidden-until-found-state); engines
 * without it read any hidden value as plain hidden, so a collapsed panel never shows there.
 */
function section(section: CardSection, level: number, view: CardView): string {
  const title = escape(section.heading);
  if (section.alwaysVisible)
    return `<div class="callout" part="callout">${heading(level, 'section-heading', title)}${body(section)}</div>`;
  const id = escape(section.id);
  const open = view.open.has(section.id);
  return `<div class="section">${heading(
    level,
    'section-heading',
    trigger(
      view,
      open,
      '',
      'section-button',
      ` id="b-${id}" aria-expanded="${open}" aria-controls="p-${id}"`,
      `<span class="label">${title}</span>${icon}`,
    ),
  )}<div class="panel" part="section-panel" id="p-${id}"${open ? '' : ' hidden="until-found"'}>${body(section)}</div></div>`;
}

/** The clinic: name (linked), clinician, rating in words, credentials. `level`: the sections'. */
function provider({ content, strings }: CardView, level: number): string {
  const { provider } = content;
  if (!provider) return '';
  const { rating, credentials } = provider;
  return `<div class="provider" part="provider">${subheading(
    level,
    provider.url ? link(provider.url, provider.name) : escape(provider.name),
  )}${provider.clinician ? `<p>${escape(provider.clinician)}</p>` : ''}${
    rating
      ? `<p class="rating">${escape(
          fill(strings.rating, {
            value: number(content.lang, rating.value),
            best: number(content.lang, rating.best),
            source: rating.source,
          }),
        )}</p>`
      : ''
  }${
    credentials?.length
      ? `${subheading(level + 1, escape(strings.credentials))}<ul class="credentials">${each(credentials, (c) => `<li>${escape(c)}</li>`)}</ul>`
      : ''
  }</div>`;
}

/* A date as the content's language writes it: "27 November 2026" in British English. */
function longDate(lang: string, iso: string): string {
  try {
    return cached(
      `d${lang}`,
      () => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }),
    ).format(new Date(iso));
  } catch {
    // A tag Intl refuses, or a day no month has (2026-02-30): the date as written.
    return iso;
  }
}

/*
 * A date in a <time> that keeps the ISO date for machines. role="none": Orca (43, in Firefox)
 * reads a description whose value starts with a time role as nothing when it reads the page
 * through, so "Last reviewed" had no date (test/node/screen-reader.test.mjs); as plain text it is
 * read, and the datetime is still there for search engines.
 */
const date = (lang: string, iso: string) =>
  `<time role="none" datetime="${escape(iso)}">${escape(longDate(lang, iso))}</time>`;

/*
 * "Words explained": each term the content lists, with what it means, always shown (a glossary:
 * WCAG 3.1.3 and 3.1.4), read in order by a screen reader and printed with the rest.
 */
const terms = ({ content, strings }: CardView, level: number) =>
  content.terms?.length
    ? `<div class="terms" part="terms">${subheading(level, escape(strings.terms))}<dl>${each(
        content.terms,
        (t) => `<dt><dfn>${escape(t.term)}</dfn></dt><dd>${escape(t.definition)}</dd>`,
      )}</dl></div>`
    : '';

/* One row of "About this information": a label and its value (already markup). */
const row = (label: string, value: string) => `<dt>${escape(label)}</dt><dd>${value}</dd>`;

/**
 * Who stands behind the text and when it was checked: publisher, reviewer, review dates, sources
 * (with their dates), the publisher's declared interest, and with `feedback` how to give it (a row
 * hidden with the question, on paper and with no script: so never the part's only row). Always
 * shown, never collapsed. `level`: the sections'.
 */
function about({ content, strings, feedback }: CardView, level: number): string {
  const {
    publisher,
    reviewedBy,
    lastReviewed,
    nextReview,
    sources,
    disclosure,
    lang,
    adaptedFrom,
  } = content;
  const rows = `${
    adaptedFrom
      ? `${row(
          strings.adaptedFrom,
          adaptedFrom.url ? link(adaptedFrom.url, adaptedFrom.title) : escape(adaptedFrom.title),
        )}${row(strings.checkedAgainst, date(lang, adaptedFrom.date))}`
      : ''
  }${
    publisher
      ? row(
          strings.publishedBy,
          publisher.url ? link(publisher.url, publisher.name) : escape(publisher.name),
        )
      : ''
  }${
    reviewedBy
      ? row(
          strings.reviewedBy,
          escape(reviewedBy.role ? `${reviewedBy.name}, ${reviewedBy.role}` : reviewedBy.name),
        )
      : adaptedFrom
        ? row(strings.reviewedBy, escape(strings.notReviewed))
        : ''
  }${lastReviewed ? row(strings.lastReviewed, date(lang, lastReviewed)) : ''}${
    nextReview ? row(strings.nextReview, date(lang, nextReview)) : ''
  }${disclosure ? row(strings.disclosure, escape(disclosure)) : ''}`;
  const more = feedback
    ? `<div class="feedback">${row(strings.giveFeedback, escape(strings.feedbackHow))}</div>`
    : '';
  const list = sources?.length
    ? `${subheading(level + 1, escape(strings.sources))}<ul>${each(
        sources,
        (s) => `<li>${link(s.url, s.title)}${s.date ? ` (${date(lang, s.date)})` : ''}</li>`,
      )}</ul>`
    : '';
  return rows || list
    ? `<div class="about" part="about">${subheading(level, escape(strings.about))}${rows || more ? `<dl>${rows}${more}</dl>` : ''}${list}</div>`
    : '';
}

/*
 * "Was this information useful? Yes / No": buttons in a group named by the question, and a status
 * the thank-you is written into (announced politely). The card only fires an event.
 */
const feedback = (view: CardView) =>
  view.feedback
    ? `<div class="feedback" part="feedback"><p id="feedback">${escape(view.strings.feedback)}</p><div role="group" aria-labelledby="feedback">${trigger(
        view,
        false,
        'answer',
        'feedback-answer',
        ' value="true"',
        escape(view.strings.yes),
      )}${trigger(view, false, 'answer', 'feedback-answer', ' value="false"', escape(view.strings.no))}</div><p class="thanks" role="status"></p></div>`
    : '';

/*
 * Listen (the `listen` attribute, where the browser can read the content's language aloud:
 * speech.controller.ts), after the introduction: a toggle button, pressed while reading (a screen
 * reader says "pressed" and "not pressed" as reading starts and pauses), and Stop. A server's
 * card has no speech, so only a browser draws it; print leaves it out with the feedback question.
 */
const listenControls = (view: CardView) =>
  view.speech == undefined
    ? ''
    : `<div class="feedback"><div role="group">${trigger(
        view,
        false,
        'answer',
        'listen',
        ' value="say"',
        escape(view.strings.listen),
      )}${trigger(view, false, 'answer', 'listen', ' value="stop"', escape(view.strings.stop))}</div></div>`;

/** The closing note. */
function footer({ content, strings }: CardView): string {
  const { disclaimer } = content;
  return disclaimer
    ? `<p class="disclaimer" part="disclaimer"><strong>${escape(strings.disclaimerHeading)}</strong> ${escape(disclaimer)}</p>`
    : '';
}

/*
 * The clinic's own block, apart from the health information: its name, clinician, rating,
 * credentials and call to action, under "From the clinic", a group screen readers announce by it.
 */
function clinic(view: CardView, level: number): string {
  const { cta } = view.content;
  const inner = `${provider(view, level)}${cta ? `<p>${link(cta.href, cta.label, 'cta')}</p>` : ''}`;
  return inner
    ? `<div class="clinic" role="group" aria-labelledby="from"><p id="from">${escape(view.strings.fromClinic)}</p>${inner}</div>`
    : '';
}

/**
 * A card whose host gave content that cannot be used (`failed`) or has not arrived: never
 * another procedure's text. What the host wrote inside the tag shows through the slot; a failed
 * card with nothing there says so, in English (a host gives its own words as that fallback).
 */
export const unavailableTemplate = (failed: boolean) =>
  failed ? '<p class="card" part="card">This information could not be shown.</p>' : '<slot></slot>';

/*
 * A labelled paragraph of the light-DOM copy: the label in bold, as the HTML form writes a field
 * after its rule (html-content.ts).
 */
const labelled = (label: string, value: string) =>
  `<p><strong>${escape(label.replace(/:$/, ''))}:</strong> ${value}</p>`;

/**
 * The content in the HTML form, as html-content.ts reads it back: plain headings, paragraphs and
 * lists in reading order, dates as YYYY-MM-DD. A prerendered card carries it as its light-DOM
 * copy, which a browser shows wherever the declarative shadow root is not attached (HTML inserted
 * by script, a sanitiser that keeps the HTML but not the template) and hides where it is; with
 * `ids` (the embed builder's HTML snippet, which the card reads) each heading keeps its section's
 * id. The clinic's block is not in it: in the HTML form it comes from the tag's attributes.
 */
export function lightTemplate(view: CardView, ids = false): string {
  const { content, level } = view;
  return `${plainHeading(level, content.title, '')}${
    content.intro ? `<p>${escape(content.intro)}</p>` : ''
  }${each(content.sections, (s) => plainSection(s, level + 1, ids))}${closing(view)}`;
}

/* A section of the HTML form: a callout in a quote. */
function plainSection(section: CardSection, level: number, ids: boolean): string {
  const inner = `${plainHeading(level, section.heading, ids ? section.id : '')}${each(section.paragraphs, (p) => `<p>${escape(p)}</p>`)}${
    section.items?.length ? `<ul>${each(section.items, (i) => `<li>${escape(i)}</li>`)}</ul>` : ''
  }`;
  return section.alwaysVisible ? `<blockquote>${inner}</blockquote>` : inner;
}

/* A heading of the HTML form: a real <h1>–<h6>, with an id where one is given. */
function plainHeading(level: number, text: string, id: string): string {
  const tag = `h${Math.min(level, 6)}`;
  return `<${tag}${id ? ` id="${escape(id)}"` : ''}>${escape(text)}</${tag}>`;
}

/* The HTML form's closing part, after a rule: the note and the labelled fields. */
function closing({ content, strings }: CardView): string {
  const { reviewedBy, publisher, sources, terms } = content;
  const inner = `${content.disclaimer ? `<p>${escape(content.disclaimer)}</p>` : ''}${
    content.lastReviewed ? labelled(strings.lastReviewed, escape(content.lastReviewed)) : ''
  }${content.nextReview ? labelled(strings.nextReview, escape(content.nextReview)) : ''}${
    reviewedBy
      ? labelled(
          strings.reviewedBy,
          escape(reviewedBy.role ? `${reviewedBy.name}, ${reviewedBy.role}` : reviewedBy.name),
        )
      : ''
  }${
    publisher
      ? labelled(
          strings.publishedBy,
          publisher.url ? link(publisher.url, publisher.name) : escape(publisher.name),
        )
      : ''
  }${content.disclosure ? labelled(strings.disclosure, escape(content.disclosure)) : ''}${
    sources?.length
      ? `${labelled(strings.sources, '')}<ul>${each(
          sources,
          (s) => `<li>${link(s.url, s.title)}${s.date ? ` (${escape(s.date)})` : ''}</li>`,
        )}</ul>`
      : ''
  }${
    terms?.length
      ? `${labelled(strings.terms, '')}<ul>${each(
          terms,
          (t) => `<li>${escape(t.term)}: ${escape(t.definition)}</li>`,
        )}</ul>`
      : ''
  }`;
  return inner ? `<hr>${inner}` : '';
}

/*
 * The version of the markup these templates write: the build's hash of the files that shape it
 * (rollup.config.mjs markupVersion); this placeholder where the source runs as it is (the tests).
 */
export const MARKUP_VERSION = '__MARKUP_VERSION__';

/** What shapes a card's markup besides its content: heading level, `exclusive`, feedback, Listen. */
export const shapeOf = (view: CardView) =>
  `${view.level}${view.exclusive}${view.feedback}${view.speech == undefined}`;

/**
 * What a prerendered card is stamped with (`data-v` on its <article>, by renderCard() and the
 * WordPress plugin), before `-` and its number of elements, and what the script compares it
 * with: the markup's version and a hash of what the markup is drawn from (the content as shown,
 * as JSON, and its shape). The script takes a card over as it stands only when the stamp is the
 * one it would write (card.view.ts renderView).
 */
export function markupHash(view: CardView, json: string): string {
  const text = json + shapeOf(view);
  let hash = 0;
  // Over its UTF-16 code units, as JavaScript holds a string.
  for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) >>> 0;
  return `${MARKUP_VERSION}-${hash.toString(36)}`;
}

/** The whole card, as it stands in its shadow root. */
export function cardTemplate(view: CardView): string {
  const { content, strings, level } = view;
  const allOpen = isAllOpen(view);
  const showAll =
    !view.exclusive && collapsible(content).length > 1
      ? `<div class="toolbar">${trigger(
          view,
          allOpen,
          'show-all',
          'show-all',
          ` aria-expanded="${allOpen}"`,
          `<span class="label">${escape(allOpen ? strings.hideAll : strings.showAll)}</span>${icon}`,
        )}</div>`
      : '';
  return `<article class="${themeClass(view)}" part="card" aria-labelledby="title" lang="${escape(content.lang)}">${heading(
    level,
    'title',
    `<span id="title">${escape(content.title)}</span>`,
  )}${content.intro ? `<p class="intro">${escape(content.intro)}</p>` : ''}${listenControls(view)}${showAll}${each(
    content.sections,
    (s) => section(s, level + 1, view),
  )}${terms(view, level + 1)}${about(view, level + 1)}${clinic(view, level + 1)}${footer(view)}${feedback(view)}</article>`;
}
