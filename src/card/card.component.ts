import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { builtInContent } from '../content/built-in-content.js';
import { fetchContent } from '../content/load.js';
import { scriptText, structuredData } from '../content/structured-data.js';
import type { CardContent, CardSection, UiStrings } from '../content/types.js';
import { englishStrings } from '../content/ui-strings.js';
import { parseContent, validateContent, type ValidationResult } from '../content/validate.js';
import { cardStyles } from './card.styles.js';
import { chevron, footerTemplate, heading, providerTemplate } from './card.templates.js';

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
  /** A stable, machine-readable cause, e.g. `invalid-content` or `unknown-section`. */
  reason: string;
  /** The same text the console shows, naming the bad field's path where there is one. */
  message: string;
}

/** `detail` of the `epidural-info-content` event. */
export interface ContentDetail {
  /** Where the content now shown came from. */
  from: 'property' | 'script' | 'src';
}

// One query shared by every card: theme="auto" follows it.
const prefersDark = matchMedia('(prefers-color-scheme: dark)');

/* `base` with the attribute values that are set laid over it (and `defaults` under it). */
function overlay<T>(
  base: T | undefined,
  attributes: Record<string, unknown>,
  defaults = {},
): T | undefined {
  const set = Object.entries(attributes).filter(([, value]) => value != null);
  return set.length ? ({ ...defaults, ...base, ...Object.fromEntries(set) } as T) : base;
}

// Only the first card that a URL fragment names takes focus and scrolls into view.
const focusClaims = new WeakSet<object>();

/**
 * An accessible information card about epidural injections: a title, an introduction, sections
 * that open and close (the WAI-ARIA APG accordion pattern, modelled on the GOV.UK accordion), the
 * provider, a call to action and a closing note. Collapsed sections stay findable with the
 * browser's find-in-page. Shows the built-in content unless the host supplies its own.
 *
 * @summary Epidural-injection information as an accessible, collapsible card.
 *
 * @fires epidural-info-toggle - A section opened or closed, whatever caused it (click, key, show
 *   all, method, URL fragment, find-in-page). Bubbles, composed. `detail: {section, open}`.
 * @fires epidural-info-content - Content from the host was accepted and is shown. Bubbles,
 *   composed. `detail: {from}`: `property`, `script` or `src`.
 * @fires epidural-info-error - Content or configuration the card could not use. The card keeps
 *   its last good content and logs the same message. Bubbles, composed. `detail: {reason, message}`.
 *
 * @csspart card - The card's outer box, an `<article>` named by the title.
 * @csspart title - The title heading.
 * @csspart show-all - The "Show all sections" button.
 * @csspart section-heading - Each section's heading.
 * @csspart section-button - Each section's toggle button, inside its heading.
 * @csspart section-panel - Each section's collapsible panel.
 * @csspart callout - An always-visible section, such as when to seek urgent help.
 * @csspart provider - The clinic: name, clinician, rating and credentials.
 * @csspart subheading - The headings of the clinic's name, its credentials and the sources.
 * @csspart cta - The call-to-action link.
 * @csspart link - Every other link: provider, sources.
 * @csspart disclaimer - The closing note.
 *
 * @cssproperty --epidural-info-card-accent - Buttons, links, icons, focus ring. Default `#0b5cad` (light), `#8cc4ff` (dark).
 * @cssproperty --epidural-info-card-font-family - Font of the card. Default: inherits the page's font.
 * @cssproperty --epidural-info-card-font-size - Base text size. Default `max(1rem, 16px)`.
 * @cssproperty --epidural-info-card-color - Text colour. Default `#1d2731` (light), `#e6edf3` (dark).
 * @cssproperty --epidural-info-card-muted-color - Sources, review date and closing note. Default: the text colour.
 * @cssproperty --epidural-info-card-background - Card background. Default `#ffffff`, `#161b22`.
 * @cssproperty --epidural-info-card-border-color - Borders and dividers. Default `#c5ced8`, `#3d4652`.
 * @cssproperty --epidural-info-card-callout-background - Always-visible callout background. Default: a 10% tint of the accent.
 * @cssproperty --epidural-info-card-cta-color - Call-to-action text, on the accent colour. Default: the card background.
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
    exclusive: { type: Boolean },
    theme: {},
    openSections: {
      attribute: 'open-sections',
      noAccessor: true,
      converter: {
        fromAttribute: (value: string | null) => (value ?? '').split(/\s+/).filter(Boolean),
      },
    },
    content: { attribute: false, noAccessor: true },
    src: {},
    ctaHref: { attribute: 'cta-href' },
    ctaLabel: { attribute: 'cta-label' },
    providerName: { attribute: 'provider-name' },
    providerHref: { attribute: 'provider-href' },
    structuredData: { type: Boolean, attribute: 'structured-data' },
  };

  /** Level (1–6) of the title heading; section headings are one level below. */
  headingLevel = 2;

  /** At most one section is open at a time; opening one closes the others. */
  exclusive = false;

  /** Colour theme: `light`, `dark`, or `auto` to follow the reader's system setting. */
  theme: CardTheme = 'light';

  /** URL of a JSON document in the content format, fetched once per URL (10 s time-out). */
  src?: string;

  /** Call-to-action link, over the content's `cta.href`. */
  ctaHref?: string;

  /** Call-to-action text, over the content's `cta.label`. */
  ctaLabel?: string;

  /** The clinic's name, over the content's `provider.name`. */
  providerName?: string;

  /** The clinic's page, over the content's `provider.url`. */
  providerHref?: string;

  /** Writes schema.org JSON-LD (a MedicalWebPage about a MedicalProcedure) into the light DOM. */
  structuredData = false;

  /**
   * Ids of the open sections, in content order, kept current whatever opened them. The
   * `open-sections` attribute takes space-separated ids, or `all`.
   */
  get openSections(): string[] {
    return this.#collapsibleIds.filter((id) => this.#openIds.has(id));
  }
  set openSections(ids: string[]) {
    const old = this.openSections;
    this.#requestedOpen = Array.isArray(ids) ? ids : [];
    this.#setOpen(this.#requestedIds());
    this.requestUpdate('openSections', old);
  }

  /**
   * The content shown, in the content format. Setting it validates it: content that does not fit
   * is reported (`epidural-info-error`) and the card keeps what it had.
   */
  get content(): CardContent {
    return this.#content;
  }
  set content(value: CardContent) {
    this.#acceptContent(validateContent(value), 'property');
  }

  #content: CardContent = builtInContent;
  #shown: CardContent = builtInContent;
  #openIds = new Set<string>();
  #requestedOpen?: string[];
  #loading?: string;
  #jsonLd?: HTMLScriptElement;
  #jsonLdFor?: CardContent;
  #jsonChildRead = false;
  #listening?: AbortController;

  get #collapsibleIds(): string[] {
    return this.#content.sections.filter((s) => !s.alwaysVisible).map((s) => s.id);
  }

  get #strings(): UiStrings {
    return { ...englishStrings, ...this.#shown.strings };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // One signal removes every page-level listener when the card leaves the page.
    const { signal } = (this.#listening = new AbortController());
    addEventListener('hashchange', this.#handleHashChange, { signal });
    prefersDark.addEventListener('change', () => this.requestUpdate(), { signal });
    // The JSON child may not be parsed yet when a blocking script upgrades the tag early.
    if (document.readyState === 'loading') {
      document.addEventListener(
        'DOMContentLoaded',
        () => {
          this.#readScriptContent();
          this.requestUpdate('openSections');
        },
        { once: true, signal },
      );
    } else {
      this.#readScriptContent();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#listening?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel') && !this.#isValidHeadingLevel()) {
      this.#reportError(
        'invalid-heading-level',
        `heading-level must be 1–6, not "${this.headingLevel}"; using 2.`,
      );
    }
    if (changed.has('theme') && !/^(light|dark|auto)$/.test(this.theme)) {
      this.#reportError(
        'invalid-theme',
        `theme must be light, dark or auto, not "${this.theme}"; using light.`,
      );
    }
    if (changed.has('src') && this.src) this.#loadSrc(this.src);
    const overlaid = ['ctaHref', 'ctaLabel', 'providerName', 'providerHref'].some((key) =>
      changed.has(key as keyof EpiduralInfoCard),
    );
    if (changed.has('content') || overlaid) this.#shown = this.#withAttributes();
    // Unknown ids wait until the content has settled: they may name sections of a src document.
    const settling = this.#loading || (document.readyState === 'loading' && !this.#jsonChildRead);
    if ((changed.has('content') || changed.has('openSections')) && !settling) {
      const unknown = (this.#requestedOpen ?? []).filter(
        (id) => id !== 'all' && !this.#collapsibleIds.includes(id),
      );
      if (unknown.length) {
        this.#reportError(
          'unknown-section',
          `open-sections: no section "${unknown.join('", "')}" (sections: ${this.#collapsibleIds.join(', ')}).`,
        );
      }
    }
  }

  protected override firstUpdated(): void {
    // The page load claims focus for a fragment like any hashchange, keyed by the window.
    this.#handleHashChange(window);
  }

  protected override updated(): void {
    this.#writeStructuredData();
  }

  /*
   * Every path that opens or closes a section comes through here, so the event fires exactly once
   * per change whatever caused it. Events wait for the first render, and new content's opening
   * state is not a change either. `ids` come in order of priority: with `exclusive`, the first
   * one that exists stays open.
   */
  #setOpen(ids: string[], silent = !this.hasUpdated): void {
    let next = this.#collapsibleIds.filter((id) => ids.includes(id));
    if (this.exclusive && next.length > 1) next = [ids.find((id) => next.includes(id))!];
    const before = this.#openIds;
    this.#openIds = new Set(next);
    this.requestUpdate();
    if (silent) return;
    for (const id of this.#collapsibleIds) {
      const open = this.#openIds.has(id);
      if (open !== before.has(id))
        this.#fire<ToggleDetail>('epidural-info-toggle', { section: id, open });
    }
  }

  #requestedIds(): string[] {
    const requested = this.#requestedOpen ?? [];
    return requested.includes('all') ? this.#collapsibleIds : requested;
  }

  /*
   * The content with the simple attributes (cta-href, provider-name, …) laid over it, and
   * validated like any content: an unsafe link or a missing field is reported, naming the
   * attributes, and the content stays as it was.
   */
  #withAttributes(): CardContent {
    const base = this.#content;
    const { ctaHref, ctaLabel, providerName, providerHref } = this;
    if ([ctaHref, ctaLabel, providerName, providerHref].every((value) => value == null))
      return base;
    const result = validateContent({
      ...base,
      cta: overlay(base.cta, { label: ctaLabel, href: ctaHref }, { label: this.#strings.cta }),
      provider: overlay(base.provider, { name: providerName, url: providerHref }),
    });
    result.problems.forEach(({ reason, message }) =>
      this.#reportError(reason, `cta-… / provider-… attributes: ${message}`),
    );
    return result.content ?? base;
  }

  #acceptContent(result: ValidationResult, from: ContentDetail['from']): void {
    result.problems.forEach((p) => this.#reportError(p.reason, p.message));
    if (!result.content) return;
    this.#content = result.content;
    // New content keeps open what it still has, and open-sections applies to its sections too.
    this.#setOpen([...this.#requestedIds(), ...this.#openIds], true);
    this.requestUpdate('content');
    this.#fire<ContentDetail>('epidural-info-content', { from });
  }

  #readScriptContent(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (script && !this.#jsonChildRead) {
      this.#jsonChildRead = true;
      this.#acceptContent(parseContent(script.textContent ?? ''), 'script');
    }
  }

  async #loadSrc(url: string): Promise<void> {
    this.#loading = url;
    const result = await fetchContent(url);
    // A newer src replaced this one while it was loading: its answer no longer matters.
    if (this.#loading !== url) return;
    this.#loading = undefined;
    this.#acceptContent(result, 'src');
    // Failed: now the built-in (or last good) content is final, check open-sections against it.
    if (!result.content) this.requestUpdate('openSections');
  }

  /* Written once per content shown, not on every update (a toggle does not change it). */
  #writeStructuredData(): void {
    if (!this.structuredData) {
      this.#jsonLd?.remove();
      this.#jsonLdFor = undefined;
      return;
    }
    if (this.#jsonLdFor === this.#shown) return;
    this.#jsonLdFor = this.#shown;
    this.#jsonLd ??= document.createElement('script');
    this.#jsonLd.type = 'application/ld+json';
    try {
      this.#jsonLd.textContent = scriptText(
        JSON.stringify(structuredData(this.#shown, location.href)),
      );
    } catch (error) {
      // The page's Trusted Types allow-list lacks the JSON-LD policy (README, Content-Security-Policy).
      this.#reportError('trusted-types', `structured-data: ${error}`);
      return;
    }
    this.append(this.#jsonLd);
  }

  async #reportError(reason: string, message: string): Promise<void> {
    console.error(`<epidural-info-card>: ${message}`);
    // Attributes are read before the card joins the document, where an event would reach no one.
    if (!this.isConnected) await this.updateComplete;
    this.#fire<ErrorDetail>('epidural-info-error', { reason, message });
  }

  #fire<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }

  #isValidHeadingLevel(): boolean {
    return [1, 2, 3, 4, 5, 6].includes(this.headingLevel);
  }

  /*
   * A click on a section button toggles it; beforematch (find-in-page or a text fragment is about
   * to reveal a collapsed panel) opens it. Buttons are b-<id> and panels p-<id>.
   */
  #handleToggle(event: Event): void {
    this.toggleSection(
      (event.currentTarget as HTMLElement).id.slice(2),
      event.type == 'beforematch' || undefined,
    );
  }

  #handleShowAllClick(): void {
    if (this.#isAllOpen()) this.collapseAll();
    else this.expandAll();
  }

  /*
   * A fragment naming a section (#benefits), or a card and a section (#clinic-card/benefits),
   * opens it. The first card it names scrolls into view and takes focus on its button.
   */
  #handleHashChange = (event: object): void => {
    const [first, second] = location.hash.slice(1).split('/');
    const id = second === undefined ? first : this.id && first === this.id ? second : '';
    if (!this.#collapsibleIds.includes(id)) return;
    this.toggleSection(id, true).then(() => {
      if (focusClaims.has(event)) return;
      focusClaims.add(event);
      // focus() scrolls the button into view too.
      this.shadowRoot!.getElementById(`b-${id}`)!.focus();
    });
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
      this.#reportError('unknown-section', `toggleSection: no section "${id}".`);
    } else {
      const open = force ?? !this.#openIds.has(id);
      const others = [...this.#openIds].filter((other) => other !== id);
      this.#setOpen(open ? [id, ...others] : others);
    }
    await this.updateComplete;
  }

  /*
   * hidden="until-found" lets find-in-page and text fragments reveal a collapsed panel, which then
   * fires beforematch (https://html.spec.whatwg.org/#attr-hidden-until-found-state). Engines
   * without it read any hidden value as plain hidden, so a collapsed panel never shows there.
   */
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
          @click=${this.#handleToggle}
        >
          <span class="label">${section.heading}</span>${chevron}
        </button>`,
      )}
      <div
        class="panel"
        part="section-panel"
        id="p-${section.id}"
        hidden=${open ? nothing : 'until-found'}
        @beforematch=${this.#handleToggle}
      >
        ${body}
      </div>
    </div>`;
  }

  override render(): TemplateResult {
    const content = this.#shown;
    const strings = this.#strings;
    const level = this.#isValidHeadingLevel() ? this.headingLevel : 2;
    const sectionLevel = level + 1;
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
      ${content.sections.map((section) => this.#renderSection(section, sectionLevel))}
      ${providerTemplate(content, strings, sectionLevel)}
      ${footerTemplate(content, strings, sectionLevel)}
    </article>`;
  }
}
