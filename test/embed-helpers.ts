import { executeServerCommand } from '@web/test-runner-commands';
import { setViewport } from './input.js';
import type { EpiduralInfoCard } from '../src/epidural-info-card.js';

export interface HostPage {
  frame: HTMLIFrameElement;
  win: Window & {
    hostObserved: {
      globalsBefore: string[];
      violations: string[];
      errors: string[];
      frames?: [number, number][];
      definedAsItRan?: boolean;
    };
  };
  doc: Document;
}

export interface HostOptions {
  css?: string[];
  csp?: 'strict' | 'trusted-types';
  load?: string;
  /** Load with JavaScript disabled (a sandboxed frame without allow-scripts). */
  noScript?: boolean;
  /** The host page's viewport width in CSS px (the frame's width); 1000 unless set. */
  width?: number;
  /** The card prerendered by the server's renderCard() with these options (id "card" added). */
  prerender?: {
    attributes?: Record<string, unknown>;
    content?: unknown;
    tryRender?: boolean;
    stylesheet?: string;
  };
  /** With prerender and a csp: the card's styleHashes added to style-src. */
  hashes?: boolean;
  /** With prerender: the markup altered as a CMS or another version might (host-pages.mjs). */
  alter?:
    'stale' | 'other-version' | 'lost-element' | 'closed' | 'no-shadowrootmode' | 'broken-json';
  /** The card's stylesheet linked from the page's <head> too (/slow/…: sent after 400 ms). */
  headsheet?: string;
  /** Record each frame drawn while the page loads (hostObserved.frames). */
  frames?: boolean;
}

/** Loads a generated host page (test/support/host-pages.mjs) in a frame at the page's top left. */
export async function loadHost(options: HostOptions = {}): Promise<HostPage> {
  const params = new URLSearchParams();
  if (options.css?.length) params.set('css', options.css.join(','));
  if (options.csp) params.set('csp', options.csp);
  if (options.load) params.set('load', options.load);
  if (options.prerender) params.set('prerender', JSON.stringify(options.prerender));
  if (options.hashes) params.set('hashes', '1');
  if (options.alter) params.set('alter', options.alter);
  if (options.headsheet) params.set('headsheet', options.headsheet);
  if (options.frames) params.set('frames', '1');
  const frame = document.createElement('iframe');
  frame.style.cssText = `position:fixed;left:0;top:0;width:${options.width ?? 1000}px;height:1500px;border:0`;
  if (options.noScript) frame.setAttribute('sandbox', 'allow-same-origin');
  frame.src = `/host.html?${params}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as HostPage['win'], doc: frame.contentDocument! };
}

/**
 * Waits until the page's card (found by id, through open shadow roots) has rendered. A
 * prerendered card has its article before the element is defined (on a page of them, a task after
 * the script ran: src/embed.ts), so where scripts run, that too.
 */
export async function renderedCard(page: HostPage, id = 'card'): Promise<EpiduralInfoCard> {
  const deadline = Date.now() + 5000;
  const scripted = !page.frame.sandbox.length || page.frame.sandbox.contains('allow-scripts');
  for (;;) {
    const card = findDeep(page.doc, `#${id}`) as EpiduralInfoCard | null;
    const defined = !scripted || page.win.customElements.get('epidural-info-card');
    if (card?.shadowRoot?.querySelector('article') && defined) {
      await card.updateComplete;
      return card;
    }
    if (Date.now() > deadline) throw new Error(`card #${id} did not render`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function findDeep(root: Document | ShadowRoot, selector: string): Element | null {
  const found = root.querySelector(selector);
  if (found) return found;
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot && el.localName !== 'epidural-info-card') {
      const inner = findDeep(el.shadowRoot, selector);
      if (inner) return inner;
    }
  }
  return null;
}

export function removeHosts(): void {
  document.querySelectorAll('iframe').forEach((frame) => frame.remove());
}

export async function useWideViewport(): Promise<void> {
  await setViewport({ width: 1000, height: 1500 });
}

/**
 * Pixels of the card as the reader sees it, taken by the browser (not re-rendered), once the
 * picture holds still: on a loaded machine an engine's screenshot can be of a frame drawn before
 * the last change (WebKit's once differed by 10%), so pictures are taken until two in a row agree.
 */
export async function cardPixels(page: HostPage, card: Element): Promise<ImageData> {
  let last = await onePicture(page, card);
  for (let tries = 0; tries < 8; tries++) {
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
    const next = await onePicture(page, card);
    if (pixelDifference(next, last) === 0) return next;
    last = next;
  }
  return last;
}

async function onePicture(page: HostPage, card: Element): Promise<ImageData> {
  const frameRect = page.frame.getBoundingClientRect();
  const rect = card.getBoundingClientRect();
  const clip = {
    x: Math.round(frameRect.left + rect.left),
    y: Math.round(frameRect.top + rect.top),
    width: Math.round(rect.width),
    height: Math.round(rect.height),
  };
  const base64 = await executeServerCommand<string>('screenshot-viewport');
  const png = await fetch(`data:image/png;base64,${base64}`).then((r) => r.blob());
  const bitmap = await createImageBitmap(png);
  // The screenshot is in device pixels; the clip in CSS pixels.
  const scale = bitmap.width / innerWidth;
  const canvas = new OffscreenCanvas(clip.width, clip.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(
    bitmap,
    clip.x * scale,
    clip.y * scale,
    clip.width * scale,
    clip.height * scale,
    0,
    0,
    clip.width,
    clip.height,
  );
  return context.getImageData(0, 0, clip.width, clip.height);
}

/** Share of pixels that differ visibly (any channel by more than 48 of 255). */
export function pixelDifference(a: ImageData, b: ImageData): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let differing = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const delta = Math.max(
      Math.abs(a.data[i] - b.data[i]),
      Math.abs(a.data[i + 1] - b.data[i + 1]),
      Math.abs(a.data[i + 2] - b.data[i + 2]),
    );
    if (delta > 48) differing += 1;
  }
  return differing / (a.width * a.height);
}

interface AxeResults {
  violations: { id: string; help: string; nodes: { target: string[] }[] }[];
}

/** Runs axe inside the host page's own window (axe cannot check another document's nodes). */
export async function axeViolationsInHost(page: HostPage, element: Element): Promise<string[]> {
  const win = page.win as unknown as { axe?: { run(el: Element): Promise<AxeResults> } };
  if (!win.axe) {
    const script = page.doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    await new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
      page.doc.head.append(script);
    });
  }
  const results = await win.axe!.run(element);
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}
