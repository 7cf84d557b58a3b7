import { expect, html } from '@open-wc/testing';
import { builtInContent, type CardContent } from '../src/epidural-info-card.js';
import { cardTemplate, collapsible, type CardView } from '../src/card/card.templates.js';
import { applyState, cloneCard } from '../src/card/card.view.js';
import { englishStrings } from '../src/content/ui-strings.js';
import { clinicContent, spanishContent } from './fixtures/content.js';
import { renderCard } from './helpers.js';

/* Every subset of a list. */
const subsets = <T>(items: T[]): T[][] =>
  items.reduce<T[][]>((all, item) => [...all, ...all.map((s) => [...s, item])], [[]]);

function parsed(markup: string): string {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return serialised(template.content);
}

function serialised(fragment: DocumentFragment): string {
  const box = document.createElement('div');
  box.append(fragment);
  return box.innerHTML;
}

describe('the render path (card.view.ts)', () => {
  /*
   * Browsers clone a master copy and set the state on it; a server sends cardTemplate()'s markup
   * for that state. Both must be the same markup, for every state.
   */
  for (const content of [builtInContent, clinicContent, spanishContent] as CardContent[]) {
    it(`sets exactly the state cardTemplate() renders: ${content.lang}, every combination`, () => {
      const ids = collapsible(content).map((s) => s.id);
      let checked = 0;
      for (const open of subsets(ids)) {
        for (const theme of ['light', 'dark', 'auto'] as const) {
          for (const exclusive of [false, true]) {
            for (const level of [2, 6]) {
              const view: CardView = {
                content,
                strings: { ...englishStrings, ...content.strings },
                level,
                exclusive,
                open: new Set(open),
                theme,
              };
              const copy = cloneCard(view);
              applyState(copy, view);
              expect(serialised(copy), JSON.stringify({ open, theme, exclusive, level })).to.equal(
                parsed(cardTemplate(view)),
              );
              checked += 1;
            }
          }
        }
      }
      expect(checked).to.equal(2 ** ids.length * 12);
    });
  }

  it('renders a card exactly as cardTemplate() does for its state', async () => {
    const el = await renderCard(
      html`<epidural-info-card theme="dark" open-sections="benefits"></epidural-info-card>`,
    );
    await el.toggleSection('limitations');
    const view: CardView = {
      content: builtInContent,
      strings: englishStrings,
      level: 2,
      exclusive: false,
      open: new Set(['benefits', 'limitations']),
      theme: 'dark',
    };
    const shadow = document.createElement('div');
    shadow.append(...[...el.shadowRoot!.childNodes].map((n) => n.cloneNode(true)));
    // One card on the page: never "lazy" (only on pages of many cards, card.component.ts).
    expect(shadow.innerHTML).to.equal(parsed(cardTemplate(view)));
  });

  it('escapes every value it writes: text and attributes', () => {
    const evil = '"><img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>&amp;';
    const content: CardContent = {
      lang: 'en',
      title: evil,
      intro: evil,
      sections: [{ id: 'a', heading: evil, paragraphs: [evil], items: [evil] }],
      cta: { label: evil, href: `/x?q=${evil}` },
      provider: { name: evil, url: `/p?${evil}`, clinician: evil, credentials: [evil] },
      sources: [{ title: evil, url: `/s?${evil}` }],
      disclaimer: evil,
      strings: { showAll: evil, fromClinic: evil },
    };
    const template = document.createElement('template');
    template.innerHTML = cardTemplate({
      content,
      strings: { ...englishStrings, ...content.strings },
      level: 2,
      exclusive: false,
      open: new Set(),
      theme: 'light',
    });
    const root = template.content;
    expect(root.querySelector('img, script')).to.equal(null);
    const texts = [...root.querySelectorAll('#title, .intro, .label, p:not(.intro), li, a')];
    expect(texts.length).to.be.above(8);
    for (const node of texts) expect(node.textContent, node.outerHTML).to.contain(evil);
    for (const a of root.querySelectorAll('a'))
      expect(a.getAttribute('href')).to.match(/^\/[xps]\?(q=)?"><img/);
  });
});
