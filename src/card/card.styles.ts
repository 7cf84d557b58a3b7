import { css } from 'lit';

export const cardStyles = css`
  /*
   * The host is the only box the page's CSS can reach. display is !important so resets such as
   * "* { all: unset }" cannot make it inline; everything else lives on .card inside the shadow root.
   * Hide the card with the hidden attribute.
   */
  :host {
    display: block !important;
  }
  :host([hidden]) {
    display: none !important;
  }

  /*
   * Inherited properties are the only ones a host page can push through the shadow boundary
   * (line-height, letter-spacing, text-transform, list-style, …): all: initial drops every one of
   * them. The font family alone is taken back from the page: while its custom property is unset,
   * that declaration falls back to inheriting. max(1rem, 16px) keeps text readable when a page
   * shrinks its root font (html { font-size: 10px }) yet follows the reader's own text size.
   * all: initial leaves direction alone, so dir="rtl" still mirrors the card.
   *
   * Public custom properties are read once, with their defaults, into private --_ variables (the
   * Material Web convention). The dark palette is a class rather than a media query so that
   * theme="dark" and theme="auto" share one block; the element sets it.
   */
  .card {
    all: initial;
    --_background: var(--epidural-info-card-background, #ffffff);
    --_color: var(--epidural-info-card-color, #1d2731);
    --_muted: var(--epidural-info-card-muted-color, #4b5865);
    --_accent: var(--epidural-info-card-accent, #0b5cad);
    --_border: var(--epidural-info-card-border-color, #c5ced8);
    --_hover: var(--epidural-info-card-hover-background, #eef4fb);
    --_callout: var(--epidural-info-card-callout-background, #fff6db);
    --_on-accent: var(--epidural-info-card-cta-color, #ffffff);
    color-scheme: light;
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
  }
  .card.dark {
    --_background: var(--epidural-info-card-background, #161b22);
    --_color: var(--epidural-info-card-color, #e6edf3);
    --_muted: var(--epidural-info-card-muted-color, #b1bac4);
    --_accent: var(--epidural-info-card-accent, #8cc4ff);
    --_border: var(--epidural-info-card-border-color, #3d4652);
    --_hover: var(--epidural-info-card-hover-background, #1f2a37);
    --_callout: var(--epidural-info-card-callout-background, #2b2410);
    --_on-accent: var(--epidural-info-card-cta-color, #0d1117);
    color-scheme: dark;
  }
  * {
    box-sizing: border-box;
  }
  .title {
    font-size: 1.5em;
    line-height: 1.25;
    font-weight: 700;
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
  .intro {
    margin-bottom: 1em;
  }

  button {
    font: inherit;
    color: var(--_accent);
    background: none;
    border: 0;
    margin: 0;
    cursor: pointer;
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: max(44px, 2.75em);
    min-width: 44px;
    text-align: start;
    border-radius: 0.25em;
    -webkit-tap-highlight-color: transparent;
  }
  button:hover {
    background: var(--_hover);
  }
  button:hover .label {
    text-decoration: underline;
    text-decoration-thickness: 2px;
    text-underline-offset: 0.2em;
  }
  /* A 3px outline in the accent colour; outlines survive forced-colors mode, box-shadows do not. */
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  /* Buttons reach 0.5em past the text column so their hover fill frames the text it aligns with. */
  .show-all {
    margin-inline: auto -0.5em;
    padding: 0 0.5em;
    font-weight: 600;
  }
  .toolbar {
    display: flex;
    border-bottom: 1px solid var(--_border);
  }

  .section {
    border-bottom: 1px solid var(--_border);
  }
  .section-heading {
    font-size: 1.125em;
    line-height: 1.35;
    font-weight: 700;
    margin: 0;
  }
  .section-heading button {
    width: calc(100% + 1em);
    margin-inline: -0.5em;
    padding: 0.6em 0.5em;
    font-weight: 700;
    justify-content: space-between;
  }
  .label {
    flex: 1 1 auto;
    min-width: 0;
  }
  .icon {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    border: 2px solid currentColor;
    border-radius: 50%;
    transition: transform 0.2s ease;
  }
  [aria-expanded='true'] > .icon {
    transform: rotate(180deg);
  }
  /* The panel itself stays unstyled: hidden="until-found" keeps its box, so spacing lives inside. */
  .body {
    padding: 0.25em 0 0.5em;
  }
  .callout {
    margin: 1em 0;
    padding: 0.75em 1em;
    background: var(--_callout);
    border-inline-start: 0.35em solid var(--_accent);
  }
  .callout .section-heading {
    margin-bottom: 0.5em;
  }
  .provider {
    margin: 1.25em 0 0;
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-radius: 0.5em;
  }
  .provider p,
  .sources p {
    margin: 0 0 0.25em;
  }
  .provider-name,
  .credentials-label,
  .sources-label {
    font-weight: 700;
  }
  .stars {
    color: var(--_accent);
    margin-inline-end: 0.4em;
  }
  .credentials {
    margin: 0;
  }
  .cta-row {
    margin: 1.25em 0 0;
  }
  .cta {
    display: inline-flex;
    align-items: center;
    min-height: max(44px, 2.75em);
    padding: 0.4em 1.25em;
    border-radius: 0.5em;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
    text-decoration: none;
  }
  .cta:hover {
    text-decoration: underline;
  }
  .sources,
  .reviewed,
  .disclaimer {
    margin: 1em 0 0;
    font-size: 0.9375em;
    color: var(--_muted);
  }

  @media (prefers-reduced-motion: reduce) {
    .icon {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    button {
      color: ButtonText;
    }
    .cta {
      border: 2px solid;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }

  /* On paper every section is shown, whatever its state on screen, and the controls go. */
  @media print {
    .card {
      color: #000;
      background: #fff;
      border: 0;
      padding: 0;
    }
    .toolbar,
    .icon {
      display: none;
    }
    .section-heading button {
      color: inherit;
      min-height: 0;
      margin: 0;
      padding: 0.5em 0 0.25em;
    }
    .panel[hidden] {
      display: block !important;
      content-visibility: visible !important;
    }
    /* Paper has no links: print where each one goes. */
    a[href]::after {
      content: ' (' attr(href) ')';
    }
  }
`;
