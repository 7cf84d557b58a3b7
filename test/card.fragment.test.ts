import { expect, oneEvent } from '@open-wc/testing';
import type { EpiduralInfoCard } from '../src/epidural-info-card.js';
import { renderCard, sectionButton, visibleText } from './helpers.js';

function setHashSilently(hash: string): void {
  history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
}

function focusedInside(el: EpiduralInfoCard): Element | null {
  return document.activeElement === el ? el.shadowRoot!.activeElement : null;
}

describe('<epidural-info-card> URL fragments', () => {
  afterEach(() => setHashSilently(''));

  it('opens, scrolls to and focuses the section named on load', async () => {
    setHashSilently('#limitations');
    const el = await renderCard();
    await new Promise((resolve) => setTimeout(resolve));
    expect(visibleText(el, 'limitations')).to.contain('a problem you have had for a long time');
    expect(focusedInside(el)).to.equal(sectionButton(el, 'limitations'));
  });

  it('opens the section named by a later hashchange, firing the toggle event', async () => {
    const el = await renderCard();
    setTimeout(() => {
      location.hash = 'benefits';
    });
    const { detail } = await oneEvent(el, 'epidural-info-toggle');
    expect(detail).to.deep.equal({ section: 'benefits', open: true });
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    expect(visibleText(el, 'benefits')).to.contain('Less pain, for a short time');
    expect(focusedInside(el)).to.equal(sectionButton(el, 'benefits'));
    const top = sectionButton(el, 'benefits').getBoundingClientRect().top;
    expect(top).to.be.within(-1, window.innerHeight);
  });

  it('ignores fragments that name no section', async () => {
    setHashSilently('#main-content');
    const el = await renderCard();
    expect(el.openSections).to.deep.equal([]);
  });
});
