import type { CardContent } from '../content/types.js';
import { jsonText } from '../content/json-text.js';
import { englishStrings } from '../content/ui-strings.js';
import { fire, type FeedbackDetail } from './card.events.js';
import { isHeadingLevel, themeOf, type CardOptions } from './card.options.js';
import {
  cardTemplate,
  escape,
  markupHash,
  shapeOf,
  themeClass,
  unavailableTemplate,
  type CardView,
} from './card.templates.js';

/*
 * The browser's render path. What does not change from card to card (the text, the headings, the
 * links) is parsed once per content into a master copy with every section closed; each card
 * clones that copy, then sets the few attributes that hold its state. A thousand cards showing
 * the built-in text cost one parse and a thousand clones. applyState() writes exactly what
 * cardTemplate() renders for a state, which a test checks.
 */
const masters = new WeakMap<CardContent, Map<string, HTMLTemplateElement>>();
const closed: ReadonlySet<string> = new Set();

/*
 * Under a Trusted Types policy (require-trusted-types-for 'script') markup needs a policy; its
 * name is the product's, for the page's `trusted-types` allow-list. It passes the markup through:
 * cardTemplate() escapes every value it writes.
 */
type Policy = { createHTML(html: string): string };
let policy: Policy | undefined;
export const trusted = (html: string) =>
  (policy ??= (
    window as { trustedTypes?: { createPolicy(name: string, rules: Policy): Policy } }
  ).trustedTypes?.createPolicy('epidural-info-card', { createHTML: (s) => s }))?.createHTML(html) ??
  html;

/** A new copy of the card's markup for `view`'s content, level and `exclusive`, all closed. */
export function cloneCard(view: CardView): DocumentFragment {
  const key = shapeOf(view);
  let byKey = masters.get(view.content);
  if (!byKey) masters.set(view.content, (byKey = new Map()));
  let master = byKey.get(key);
  if (!master) {
    byKey.set(key, (master = document.createElement('template')));
    master.innerHTML = trusted(cardTemplate({ ...view, open: closed, theme: 'light' }));
  }
  return master.content.cloneNode(true) as DocumentFragment;
}

const rendered = new WeakMap<DocumentFragment, [CardContent | undefined, string]>();

/** Writes `text` into `element` by the templates' one rule for text (escape). */
export const setText = (element: Element, text: string) =>
  (element.innerHTML = trusted(escape(text)));

/*
 * Whether the host wrote something to read inside the tag (a link to its own page, say): an
 * element other than a script, template or style, or text.
 */
const hasFallback = (host: Element) =>
  [...host.childNodes].some((node) =>
    node.nodeType == 1
      ? !/^(SCRIPT|TEMPLATE|STYLE)$/.test((node as Element).tagName)
      : node.nodeType == 3 && /\S/.test(node.nodeValue!),
  );

/**
 * Renders a card with no content to show (unavailableTemplate): what the host wrote inside the
 * tag, or on failure a notice. A prerendered card whose markup is still the server's keeps its
 * text; on failure every part is shown, since its controls stay text.
 */
export function renderUnavailable(root: DocumentFragment, host: Element, failed: boolean): void {
  if (!rendered.has(root) && root.querySelector('.title')) {
    if (failed)
      for (const panel of root.querySelectorAll('[hidden]')) panel.removeAttribute('hidden');
    return;
  }
  const notice = failed && !hasFallback(host);
  if (rendered.get(root)?.[1] != `${notice}`) {
    rendered.set(root, [undefined, `${notice}`]);
    (root as ShadowRoot).innerHTML = trusted(unavailableTemplate(notice));
  }
}

/**
 * Renders `view` into a card's shadow root: a new copy of the markup when the content, the heading
 * level or `exclusive` changed, then the state set on it. A prerendered card's markup is taken
 * over as it stands when it is what this script would draw (its stamp); any other markup it held
 * (another version's, for other options, altered by a CMS) is replaced.
 */
export function renderView(root: DocumentFragment, view: CardView, lazy: boolean): void {
  const key = shapeOf(view);
  const [content, was] = rendered.get(root) ?? [];
  if (content != view.content || was != key) {
    // Its stamp names the markup drawn here and the elements in its root (its stylesheet too).
    const stamp = !rendered.has(root) && root.querySelector('article')?.getAttribute('data-v');
    rendered.set(root, [view.content, key]);
    if (
      stamp &&
      stamp == `${markupHash(view, jsonText(view.content))}-${root.querySelectorAll('*').length}`
    )
      takeOver(root);
    else root.replaceChildren(cloneCard(view));
  }
  applyState(root, view, lazy);
}

/*
 * Takes a prerendered card's markup over in place: each control, text until now (card.templates.ts
 * trigger()), becomes the button the script draws, with the same attributes, class and children;
 * a section's button controls the panel its id names. applyState() then sets their state.
 * Nothing else is drawn again.
 */
function takeOver(root: DocumentFragment): void {
  for (const text of root.querySelectorAll('.trigger')) {
    const button = document.createElement('button');
    for (const { name, value } of text.attributes) button.setAttribute(name, value);
    button.classList.remove('trigger', 'open');
    if (!button.className) button.removeAttribute('class');
    if (text.id) button.setAttribute('aria-controls', `p${text.id.slice(1)}`);
    button.append(...text.childNodes);
    text.replaceWith(button);
  }
}

/**
 * Brings a rendered card's attributes to `view`'s state: open sections, show-all, theme. `lazy`:
 * the card may skip drawing while far off screen (card.styles.ts), for cards the script rendered.
 */
export function applyState(root: DocumentFragment, view: CardView, lazy = false): void {
  root.querySelector('article')!.className = `${themeClass(view)}${lazy ? ' lazy' : ''}`;
  let allOpen = true;
  for (const button of root.querySelectorAll('[aria-controls]')) {
    const isOpen = view.open.has(button.id.slice(2));
    allOpen &&= isOpen;
    button.setAttribute('aria-expanded', `${isOpen}`);
    const panel = root.getElementById(button.getAttribute('aria-controls')!)!;
    if (isOpen) panel.removeAttribute('hidden');
    else panel.setAttribute('hidden', 'until-found');
  }
  const showAll = root.querySelector('.show-all');
  if (showAll) {
    showAll.setAttribute('aria-expanded', `${allOpen}`);
    setText(showAll.firstElementChild!, allOpen ? view.strings.hideAll : view.strings.showAll);
  }
  // Listen (card.templates.ts listenControls): pressed while reading.
  root.querySelector('[value=say]')?.setAttribute('aria-pressed', `${view.speech == 'on'}`);
}

/**
 * What a card shows for its content, options and open sections: an unusable heading level is 2
 * and an unknown theme light (each reported where it is read). The browser and renderCard() alike.
 */
export const viewOf = (
  content: CardContent,
  { headingLevel, exclusive, theme, feedback }: CardOptions,
  open: ReadonlySet<string>,
): CardView => ({
  content,
  feedback,
  strings: { ...englishStrings, ...content.strings },
  level: isHeadingLevel(headingLevel) ? headingLevel : 2,
  exclusive,
  open,
  theme: themeOf(theme),
});

/**
 * The reader answered "Was this information useful?": the thank-you in the card's status (said
 * politely, again on a second answer) and the event. Nothing is stored or sent.
 */
export function answer(
  card: HTMLElement & { renderRoot: ParentNode },
  useful: boolean,
  content: CardContent,
  sections: string[],
): void {
  setText(
    card.renderRoot.querySelector('.thanks')!,
    content.strings?.thanks ?? englishStrings.thanks,
  );
  fire<FeedbackDetail>(card, 'epidural-info-feedback', { useful, sections });
}
