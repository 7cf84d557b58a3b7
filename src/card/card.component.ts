import {
  adoptStyles,
  ReactiveElement,
  unsafeCSS,
  type PropertyValues,
} from '@lit/reactive-element';
import type { CardContent } from '../content/types.js';
import { validateContent } from '../content/validate.js';
import { reportError, type ErrorDetail } from './card.events.js';
import { reportOptions } from './card.options.js';
import { cardCss } from './card.styles.js';
import { collapsible } from './card.templates.js';
import { answer, renderUnavailable, renderView, viewOf } from './card.view.js';
import { ContentSource } from './controllers/content-source.controller.js';
import { OpenSections } from './controllers/open-sections.controller.js';
import { FrameHeight } from './controllers/frame-height.controller.js';
import { LazyDrawing } from './controllers/lazy-drawing.controller.js';
import { Speech } from './controllers/speech.controller.js';
import { UrlFragment } from './controllers/url-fragment.controller.js';

export type { ContentDetail, ErrorDetail, FeedbackDetail, ToggleDetail } from './card.events.js';

export type CardTheme = 'light' | 'dark' | 'auto';

/**
 * An accessible information card about epidural injections: a title, an introduction, sections
 * that open and close (the WAI-ARIA APG accordion pattern, modelled on the GOV.UK accordion), the
 * provider, a call to action and a closing note. Collapsed sections stay findable with the
 * browser's find-in-page. Shows the built-in content unless the host supplies its own.
 *
 * @summary Epidural-injection information as an accessible, collapsible card.
 *
 * @fires {ToggleDetail} epidural-info-toggle - A section opened or closed, whatever caused it (click, key, show
 *   all, method, URL fragment, find-in-page). Bubbles, composed. `detail: {section, open}`.
 * @fires {ContentDetail} epidural-info-content - Content from the host was accepted and is shown. Bubbles,
 *   composed. `detail: {from}`: `property`, `script` or `src`.
 * @fires {FeedbackDetail} epidural-info-feedback - With `feedback`: the reader answered "Was this information
 *   useful?". Bubbles, composed. `detail: {useful, sections}` (the ids they opened). Nothing is sent or stored.
 * @fires {ErrorDetail} epidural-info-error - Content or configuration the card could not use. The card keeps
 *   its last good content and logs the same message. Bubbles, composed. `detail: {reason, message}`.
 *
 * @csspart card - The card's outer box, an `<article>` named by the title.
 * @csspart title - The title heading.
 * @csspart show-all - The "Show all sections" button.
 * @csspart section-heading - Each section's heading.
 * @csspart section-button - Each section's toggle button, inside its heading.
 * @csspart section-panel - Each section's collapsible panel.
 * @csspart callout - An always-visible section, such as when to seek urgent help.
 * @csspart terms - "Words explained": each medical word or abbreviation the content lists, with its meaning.
 * @csspart about - "About this information": what the text was adapted from, publisher, reviewer, review dates, sources, disclosure.
 * @csspart provider - The clinic: name, clinician, rating and credentials.
 * @csspart subheading - The headings of "About this information", the sources, the clinic's name and its credentials.
 * @csspart cta - The call-to-action link.
 * @csspart link - Every other link: provider, sources.
 * @csspart disclaimer - The closing note.
 * @csspart feedback - "Was this information useful?", its answers and the thank-you.
 * @csspart feedback-answer - The Yes and No buttons.
 * @csspart listen - With `listen`: the Listen toggle button and the Stop button.
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
export class EpiduralInfoCard extends ReactiveElement {
  static override styles = unsafeCSS(cardCss);

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
    feedback: { type: Boolean },
    listen: { type: Boolean },
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

  /**
   * schema.org JSON-LD (a MedicalWebPage about a MedicalProcedure), written into the page by a
   * server render (renderCard(), the embed builder, the WordPress plugin, the React entry) where
   * search engines read it without running a script. The script itself writes none, and says so
   * on a card that has none.
   */
  structuredData = false;

  /** Asks "Was this information useful?" at the end; the answer is an event, sent nowhere. */
  feedback = false;

  /**
   * Offers "Listen": the title, introduction and open sections read aloud by the browser's own
   * speech synthesis in the content's language, with a voice on the reader's device, so nothing
   * is sent anywhere; pause and stop. Absent where the browser has no speech synthesis or no
   * such voice for the language.
   */
  listen = false;

  /**
   * Every problem the card has reported (`epidural-info-error`), oldest first: for a listener
   * added after the card read its content. Read-only; the card only adds to it.
   */
  readonly problems: ErrorDetail[] = [];

  /**
   * Ids of the open sections, in content order, kept current whatever opened them. The
   * `open-sections` attribute takes space-separated ids, or `all`.
   */
  get openSections(): string[] {
    return this.#sections.list;
  }
  set openSections(ids: string[]) {
    const old = this.openSections;
    this.#sections.request(ids);
    this.requestUpdate('openSections', old);
  }

  /**
   * The content shown, in the content format: undefined while the host's content has not arrived
   * or could not be used. Setting it validates it: content that does not fit is reported
   * (`epidural-info-error`) and the card keeps what it had.
   */
  get content(): CardContent | undefined {
    this.#turn();
    return this.#source.usable ? this.#source.content : undefined;
  }
  set content(value: CardContent) {
    this.#source.accept(validateContent(value), 'property');
  }

  // Whether the card waits for its turn to connect: unset until it first connects, then false
  // once it has connected (or never had to wait).
  #waiting?: boolean;

  // The sections' ids, asked for by every method and by openSections: each takes the card's turn.
  #sections = new OpenSections(this, () =>
    (this.#turn(), this.#source.usable) ? collapsible(this.#source.content).map((s) => s.id) : [],
  );
  #source = new ContentSource(
    this,
    () => this.#sections.keep(),
    () => this.#fromServer,
  );
  #prerendered = false;
  #fromServer = false;
  #lazy = new LazyDrawing(this);
  #speech = new Speech(this);

  constructor() {
    super();
    new UrlFragment(
      this,
      (id) => this.#sections.ids().includes(id) && this.toggleSection(id, true).then(() => true),
    );
    new FrameHeight(this);
  }

  /*
   * Prerendered cards take turns. A page of a hundred server-rendered cards reads before any
   * script runs, so the script need not take them all over in the one task it runs in, keeping a
   * reader's tap waiting: each waits to connect until the browser is idle (a second at most), one
   * card a callback, in document order. A click, a find-in-page match or a host's script (a
   * method, `content`, `openSections`) takes a card's turn at once.
   */
  override connectedCallback(): void {
    // A prerendered card has its (declarative) shadow root when it first connects.
    if (!(this.#waiting ??= !!this.shadowRoot)) return super.connectedCallback();
    this.#listen(this.shadowRoot!);
    (self.requestIdleCallback ?? setTimeout)(() => this.#turn(), { timeout: 1e3 } as never);
  }

  #turn(): void {
    if (!this.#waiting) return;
    this.#waiting = false;
    if (this.isConnected) {
      super.connectedCallback();
      this.performUpdate();
    }
  }

  /*
   * One listener per kind for the whole card, on its shadow root (added again when the card
   * takes its turn, which adds nothing). beforematch (find-in-page or a text fragment is about
   * to reveal a panel) does not bubble.
   */
  #listen(root: ShadowRoot): void {
    root.addEventListener('click', this.#handleClick);
    root.addEventListener('beforematch', this.#handleBeforeMatch, true);
  }

  /*
   * A prerendered card has its (declarative) shadow root: Lit reuses an open one and the first
   * update replaces its markup; a closed one (an altered page) is taken over through the internals.
   * One listener per kind for the whole card, on its shadow root.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    let root: ShadowRoot;
    this.#prerendered = !!this.shadowRoot;
    // Prerendered HTML inserted by script (innerHTML, v-html, client-side navigation) is parsed
    // without declarative shadow DOM: its <template shadowrootmode> stays an inert child. The card
    // renders from the same content (its JSON child), so the inert copy goes.
    const inert = this.querySelector(':scope > template[shadowrootmode]');
    this.#fromServer = this.#prerendered || !!inert;
    inert?.remove();
    try {
      root = super.createRenderRoot() as ShadowRoot;
    } catch {
      root = this.attachInternals().shadowRoot!;
      adoptStyles(root, EpiduralInfoCard.elementStyles);
      // A server's card too: its light DOM is the copy of its text, not the host's HTML form.
      this.#prerendered = this.#fromServer = true;
    }
    this.#listen(root);
    return root;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    reportOptions(this, changed);
    if (
      changed.has('structuredData') &&
      this.structuredData &&
      !this.querySelector(':scope > [type="application/ld+json"]')
    )
      reportError(
        this,
        'structured-data',
        'structured-data: the JSON-LD comes from a server render (see the README), not the script.',
        true,
      );
    this.#source.willUpdate(changed);
    this.#sections.reportUnknown(changed, this.#source.settling || !this.#source.usable);
  }

  /* Lit's reactive update, rendered without a template engine (card.view.ts). */
  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    const root = this.renderRoot as DocumentFragment;
    if (this.#source.usable) {
      const view = viewOf(this.#source.shown, this, this.#sections.open);
      if (this.listen && this.#speech.voice(view.content.lang)) view.speech = this.#speech.state;
      else this.#speech.stop();
      renderView(root, view, this.#lazy.isLazy(this.#prerendered));
    } else renderUnavailable(root, this, this.#source.failed);
  }

  /*
   * A control: its button, or before the card's turn the text in its place (the same id or
   * value), which takes the turn.
   */
  #handleClick = (event: Event): void => {
    const control = (event.target as Element).closest('button, .trigger');
    if (!control) return;
    this.#turn();
    const value = control.getAttribute('value');
    if (value == 'say') this.#speech.toggle(this.#source.shown, this.#sections.open);
    else if (value == 'stop') this.#speech.stop();
    else if (value) answer(this, value == 'true', this.#source.shown, [...this.#sections.opened]);
    else if (control.id) this.toggleSection(control.id.slice(2));
    else if (this.#sections.list.length == this.#sections.ids().length) this.collapseAll();
    else this.expandAll();
  };

  #handleBeforeMatch = (event: Event): void => {
    this.toggleSection((event.target as Element).id.slice(2), true);
  };

  /** Opens every section (with `exclusive`, only the first). Resolves once rendered. */
  async expandAll(): Promise<void> {
    this.#sections.set(this.#sections.ids());
    await this.updateComplete;
  }

  /** Closes every section. Resolves once rendered. */
  async collapseAll(): Promise<void> {
    this.#sections.set([]);
    await this.updateComplete;
  }

  /**
   * Opens or closes one section: toggles it, or sets it open when `force` is `true` and closed
   * when `false`. Resolves once rendered.
   */
  async toggleSection(id: string, force?: boolean): Promise<void> {
    if (this.#sections.ids().includes(id)) this.#sections.toggle(id, force);
    else reportError(this, 'unknown-section', `toggleSection: no section "${id}".`);
    await this.updateComplete;
  }
}
