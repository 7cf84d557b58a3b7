import { mediaCss } from './card.media.styles.js';

/*
 * A tag for this file's one static stylesheet, as plain text: the element adopts it as a
 * constructed stylesheet, and a server writes it into a prerendered card's <style> (whose CSP hash
 * is taken from the same text). Lit's own css tag exists to compose stylesheets with interpolated
 * values safely; there are none here. The build minifies any template tagged "css".
 */
const css = (strings: TemplateStringsArray) => strings[0];

const layoutCss = css`
  /*
   * The host is the only box the page's CSS can reach. display is !important so resets such as
   * "* { all: unset }" cannot make it inline; everything else lives on .card inside the shadow root.
   * The hidden attribute still hides it.
   */
  :host(:not([hidden])) {
    display: block !important;
  }

  /*
   * Inherited properties are the only ones a host page can push through the shadow boundary
   * (line-height, letter-spacing, text-transform, list-style, …): all: initial drops every one of
   * them. The font family alone is taken back from the page: while its custom property is unset,
   * that declaration falls back to inheriting. max(1rem, 16px) keeps text readable when a page
   * shrinks its root font (html { font-size: 10px }) yet follows the reader's own text size.
   * all: initial leaves direction alone, so dir="rtl" still mirrors the card.
   *
   * Each public custom property is read once, into a private --_ variable (the Material Web
   * convention), with the theme's default behind it: the palettes below set only the defaults,
   * so a host's colour wins in both themes. The theme is a class on the card: "dark" always
   * takes the dark palette, "auto" takes it when the reader's system prefers dark. Plain CSS,
   * so a card prerendered on a server follows the reader's setting before any script runs.
   */
  .card {
    all: initial;
    --_default-background: #fff;
    --_default-color: #1d2731;
    --_default-accent: #0b5cad;
    --_default-border: #c5ced8;
    color-scheme: light;
    --_background: var(--epidural-info-card-background, var(--_default-background));
    --_color: var(--epidural-info-card-color, var(--_default-color));
    --_accent: var(--epidural-info-card-accent, var(--_default-accent));
    --_border: var(--epidural-info-card-border-color, var(--_default-border));
    display: block;
    font-family: var(--epidural-info-card-font-family);
    font-size: var(--epidural-info-card-font-size, max(1rem, 16px));
    line-height: 1.6;
    overflow-wrap: break-word;
    color: var(--_color);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--epidural-info-card-radius, 0.75em);
    padding: 1.25em 1.25em 1em;
    /*
     * Layout and paint stay inside the card: opening a section re-lays out this card alone, not
     * every card on a page of a thousand (toggle 100 ms -> 40 ms in npm run bench).
     */
    contain: content;
  }
  /*
   * On a page of many cards, a card the script rendered (class "lazy", see the element's
   * #isLazy) is not laid out or painted while it is far off screen: a page of a thousand cards
   * lays out the few in view. Its text stays in the
   * accessibility tree and find-in-page, and a fragment still scrolls to it. Until first drawn
   * its content is taken to be 40em tall, then the height it had is remembered (auto), so the
   * scroll bar stays steady. A prerendered card is not lazy: the page drew it in full from its
   * HTML, and skipping it while the page still parses painted the 40em guess first in Chromium,
   * then the card, pushing the page down.
   */
  .lazy {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 40em;
  }
  .dark {
    --_default-background: #161b22;
    --_default-color: #e6edf3;
    --_default-accent: #8cc4ff;
    --_default-border: #3d4652;
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    .auto {
      --_default-background: #161b22;
      --_default-color: #e6edf3;
      --_default-accent: #8cc4ff;
      --_default-border: #3d4652;
      color-scheme: dark;
    }
  }

  .title {
    font-size: 1.5em;
    line-height: 1.25;
    margin: 0 0 0.5em;
  }
  p,
  ul {
    margin: 0 0 0.75em;
    max-width: 70ch;
  }
  ul {
    padding-inline-start: 1.5em;
  }
  li + li {
    margin-top: 0.4em;
  }

  /* .trigger: a prerendered card's controls, drawn as the buttons the script puts in their place. */
  button,
  .trigger {
    box-sizing: border-box;
    margin: 0;
    padding: 0;
    font: inherit;
    font-weight: 700;
    color: var(--_accent);
    background: none;
    border: 0;
    border-radius: 0.25em;
    cursor: pointer;
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: max(44px, 2.75em);
    min-width: 44px;
    text-align: start;
  }
  button:hover .label,
  a:hover {
    text-decoration: underline 2px;
  }
  /* A 3px outline in the accent colour; outlines survive forced-colors mode, box-shadows do not. */
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  a {
    color: var(--_accent);
  }
  .toolbar,
  .section {
    display: flex;
    flex-direction: column;
    border-bottom: 1px solid var(--_border);
  }
  /* Buttons reach 0.5em past the text column so their focus ring frames the text it aligns with. */
  .show-all {
    align-self: end;
    margin-inline-end: -0.5em;
    padding: 0 0.5em;
  }
  .section-heading {
    font-size: 1.125em;
    line-height: 1.35;
    margin: 0;
  }
  .section-heading > * {
    width: calc(100% + 1em);
    margin-inline: -0.5em;
    padding: 0.6em 0.5em;
    justify-content: space-between;
  }
  /* Long words in a heading break rather than push the icon out of a narrow card. */
  .label {
    min-width: 0;
  }
  /* The icon: a ring with a chevron drawn by two borders, turned up when the section is open. */
  .icon {
    flex: none;
    display: grid;
    place-items: center;
    width: 1.5em;
    height: 1.5em;
    border: 2px solid;
    border-radius: 50%;
    transition: transform 0.2s;
  }
  .icon::after {
    content: '';
    width: 0.45em;
    height: 0.45em;
    margin-top: -0.2em;
    border: solid;
    border-width: 0 2.5px 2.5px 0;
    transform: rotate(45deg);
  }
  [aria-expanded='true'] > .icon,
  .open > .icon {
    transform: rotate(180deg);
  }
  /* The panel itself stays unstyled: hidden="until-found" keeps its box, so spacing lives inside. */
  .body {
    padding: 0.25em 0 0.5em;
  }
  .callout {
    margin: 1em 0;
    padding: 0.75em 1em;
    /* A tint of the accent, so a host's accent colour carries through. */
    background: var(
      --epidural-info-card-callout-background,
      color-mix(in srgb, var(--_accent) 10%, transparent)
    );
    border-inline-start: 0.35em solid var(--_accent);
  }
  .provider {
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-radius: 0.5em;
  }
  /* Their headings (bold by default) are drawn at the size of the text around them. */
  .provider *,
  .about *,
  .terms * {
    margin: 0 0 0.25em;
    font-size: 1em;
  }
  /* Who published and checked the text, and the words explained: a label in bold above each value. */
  dt {
    font-weight: 700;
  }
  .about dd,
  .terms dd {
    margin-bottom: 0.5em;
  }
  /* A word explained is set apart by its weight alone: italics are harder to read. */
  dfn {
    font-style: normal;
  }
  .terms {
    margin-top: 1em;
  }
  [part='cta'] {
    display: inline-flex;
    align-items: center;
    min-height: max(44px, 2.75em);
    margin-top: 1.25em;
    padding: 0.4em 1.25em;
    border-radius: 0.5em;
    background: var(--_accent);
    color: var(--epidural-info-card-cta-color, var(--_background));
    font-weight: 700;
  }
  /* Set apart by space and colour, never by a smaller size: no text in the card is under 16px. */
  /* "Was this information useful?": two outlined buttons after the question. */
  [part='feedback'] {
    margin-top: 1em;
  }
  .feedback [role='group'] {
    display: flex;
    gap: 0.5em;
  }
  /*
   * Listen while it reads: the toggle button pressed, drawn filled, and its word underlined,
   * which forced colours (where every button has the same system colours) keep.
   */
  [aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_background);
    text-decoration: underline;
  }
  .answer {
    border: 2px solid;
    padding: 0 1em;
  }
  /* "From the clinic": the clinic's block, set apart from the health information above it. */
  .clinic {
    margin-top: 1.25em;
    padding-top: 0.75em;
    border-top: 3px double var(--_border);
  }
  #from {
    font-weight: 700;
  }
  .about,
  .disclaimer {
    margin: 1em 0 0;
    color: var(--epidural-info-card-muted-color, var(--_color));
  }
`;

/** The card's whole stylesheet: its layout, then how it adapts (card.media.styles.ts). */
export const cardCss = layoutCss + mediaCss;
