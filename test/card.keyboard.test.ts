import { expect, html } from '@open-wc/testing';
import { sendKeys } from './input.js';
import type { EpiduralInfoCard } from '../src/epidural-info-card.js';
import { $, SECTION_IDS, contrast, renderCard, sectionButton, visibleText } from './helpers.js';

/** The element that has focus, looking inside the card's shadow root. */
function focused(el: EpiduralInfoCard): Element | null {
  return document.activeElement === el ? el.shadowRoot!.activeElement : document.activeElement;
}

async function renderBetweenButtons(): Promise<EpiduralInfoCard> {
  const wrapper = await renderCardWrapper();
  (wrapper.querySelector('#before') as HTMLElement).focus();
  return wrapper.querySelector('epidural-info-card')!;
}

async function renderCardWrapper(): Promise<HTMLElement> {
  const el = await renderCard(
    html`<div>
      <button id="before">before</button>
      <epidural-info-card></epidural-info-card>
      <button id="after">after</button>
    </div>` as never,
  );
  await (el.querySelector('epidural-info-card') as EpiduralInfoCard).updateComplete;
  return el;
}

describe('<epidural-info-card> keyboard', () => {
  it('puts show all and every section header in Tab order, then leaves the card', async () => {
    const el = await renderBetweenButtons();
    const order: string[] = [];
    for (let i = 0; i < 6; i++) {
      await sendKeys({ press: 'Tab' });
      const f = focused(el) as HTMLElement;
      order.push(f.id || f.className);
    }
    expect(order).to.deep.equal(['show-all', ...SECTION_IDS.map((id) => `b-${id}`), 'after']);
  });

  it('Shift+Tab walks back out of the card', async () => {
    const el = await renderBetweenButtons();
    sectionButton(el, 'what-is-it').focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal($(el, '.show-all'));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(document.activeElement!.id).to.equal('before');
  });

  it('opens a section with Enter and closes it again, keeping focus', async () => {
    const el = await renderBetweenButtons();
    sectionButton(el, 'benefits').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(sectionButton(el, 'benefits').getAttribute('aria-expanded')).to.equal('true');
    expect(visibleText(el, 'benefits')).to.contain('Less pain, for a short time');
    expect(focused(el)).to.equal(sectionButton(el, 'benefits'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(visibleText(el, 'benefits')).to.equal('');
    expect(focused(el)).to.equal(sectionButton(el, 'benefits'));
  });

  it('opens a section with Space', async () => {
    const el = await renderBetweenButtons();
    sectionButton(el, 'limitations').focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.openSections).to.deep.equal(['limitations']);
  });

  it('show all works from the keyboard and keeps focus on itself', async () => {
    const el = await renderBetweenButtons();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.openSections).to.deep.equal(SECTION_IDS);
    expect(focused(el)).to.equal($(el, '.show-all'));
  });

  it('never lets focus into a collapsed panel, and open panels hold no stops of their own', async () => {
    const el = await renderBetweenButtons();
    await el.toggleSection('benefits', true);
    const stops: Element[] = [];
    for (let i = 0; i < 6; i++) {
      await sendKeys({ press: 'Tab' });
      stops.push(focused(el)!);
    }
    expect(stops.every((s) => s.tagName === 'BUTTON')).to.be.true;
  });

  it('shows a focus ring of at least 2px with 3:1 contrast', async () => {
    const el = await renderBetweenButtons();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    const button = focused(el) as HTMLElement;
    expect(button.id).to.equal('b-what-is-it');
    const style = getComputedStyle(button);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    const background = getComputedStyle($(el, 'article')).backgroundColor;
    expect(contrast(style.outlineColor, background)).to.be.at.least(3);
  });
});
