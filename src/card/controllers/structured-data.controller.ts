import type { ReactiveController, ReactiveElement } from '@lit/reactive-element';
import { jsonText } from '../../content/json-text.js';
import { scriptText, structuredData } from '../../content/structured-data.js';
import type { CardContent } from '../../content/types.js';
import { reportError } from '../card.events.js';

/* A link made absolute against the page; as it is where the page's address is no base (about:srcdoc). */
const absolute = (url?: string) => {
  try {
    return url && new URL(url, location.href).href;
  } catch {
    return url;
  }
};

/**
 * With `structured-data`, schema.org JSON-LD in the card's light DOM, where search engines read
 * it: written once per content shown, not on every update (a toggle does not change it). A card
 * prerendered with it already has one: that one is kept, and only rewritten if it differs (a
 * server cannot make the links absolute against a page it does not know).
 */
export class StructuredData implements ReactiveController {
  #script?: HTMLScriptElement;
  #writtenFor?: CardContent;

  constructor(
    private host: ReactiveElement & { structuredData: boolean },
    private shown: () => CardContent,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const { host } = this;
    if (!host.structuredData) {
      this.#script?.remove();
      this.#writtenFor = undefined;
      return;
    }
    const content = this.shown();
    if (this.#writtenFor == content) return;
    this.#writtenFor = content;
    this.#script ??=
      host.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"]') ??
      document.createElement('script');
    this.#script.type = 'application/ld+json';
    // The same text a server writes (jsonText: "<" escaped), so that no copy of the page made by
    // serialising it can turn a "</script>" in the content into markup.
    const text = jsonText(structuredData(content, absolute));
    try {
      if (this.#script.textContent != text) this.#script.textContent = scriptText(text);
    } catch (error) {
      // The page's Trusted Types allow-list lacks the JSON-LD policy (README, Content-Security-Policy).
      reportError(host, 'trusted-types', `structured-data: ${error}`);
      return;
    }
    host.append(this.#script);
  }
}
