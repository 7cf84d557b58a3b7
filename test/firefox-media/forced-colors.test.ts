import { expect } from '@open-wc/testing';
import { $, renderCard } from '../helpers.js';

/*
 * Run only in a Firefox started with forced colours (web-test-runner config, group
 * "firefox-forced-colors"): its driver cannot emulate media, so the preference is set at launch.
 */
describe('<epidural-info-card> in Firefox with forced colours', () => {
  it('the browser really forces colours', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
  });

  it('keeps a visible card border and focus ring, and passes axe', async () => {
    const el = await renderCard();
    const button = $(el, '#b-benefits');
    button.focus({ focusVisible: true } as FocusOptions);
    const style = getComputedStyle(button);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    expect(getComputedStyle($(el, 'article')).borderTopStyle).to.equal('solid');
    await expect(el).to.be.accessible();
  });
});
