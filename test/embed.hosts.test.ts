import { expect } from '@open-wc/testing';
import type { EpiduralInfoCard } from '../src/epidural-info-card.js';
import {
  axeViolationsInHost,
  cardPixels,
  loadHost,
  pixelDifference,
  removeHosts,
  renderedCard,
  useWideViewport,
} from './embed-helpers.js';

/* Stylesheets in test/hosts/css/, each a way a real site's CSS could try to break an embed. */
const HOSTILE = [
  ['reset-all', '* { all: unset }'],
  [
    'element-rules',
    'button { display: none }, h2 { font-size: 60px }, [hidden] { display: block }',
  ],
  ['tiny-root', 'html { font-size: 10px }'],
  ['inherited', 'every inherited property set oddly'],
  ['bootstrap-like', "Bootstrap's reboot"],
  ['tailwind-like', "Tailwind's preflight"],
];

async function openBenefits(card: EpiduralInfoCard): Promise<void> {
  (card.shadowRoot!.querySelector('#b-benefits') as HTMLElement).click();
  await card.updateComplete;
  // Let the icon finish its 0.2s turn before anyone takes a picture.
  await new Promise((resolve) => setTimeout(resolve, 350));
}

describe('dist/epidural-info-card.js on hostile pages', () => {
  let plain: ImageData;

  before(async () => {
    await useWideViewport();
    const page = await loadHost();
    const card = await renderedCard(page);
    await openBenefits(card);
    plain = await cardPixels(page, card);
    removeHosts();
  });
  afterEach(removeHosts);

  for (const [css, description] of HOSTILE) {
    describe(`${css}: ${description}`, () => {
      it('looks the same as on a plain page', async () => {
        const page = await loadHost({ css: [css] });
        const card = await renderedCard(page);
        await openBenefits(card);
        const pixels = await cardPixels(page, card);
        expect([pixels.width, pixels.height]).to.deep.equal([plain.width, plain.height]);
        expect(pixelDifference(pixels, plain)).to.be.below(0.005);
      });

      it('works: a click opens a section and its text shows', async () => {
        const page = await loadHost({ css: [css] });
        const card = await renderedCard(page);
        await openBenefits(card);
        const item = card.shadowRoot!.querySelector('#p-benefits li') as HTMLElement;
        expect(item.getBoundingClientRect().height).to.be.above(0);
        expect(getComputedStyle(item).fontSize).to.equal('16px');
        expect(card.openSections).to.deep.equal(['benefits']);
      });

      it('passes axe, closed and open', async () => {
        const page = await loadHost({ css: [css] });
        const card = await renderedCard(page);
        expect(await axeViolationsInHost(page, card)).to.deep.equal([]);
        await card.expandAll();
        expect(await axeViolationsInHost(page, card)).to.deep.equal([]);
      });
    });
  }
});
