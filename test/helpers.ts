import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, type MediaPayload } from './input.js';
import type { TemplateResult } from 'lit';
import type { EpiduralInfoCard } from '../src/epidural-info-card.js';
import '../src/epidural-info-card.js';

/**
 * Renders a card (the built-in content unless the template says otherwise) and waits for it to be
 * drawn: a card is content-visibility: auto, and until the browser's first rendering update after
 * it appears its text counts as skipped, as it does for any such element.
 */
export async function renderCard(
  template: TemplateResult = html`<epidural-info-card></epidural-info-card>`,
): Promise<EpiduralInfoCard> {
  const el = await fixture<EpiduralInfoCard>(template);
  await el.updateComplete;
  await drawn();
  return el;
}

/** Resolves after the browser's next rendering update: a task queued from requestAnimationFrame. */
export const drawn = () =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

export const SECTION_IDS = ['what-is-it', 'imaging-guidance', 'benefits', 'limitations'];

/** What a card whose host gave content it cannot use, and no fallback inside the tag, shows. */
export const NOTICE = 'This information could not be shown.';

export function $(el: EpiduralInfoCard, selector: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

export function $$(el: EpiduralInfoCard, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

export const sectionButton = (el: EpiduralInfoCard, id: string) => $(el, `#b-${id}`);
export const sectionPanel = (el: EpiduralInfoCard, id: string) => $(el, `#p-${id}`);
export const showAllButton = (el: EpiduralInfoCard) => $(el, '.show-all');

/** What a reader sees: rendered, not hidden by content-visibility or display. */
export function isShown(node: Element): boolean {
  // Reading a computed style first: checkVisibility() with options can answer from stale style
  // right after emulateMedia() in Chromium.
  getComputedStyle(node).visibility;
  return node.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true } as never);
}

/** The text the reader can see in a section's panel (empty when collapsed). */
export function visibleText(el: EpiduralInfoCard, id: string): string {
  const panel = sectionPanel(el, id);
  const p = panel.querySelector('p, li');
  return p && isShown(p) ? panel.textContent!.replace(/\s+/g, ' ').trim() : '';
}

/** Collects every event of a type fired from `target` until `stop()` is called. */
export function record<T>(target: EventTarget, type: string) {
  const seen: T[] = [];
  const listener = (e: Event) => seen.push((e as CustomEvent<T>).detail);
  target.addEventListener(type, listener);
  return {
    seen,
    stop: () => target.removeEventListener(type, listener),
  };
}

/** Relative luminance contrast ratio of two computed rgb() colours (WCAG 2.x). */
export function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => {
        const s = Number(v) / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * Emulates media features, or skips the calling test where the browser's driver cannot: puppeteer
 * drives Firefox over WebDriver BiDi, which has no media emulation yet (it needs CDP), and WebKit
 * is driven over classic WebDriver, which has none at all. Both run the media tests again in
 * launches with the preference set (test/preference-media/). The skip is counted and reported,
 * never a silent pass.
 */
export async function emulateOrSkip(test: Mocha.Context, media: MediaPayload): Promise<void> {
  try {
    await emulateMedia(media);
  } catch (error) {
    if (/CDP support is required|not available over classic WebDriver/.test(String(error))) {
      console.warn(
        `skipped "${test.test?.title}": this browser's driver cannot emulate ${JSON.stringify(media)}`,
      );
      test.skip();
    }
    throw error;
  }
}

/**
 * What a reader in forced-colours mode must still get: a solid focus ring of at least 2px on a
 * section button, a visible card border, and no axe violations. Shared by the Chromium
 * (emulated) and Firefox (preference-set) forced-colours tests.
 */
export async function expectForcedColoursIntact(
  el: HTMLElement & { shadowRoot: ShadowRoot | null },
) {
  const root = el.shadowRoot!;
  const button = root.querySelector<HTMLElement>('#b-benefits')!;
  button.focus({ focusVisible: true } as FocusOptions);
  const style = getComputedStyle(button);
  expect(style.outlineStyle).to.equal('solid');
  expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  expect(getComputedStyle(root.querySelector('article')!).borderTopStyle).to.equal('solid');
  await expect(el).to.be.accessible();
}

/* A console line without the card's name: `<epidural-info-card> (card 2 of 5): …` → `…`. */
export const withoutName = (line: string) =>
  line.replace(/^<epidural-info-card(?: id="[^"]*"| src="[^"]*")?>(?: \(card \d+ of \d+\))?: /, '');

export { asPrerendered } from './support/as-prerendered.mjs';
