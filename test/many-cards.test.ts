import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { EpiduralInfoCard, ToggleDetail } from '../src/epidural-info-card.js';
import { numberedContent } from './fixtures/content.js';
import { drawn, record, visibleText } from './helpers.js';
import '../src/epidural-info-card.js';

async function renderMany(count: number): Promise<EpiduralInfoCard[]> {
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  const cards = Array.from({ length: count }, (_, i) => {
    const el = document.createElement('epidural-info-card');
    el.id = `card-${i}`;
    el.content = numberedContent(i);
    return el;
  });
  wrapper.append(...cards);
  await Promise.all(cards.map((el) => el.updateComplete));
  return cards;
}

const setHashSilently = (hash: string) =>
  history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);

describe('many cards on one page', () => {
  afterEach(() => setHashSilently(''));

  it('renders 100 cards with different content, each wired to its own panels', async () => {
    const cards = await renderMany(100);
    cards.forEach((el, i) => {
      const root = el.shadowRoot!;
      expect(root.querySelector('.title')!.textContent).to.equal(`Test card ${i}`);
      for (const button of root.querySelectorAll('button[aria-controls]')) {
        const panel = root.getElementById(button.getAttribute('aria-controls')!)!;
        expect(panel.textContent).to.contain(`${i}.`);
      }
      // Ids are unique within each card's shadow root.
      const ids = [...root.querySelectorAll('[id]')].map((node) => node.id);
      expect(new Set(ids).size).to.equal(ids.length);
    });
  });

  it('keeps section state and events per card', async () => {
    const cards = await renderMany(100);
    const events = record<ToggleDetail>(document, 'epidural-info-toggle');
    const sources: EventTarget[] = [];
    const listener = (e: Event) => sources.push(e.target!);
    document.addEventListener('epidural-info-toggle', listener);
    (cards[42].shadowRoot!.querySelector('#b-second') as HTMLElement).click();
    await cards[42].updateComplete;
    document.removeEventListener('epidural-info-toggle', listener);
    events.stop();
    expect(events.seen).to.deep.equal([{ section: 'second', open: true }]);
    expect(sources).to.deep.equal([cards[42]]);
    cards.forEach((el, i) => expect(el.openSections).to.deep.equal(i === 42 ? ['second'] : []));
  });

  it('a fragment #card-id/section opens that section in that card only, and focuses it', async () => {
    const cards = await renderMany(100);
    setTimeout(() => {
      location.hash = 'card-57/second';
    });
    const { detail } = await oneEvent(cards[57], 'epidural-info-toggle');
    expect(detail).to.deep.equal({ section: 'second', open: true });
    await new Promise((resolve) => setTimeout(resolve, 50));
    cards.forEach((el, i) => expect(el.openSections).to.deep.equal(i === 57 ? ['second'] : []));
    expect(document.activeElement).to.equal(cards[57]);
    expect(cards[57].shadowRoot!.activeElement!.id).to.equal('b-second');
    // Far down the page it was not drawn (content-visibility: auto) until the fragment took the
    // reader there; now its text shows, and a card far off screen is not drawn.
    await drawn();
    expect(visibleText(cards[57], 'second')).to.contain('Item 57.');
    await cards[99].toggleSection('second', true);
    await drawn();
    expect(visibleText(cards[99], 'second')).to.equal('');
    expect(cards[99].shadowRoot!.textContent).to.contain('Item 99.');
  });

  it('a bare #section opens it in every card that has it, and focuses the first', async () => {
    const cards = await renderMany(5);
    location.hash = 'first';
    await new Promise((resolve) => setTimeout(resolve, 100));
    cards.forEach((el) => expect(el.openSections).to.deep.equal(['first']));
    expect(document.activeElement).to.equal(cards[0]);
  });
});
