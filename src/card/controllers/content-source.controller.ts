import type { PropertyValues, ReactiveController, ReactiveElement } from '@lit/reactive-element';
import { builtInContent } from '../../content/built-in-content.js';
import { hasHtmlContent, parseHtmlContent } from '../../content/html-content.js';
import { jsonText } from '../../content/json-text.js';
import { fetchContent } from '../../content/load.js';
import type { CardContent } from '../../content/types.js';
import { withAttributes } from '../../content/overlay.js';
import { overdue, parseContent, type ValidationResult } from '../../content/validate.js';
import { fire, reportError, type ContentDetail, type ErrorDetail } from '../card.events.js';

/** What the controller reads from its card. */
export interface ContentHost extends ReactiveElement {
  problems: ErrorDetail[];
  src?: string;
  ctaHref?: string;
  ctaLabel?: string;
  providerName?: string;
  providerHref?: string;
}

/* Whether the HTML parser has gone past a node: a node follows it, or one of its ancestors. */
const parsedPast = (node: Node | null): boolean =>
  !!node && (!!node.nextSibling || parsedPast(node.parentNode));

/**
 * Where the card's content comes from: the built-in text, the `content` property, a JSON script
 * child, a `src` document, the HTML form written inside the tag (followed as it is edited), and
 * the cta-…/provider-… attributes laid over whichever it is. Every one is validated; a problem is
 * reported and the card keeps its last good content. The built-in text is for a host that gives
 * none: a card whose host gave content it cannot use, or that has not arrived, and none before it,
 * has nothing to show (`usable` is false), never another procedure's text. A card a server
 * prerendered takes its JSON child or the built-in text: the HTML inside it is its copy for
 * readers without the shadow root, not content.
 */
export class ContentSource implements ReactiveController {
  /** The content as the host gave it, validated. */
  content: CardContent = builtInContent;
  /** What the card shows: the content with the attributes laid over it. */
  shown: CardContent = builtInContent;
  /** The host's content could not be used, and none of the host's was taken before it. */
  failed = false;
  #taken = false;
  #from?: ContentDetail['from'];
  #loading?: string;
  #scriptRead = false;
  #parsing = false;
  #listening?: AbortController;
  #edits?: MutationObserver;

  /**
   * `accepted` runs when new content is taken, before the card updates for it; `prerendered`
   * says whether the card's markup came from a server.
   */
  constructor(
    private host: ContentHost,
    private accepted: () => void,
    private prerendered: () => boolean,
  ) {
    host.addController(this);
  }

  /** Whether `content` is the host's or, where the host gave none, the built-in text. */
  get usable(): boolean {
    return !this.failed && (this.#taken || !this.settling);
  }

  /** Whether more content may still arrive: a `src` loading, or the page still parsing. */
  get settling(): boolean {
    return !!this.#loading || this.#parsing;
  }

  hostConnected(): void {
    // The children may not be parsed yet when a blocking script upgrades the tag as the parser
    // meets it; once a node follows the tag (or an ancestor), they all are.
    if (document.readyState == 'loading' && !parsedPast(this.host)) {
      this.#parsing = true;
      this.#listening = new AbortController();
      document.addEventListener(
        'DOMContentLoaded',
        () => {
          this.#parsing = false;
          this.#readChildren();
          // Now open-sections can be checked against the content that is final.
          this.host.requestUpdate('openSections');
        },
        { once: true, signal: this.#listening.signal },
      );
    } else {
      this.#readChildren();
    }
  }

  hostDisconnected(): void {
    this.#listening?.abort();
    this.#edits?.disconnect();
  }

  /** Called from the card's willUpdate: loads a new `src`, lays new attributes over. */
  willUpdate(changed: PropertyValues): void {
    const { host } = this;
    if (changed.has('src') && host.src) this.#load(host.src);
    if (
      ['content', 'ctaHref', 'ctaLabel', 'providerName', 'providerHref'].some((k) => changed.has(k))
    )
      this.shown = this.#withAttributes();
  }

  /** Validates and takes `value`, or reports why not. */
  accept(result: ValidationResult, from: ContentDetail['from']): void {
    result.problems.forEach((p) => reportError(this.host, p.reason, p.message));
    if (!result.content) {
      this.failed = !this.#taken;
      this.host.requestUpdate();
      return;
    }
    this.#taken = true;
    this.#from = from;
    this.failed = false;
    this.content = result.content;
    // Past its next review: shown as it is, and said once, as a warning.
    const late = overdue(result.content);
    if (late) reportError(this.host, 'review-overdue', late, true);
    this.accepted();
    this.host.requestUpdate('content');
    fire<ContentDetail>(this.host, 'epidural-info-content', { from });
  }

  /* The JSON child, else the HTML form inside the tag, read now and again at each edit. */
  #readChildren(): void {
    const { host } = this;
    const script = host.querySelector(':scope > script[type="application/json"]');
    if (script) {
      if (!this.#scriptRead) this.accept(parseContent(script.textContent ?? ''), 'script');
      this.#scriptRead = true;
    } else if (!this.prerendered()) {
      this.#readHtml();
      (this.#edits ??= new MutationObserver(() => this.#readHtml())).observe(host, {
        childList: true,
        subtree: true,
        characterData: true,
      });
    }
  }

  /*
   * The HTML form, when the tag holds one (a heading with text) and no other content came since:
   * taken when it says something new (an edit that changes no text changes nothing).
   */
  #readHtml(): void {
    const nodes = this.host.childNodes;
    if ((this.#from && this.#from != 'html') || !hasHtmlContent(nodes)) return;
    const result = parseHtmlContent(
      nodes,
      (this.host.closest('[lang]') as HTMLElement | null)?.lang || 'en',
    );
    if (!result.content || jsonText(result.content) != jsonText(this.content))
      this.accept(result, 'html');
  }

  async #load(url: string): Promise<void> {
    this.#loading = url;
    const result = await fetchContent(url, this.host.baseURI);
    // A newer src replaced this one while it was loading: its answer no longer matters.
    if (this.#loading !== url) return;
    this.#loading = undefined;
    this.accept(result, 'src');
    // Failed: now the built-in (or last good) content is final, check open-sections against it.
    if (!result.content) this.host.requestUpdate('openSections');
  }

  #withAttributes(): CardContent {
    const result = withAttributes(this.content, this.host);
    result.problems.forEach((p) => reportError(this.host, p.reason, p.message));
    return result.content!;
  }
}
