import { expect, html } from '@open-wc/testing';
import { termsContent } from '../fixtures/content.js';
import { $, $$, renderCard } from '../helpers.js';

/*
 * Run only in a Firefox and a WebKit started with a dark system theme and reduced motion
 * (web-test-runner config, groups "firefox-dark-reduced-motion" and "webkit-dark-reduced-motion"):
 * their drivers cannot emulate media, so the preferences are set at launch instead.
 */
describe('<epidural-info-card> with a dark theme and reduced motion set in the browser', () => {
  it('the browser really prefers dark and reduced motion', () => {
    expect(matchMedia('(prefers-color-scheme: dark)').matches).to.be.true;
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.be.true;
  });

  it('theme="auto" follows the dark scheme and stays accessible', async () => {
    const el = await renderCard(html`<epidural-info-card theme="auto"></epidural-info-card>`);
    expect(getComputedStyle($(el, 'article')).backgroundColor).to.equal('rgb(22, 27, 34)');
    await el.expandAll();
    await expect(el).to.be.accessible();
  });

  it('theme="auto" with words explained (terms) stays accessible in the dark', async () => {
    const el = await renderCard(html`<epidural-info-card theme="auto"></epidural-info-card>`);
    el.content = termsContent;
    await el.updateComplete;
    expect($$(el, '.terms dt').map((dt) => dt.textContent)).to.deep.equal(['CT scan', 'Steroid']);
    await expect(el).to.be.accessible();
  });

  it('theme="light" stays light on a dark system', async () => {
    const el = await renderCard();
    expect(getComputedStyle($(el, 'article')).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('the icon does not animate', async () => {
    const el = await renderCard();
    expect(getComputedStyle($(el, '#b-benefits .icon')).transitionDuration).to.equal('0s');
  });
});
