import type { ReactiveController, ReactiveElement } from '@lit/reactive-element';
import { jsonText } from '../../content/json-text.js';
import { scriptText, structuredData } from '../../content/structured-data.js';
import type { CardContent } from '../../content/types.js';
import { reportError, type ErrorDetail } from '../card.events.js';

/** Makes a link absolute against `page`; leaves it as given where `page` is no base (about:srcdoc). */
export const against = (page: string) => (url?: string) => {
  try {
    return url && new URL(url, page).href;
  } catch {
    return url;
  }
};

export class StructuredData implements ReactiveController {
  #script?: HTMLScriptElement;
  #writtenFor?: CardContent;

  constructor(
    private host: ReactiveElement & { structuredData: boolean; problems: ErrorDetail[] },
    private shown: () => CardContent | undefined,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const { host } = this;
    const content = this.shown();
    // No content to describe: none written (a prerendered card keeps what its server wrote).
    if (!host.structuredData || !content) {
      this.#script?.remove();
      this.#writtenFor = undefined;
      return;
    }
    if (this.#writtenFor == content) return;
    this.#writtenFor = content;
    this.#script ??=
      host.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"]') ??
      document.createElement('script');
    this.#script.type = 'application/ld+json';
    // The same text a server writes (jsonText: "<" escaped), so that no copy of the page made by
    // serialising it can turn a "</script>" in the content into markup.
    const text = jsonText(structuredData(content, against(location.href)));
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
