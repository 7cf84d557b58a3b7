/**
 * The shape of everything the card shows. Plain data, no Lit: hosts can build it, validate it
 * and send it as JSON. Every string is rendered as text, never as HTML.
 */

/** One collapsible (or always-visible) part of the card. */
export interface CardSection {
  /** Stable id, used in `open-sections`, URL fragments and events. Letters, digits, `-`, `_`. */
  id: string;
  /** The section's heading, shown on its toggle button. */
  heading: string;
  /** Paragraphs of plain text, shown in order before `items`. */
  paragraphs?: string[];
  /** A bulleted list of plain text. */
  items?: string[];
  /** Never collapsed: shown as a marked callout (e.g. when to seek urgent help). */
  alwaysVisible?: boolean;
}

/** The whole card's content. */
export interface CardContent {
  /** BCP 47 language tag of the text, e.g. `en-GB`. */
  lang: string;
  /** The card's title, rendered as its heading. */
  title: string;
  /** An always-visible opening paragraph. */
  intro?: string;
  /** The sections, in display order. */
  sections: CardSection[];
  /** An always-visible closing note. */
  disclaimer?: string;
}
