// Plain text, minified by the build like every template tagged "css" (see card.styles.ts).
const css = (strings: TemplateStringsArray) => strings[0];

/*
 * How the card adapts to the reader's settings and to the medium: reduced motion, forced colours
 * (Windows High Contrast), and print or no scripting, where every section is shown.
 */
export const mediaCss = css`
  @media (prefers-reduced-motion: reduce) {
    .icon {
      transition: none;
    }
  }

  /* Forced colours take the fills away: the call to action keeps a border to look like one. */
  @media (forced-colors: active) {
    [part='cta'] {
      border: 2px solid;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }

  /*
   * On paper, and where scripting is off (a prerendered card read with JavaScript disabled), every
   * section is shown, whatever its state, and the controls that cannot work there go: the icons
   * and "Show all", and the section names look like the headings they are (a prerendered card has
   * no buttons there: card.templates.ts trigger()).
   */
  @media print, (scripting: none) {
    .show-all,
    .feedback,
    .icon {
      display: none;
    }
    .section-heading > * {
      min-height: 0;
      margin: 0;
      padding: 0.5em 0 0;
      color: inherit;
      cursor: auto;
    }
    .panel[hidden] {
      display: block !important;
      content-visibility: visible !important;
    }
  }
  @media print {
    .lazy {
      content-visibility: visible;
    }
    .card {
      color: #000;
      background: #fff;
      border: 0;
      padding: 0;
    }
    /* Paper has no links: print where each one goes. */
    a[href]::after {
      content: ' (' attr(href) ')';
    }
  }
`;
