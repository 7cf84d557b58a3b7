import { expect, html } from '@open-wc/testing';
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

  it('shows Listen pressed in the system colours, and passes axe', async () => {
    // A stubbed speech synthesis with a local English voice (test/card.listen.test.ts).
    const synthesis = {
      getVoices: () => [{ lang: 'en-GB', localService: true }],
      addEventListener() {},
      cancel() {},
      speak() {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      value: class {},
      configurable: true,
    });
    const el = await renderCard(html`<epidural-info-card listen></epidural-info-card>`);
    const say = el.shadowRoot!.querySelector<HTMLElement>('[value=say]')!;
    const off = getComputedStyle(say).backgroundColor;
    say.click();
    await el.updateComplete;
    expect(say.getAttribute('aria-pressed')).to.equal('true');
    expect(getComputedStyle(say).backgroundColor).to.not.equal(off);
    await expectForcedColoursIntact(el);
  });
});
