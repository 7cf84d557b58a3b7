import { expect } from '@open-wc/testing';
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
});
