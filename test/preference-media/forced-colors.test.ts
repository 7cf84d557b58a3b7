import { expect } from '@open-wc/testing';
import { termsContent } from '../fixtures/content.js';
import { expectForcedColoursIntact, renderCard } from '../helpers.js';

/*
 * Run only in a Firefox started with forced colours (web-test-runner config, group
 * "firefox-forced-colors"): its driver cannot emulate media, so the preference is set at launch.
 */
describe('<epidural-info-card> in Firefox with forced colours', () => {
  it('the browser really forces colours', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
  });

  it('keeps a visible card border and focus ring, and passes axe', async () => {
    await expectForcedColoursIntact(await renderCard());
  });

  it('shows the words explained (terms) and passes axe', async () => {
    const el = await renderCard();
    el.content = termsContent;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.terms dfn')).to.have.length(2);
    await expectForcedColoursIntact(el);
  });
});
