import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { builtInContent } from '../content/built-in-content.js';
import type { CardContent, CardSection } from '../content/types.js';
import { englishStrings } from '../content/ui-strings.js';
import { cardStyles } from './card.styles.js';

export type CardTheme = 'light' | 'dark' | 'auto';

/** `detail` of the `epidural-info-toggle` event. */
export interface ToggleDetail {
  /** Id of the section that opened or closed. */
  section: string;
  /** Whether it is now open. */
  open: boolean;
}

/** `detail` of the `epidural-info-error` event. */
export interface ErrorDetail {
  /** A stable, machine-readable cause, e.g. `unknown-section`. */
  reason: string;
  /** The same text the console shows. */
  message: string;
}

const THEMES: readonly string[] = ['light', 'dark', 'auto'];

/*
 * hidden="until-found" lets find-in-page and text fragments reveal a collapsed panel, which then
 * fires beforematch (https://html.spec.whatwg.org/#attr-hidden-until-found-state). Engines
 * without it get plain hidden, so a collapsed panel is never left visible.
 */
const HIDDEN_VALUE = 'onbeforematch' in HTMLElement.prototype ? 'until-found' : '';

// One query shared by every card: theme="auto" follows it.
const prefersDark = matchMedia('(prefers-color-scheme: dark)');

const chevron = svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M7 10l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/></svg>`;

/*
 * A real <h1>–<h6> at a level chosen at run time. Six literal templates compress to almost
 * nothing and avoid lit/static-html. The class doubles as the ::part() name.
 */
function heading(level: number, name: string, content: unknown): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 class=${name} part=${name}>${content}</h1>`;
    case 3:
      return html`<h3 class=${name} part=${name}>${content}</h3>`;
    case 4:
      return html`<h4 class=${name} part=${name}>${content}</h4>`;
    case 5:
      return html`<h5 class=${name} part=${name}>${content}</h5>`;
    case 6:
      return html`<h6 class=${name} part=${name}>${content}</h6>`;
    default:
      return html`<h2 class=${name} part=${name}>${content}</h2>`;
  }
}

/**
 * An accessible information card about epidural injections: a title, an introduction, sections
 * that open and close (the WAI-ARIA APG accordion pattern, modelled on the GOV.UK accordion) and a
 * closing note. Collapsed sections stay findable with the browser's find-in-page.
 *
 * @summary Epidural-injection information as an accessible, collapsible card.
 *
 * @fires epidural-info-toggle - A section opened or closed, whatever caused it (click, key, show
 *   all, method, URL fragment, find-in-page). Bubbles, composed. `detail: {section, open}`.
 * @fires epidural-info-error - Configuration the card could not use (e.g. an unknown section id).
 *   The card falls back and logs the same message. Bubbles, composed. `detail: {reason, message}`.
 *
 * @csspart card - The card's outer box, an `<article>` named by the title.
 * @csspart title - The title heading.
 * @csspart show-all - The "Show all sections" button.
 * @csspart section-heading - Each section's heading.
 * @csspart section-button - Each section's toggle button, inside its heading.
 * @csspart section-panel - Each section's collapsible panel.
 * @csspart callout - An always-visible section, such as when to seek urgent help.
 * @csspart disclaimer - The closing note.
 *
 * @cssproperty --epidural-info-card-accent - Buttons, icons, focus ring. Default `#0b5cad` (light), `#8cc4ff` (dark).
 * @cssproperty --epidural-info-card-font-family - Font of the card. Default: inherits the page's font.
 * @cssproperty --epidural-info-card-font-size - Base text size. Default `max(1rem, 16px)`.
 * @cssproperty --epidural-info-card-color - Text colour. Default `#1d2731` (light), `#e6edf3` (dark).
 * @cssproperty --epidural-info-card-muted-color - Closing-note colour. Default `#4b5865`, `#b1bac4`.
 * @cssproperty --epidural-info-card-background - Card background. Default `#ffffff`, `#161b22`.
 * @cssproperty --epidural-info-card-border-color - Borders and dividers. Default `#c5ced8`, `#3d4652`.
 * @cssproperty --epidural-info-card-hover-background - Button background on hover. Default `#eef4fb`, `#1f2a37`.
 * @cssproperty --epidural-info-card-callout-background - Always-visible callout background. Default `#fff6db`, `#2b2410`.
 * @cssproperty --epidural-info-card-radius - Corner radius of the card. Default `0.75em`.
 */
export class EpiduralInfoCard extends LitElement {
  static override styles = cardStyles;

  /*
   * Reactive properties are declared here rather than with @property decorators: the decorator
   * runtime and tslib's __decorate cost the embed script about 400 bytes gzip for no behaviour.
   */
  static override properties = {
    headingLevel: { type: Number, attribute: 'heading-level' },
    exclusive: { type: Boolean, reflect: true },
    theme: {},
    openSections: {
      attribute: 'open-sections',
      noAccessor: true,
      converter: {
        fromAttribute: (value: string | null) => (value ?? '').split(/\s+/).filter(Boolean),
      },
    },
  };

  /** Level (1–6) of the title heading; section headings are one level below. */
  headingLevel = 2;

  /** At most one section is open at a time; opening one closes the others. */
  exclusive = false;

  /** Colour theme: `light`, `dark`, or `auto` to follow the reader's system setting. */
  theme: CardTheme = 'light';

  /**
   * Ids of the open sections, in content order, kept current whatever opened them. The
   * `open-sections` attribute takes space-separated ids, or `all`.
   */
  get openSections(): string[] {
    return this.#collapsibleIds.filter((id) => this.#openIds.has(id));
  }
  set openSections(ids: string[]) {
    const requested = Array.isArray(ids) ? ids : [];
    if (requested.includes('all')) {
      this.#setOpen(this.#collapsibleIds);
      return;
    }
    const unknown = requested.filter((id) => !this.#collapsibleIds.includes(id));
    if (unknown.length) {
      this.#reportError(
        'unknown-section',
        `open-sections names ${unknown.map((id) => `"${id}"`).join(', ')}, which this card does not have; its sections are: ${this.#collapsibleIds.join(', ')}.`,
      );
    }
    this.#setOpen(requested);
  }

  #content: CardContent = builtInContent;
  #openIds = new Set<string>();
  #strings = englishStrings;

  get #collapsibleIds(): string[] {
    return this.#content.sections.filter((s) => !s.alwaysVisible).map((s) => s.id);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#handleHashChange);
    prefersDark.addEventListener('change', this.#handleColorSchemeChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#handleHashChange);
    prefersDark.removeEventListener('change', this.#handleColorSchemeChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel') && !this.#isValidHeadingLevel()) {
      this.#reportError(
        'invalid-heading-level',
        `heading-level must be a whole number from 1 to 6, not "${this.getAttribute('heading-level') ?? this.headingLevel}"; using 2.`,
      );
    }
    if (changed.has('theme') && !THEMES.includes(this.theme)) {
      this.#reportError(
        'invalid-theme',
        `theme must be one of ${THEMES.join(', ')}, not "${this.theme}"; using light.`,
      );
    }
  }

  protected override firstUpdated(): void {
    this.#handleHashChange();
  }

  /*
   * Every path that opens or closes a section comes through here, so the event fires exactly once
   * per change whatever caused it. Events wait for the first render: the initial state is not a
   * change.
   */
  #setOpen(ids: Iterable<string>): void {
    const wanted = new Set(ids);
    let next = this.#collapsibleIds.filter((id) => wanted.has(id));
    if (this.exclusive && next.length > 1) {
      const added = next.filter((id) => !this.#openIds.has(id));
      next = [added[0] ?? next[0]];
    }
    const before = this.#openIds;
    this.#openIds = new Set(next);
    this.requestUpdate();
    if (!this.hasUpdated) return;
    for (const id of this.#collapsibleIds) {
      const open = this.#openIds.has(id);
      if (open !== before.has(id)) {
        this.dispatchEvent(
          new CustomEvent<ToggleDetail>('epidural-info-toggle', {
            detail: { section: id, open },
            bubbles: true,
            composed: true,
          }),
        );
      }
    }
  }

  async #reportError(reason: string, message: string): Promise<void> {
    console.error(`<epidural-info-card>: ${message}`);
    // Attributes are read before the card joins the document, where an event would reach no one.
    if (!this.isConnected) await this.updateComplete;
    this.dispatchEvent(
      new CustomEvent<ErrorDetail>('epidural-info-error', {
        detail: { reason, message },
        bubbles: true,
        composed: true,
      }),
    );
  }

  #isValidHeadingLevel(): boolean {
    return Number.isInteger(this.headingLevel) && this.headingLevel >= 1 && this.headingLevel <= 6;
  }

  #handleSectionClick(event: Event): void {
    const id = (event.currentTarget as HTMLElement).dataset.section!;
    this.toggleSection(id);
  }

  #handleShowAllClick(): void {
    if (this.#isAllOpen()) this.collapseAll();
    else this.expandAll();
  }

  /* The browser is about to reveal a collapsed panel for find-in-page or a text fragment. */
  #handleBeforeMatch(event: Event): void {
    this.toggleSection((event.currentTarget as HTMLElement).dataset.section!, true);
  }

  /* A fragment naming a section (#benefits) opens it, scrolls to it and focuses its button. */
  #handleHashChange = (): void => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!this.#collapsibleIds.includes(id)) return;
    this.toggleSection(id, true).then(() => {
      const button = this.renderRoot.querySelector<HTMLElement>(`#b-${CSS.escape(id)}`);
      button?.scrollIntoView({ block: 'start' });
      button?.focus({ preventScroll: true });
    });
  };

  #handleColorSchemeChange = (): void => {
    if (this.theme === 'auto') this.requestUpdate();
  };

  #isDark(): boolean {
    return this.theme === 'dark' || (this.theme === 'auto' && prefersDark.matches);
  }

  #isAllOpen(): boolean {
    return this.#collapsibleIds.every((id) => this.#openIds.has(id));
  }

  /** Opens every section (with `exclusive`, only the first). Resolves once rendered. */
  async expandAll(): Promise<void> {
    this.#setOpen(this.#collapsibleIds);
    await this.updateComplete;
  }

  /** Closes every section. Resolves once rendered. */
  async collapseAll(): Promise<void> {
    this.#setOpen([]);
    await this.updateComplete;
  }

  /**
   * Opens or closes one section: toggles it, or sets it open when `force` is `true` and closed
   * when `false`. Resolves once rendered.
   */
  async toggleSection(id: string, force?: boolean): Promise<void> {
    if (!this.#collapsibleIds.includes(id)) {
      this.#reportError(
        'unknown-section',
        `toggleSection("${id}"): this card has no such section.`,
      );
    } else {
      const open = force ?? !this.#openIds.has(id);
      const next = new Set(this.#openIds);
      if (open) next.add(id);
      else next.delete(id);
      this.#setOpen(next);
    }
    await this.updateComplete;
  }

  #renderSection(section: CardSection, level: number): TemplateResult {
    const body = html`<div class="body">
      ${(section.paragraphs ?? []).map((text) => html`<p>${text}</p>`)}
      ${
        section.items?.length
          ? html`<ul>
              ${section.items.map((text) => html`<li>${text}</li>`)}
            </ul>`
          : nothing
      }
    </div>`;
    if (section.alwaysVisible) {
      return html`<div class="callout" part="callout">
        ${heading(level, 'section-heading', section.heading)}${body}
      </div>`;
    }
    const open = this.#openIds.has(section.id);
    return html`<div class="section">
      ${heading(
        level,
        'section-heading',
        html`<button
          type="button"
          part="section-button"
          id="b-${section.id}"
          aria-expanded=${open}
          aria-controls="p-${section.id}"
          data-section=${section.id}
          @click=${this.#handleSectionClick}
        >
          <span class="label">${section.heading}</span>${chevron}
        </button>`,
      )}
      <div
        class="panel"
        part="section-panel"
        id="p-${section.id}"
        data-section=${section.id}
        hidden=${open ? nothing : HIDDEN_VALUE}
        @beforematch=${this.#handleBeforeMatch}
      >
        ${body}
      </div>
    </div>`;
  }

  override render(): TemplateResult {
    const content = this.#content;
    const strings = this.#strings;
    const level = this.#isValidHeadingLevel() ? this.headingLevel : 2;
    const allOpen = this.#isAllOpen();
    return html`<article
      class="card ${this.#isDark() ? 'dark' : ''}"
      part="card"
      aria-labelledby="title"
      lang=${content.lang}
    >
      ${heading(level, 'title', html`<span id="title">${content.title}</span>`)}
      ${content.intro ? html`<p class="intro">${content.intro}</p>` : nothing}
      ${
        this.exclusive || this.#collapsibleIds.length < 2
          ? nothing
          : html`<div class="toolbar">
              <button
                type="button"
                class="show-all"
                part="show-all"
                aria-expanded=${allOpen}
                @click=${this.#handleShowAllClick}
              >
                <span class="label">${allOpen ? strings.hideAll : strings.showAll}</span>${chevron}
              </button>
            </div>`
      }
      ${content.sections.map((section) => this.#renderSection(section, Math.min(level + 1, 6)))}
      ${
        content.disclaimer
          ? html`<p class="disclaimer" part="disclaimer">${content.disclaimer}</p>`
          : nothing
      }
    </article>`;
  }
}
