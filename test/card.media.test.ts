import { expect, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from './input.js';
import { loadHost, removeHosts, renderedCard } from './embed-helpers.js';
import type { EpiduralInfoCard } from '../src/epidural-info-card.js';
import {
  $,
  $$,
  SECTION_IDS,
  contrast,
  emulateOrSkip,
  expectForcedColoursIntact,
  isShown,
  renderCard,
} from './helpers.js';

const background = (el: EpiduralInfoCard) => getComputedStyle($(el, 'article')).backgroundColor;

/** Every text colour in the card against the card's background. */
function lowestTextContrast(el: EpiduralInfoCard): number {
  const bg = background(el);
  const texts = $$(el, '.title, .intro, .disclaimer, button .label, .panel p, .panel li');
  return Math.min(...texts.map((t) => contrast(getComputedStyle(t).color, bg)));
}

describe('<epidural-info-card> accessibility checks (axe)', () => {
  it('passes with every section collapsed', async () => {
    const el = await renderCard();
    await expect(el).to.be.accessible();
  });

  it('passes with one section open', async () => {
    const el = await renderCard(
      html`<epidural-info-card open-sections="benefits"></epidural-info-card>`,
    );
    await expect(el).to.be.accessible();
  });

  it('passes with every section open', async () => {
    const el = await renderCard(
      html`<epidural-info-card open-sections="all"></epidural-info-card>`,
    );
    await expect(el).to.be.accessible();
  });

  it('passes in the dark theme, open and closed', async () => {
    const el = await renderCard(html`<epidural-info-card theme="dark"></epidural-info-card>`);
    await expect(el).to.be.accessible();
    await el.expandAll();
    await expect(el).to.be.accessible();
  });

  it('passes when exclusive, at heading level 1', async () => {
    const el = await renderCard(
      html`<epidural-info-card
        exclusive
        heading-level="1"
        open-sections="limitations"
      ></epidural-info-card>`,
    );
    await expect(el).to.be.accessible();
  });
});

describe('<epidural-info-card> colour', () => {
  it('text has at least 4.5:1 contrast in the light theme', async () => {
    const el = await renderCard(
      html`<epidural-info-card open-sections="all"></epidural-info-card>`,
    );
    expect(lowestTextContrast(el)).to.be.at.least(4.5);
  });

  it('text has at least 4.5:1 contrast in the dark theme', async () => {
    const el = await renderCard(
      html`<epidural-info-card theme="dark" open-sections="all"></epidural-info-card>`,
    );
    expect(lowestTextContrast(el)).to.be.at.least(4.5);
  });

  it('theme="auto" follows prefers-color-scheme, live', async function () {
    const el = await renderCard(html`<epidural-info-card theme="auto"></epidural-info-card>`);
    await emulateOrSkip(this, { colorScheme: 'dark' });
    try {
      await waitUntil(() => background(el) === 'rgb(22, 27, 34)', 'did not turn dark');
      await expect(el).to.be.accessible();
      await emulateMedia({ colorScheme: 'light' });
      await waitUntil(() => background(el) === 'rgb(255, 255, 255)', 'did not turn light');
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('keeps the light theme when theme="light" and the system is dark', async function () {
    await emulateOrSkip(this, { colorScheme: 'dark' });
    try {
      const el = await renderCard();
      expect(background(el)).to.equal('rgb(255, 255, 255)');
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('keeps a visible border and focus ring under forced colours', async function () {
    await emulateOrSkip(this, { forcedColors: 'active' });
    try {
      await expectForcedColoursIntact(await renderCard());
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });
});

describe('<epidural-info-card> motion and print', () => {
  it('animates the icon, but not under prefers-reduced-motion', async function () {
    const el = await renderCard();
    const icon = $(el, '#b-benefits .icon');
    expect(getComputedStyle(icon).transitionDuration).to.equal('0.2s');
    await emulateOrSkip(this, { reducedMotion: 'reduce' });
    try {
      expect(getComputedStyle(icon).transitionDuration).to.equal('0s');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('prints every section expanded, without the controls', async function () {
    const el = await renderCard(
      html`<epidural-info-card open-sections="benefits"></epidural-info-card>`,
    );
    await emulateOrSkip(this, { media: 'print' });
    try {
      for (const id of SECTION_IDS) {
        expect(isShown($(el, `#p-${id} .body > *`)), id).to.be.true;
      }
      expect(isShown($(el, '.show-all'))).to.be.false;
      expect($$(el, '.icon').some(isShown)).to.be.false;
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(isShown($(el, '#p-limitations .body > *'))).to.be.false;
  });
});

describe('<epidural-info-card> layout', () => {
  afterEach(() => {
    document.documentElement.style.fontSize = '';
    removeHosts();
  });

  it('gives every button a target of at least 44×44 CSS px', async () => {
    const el = await renderCard();
    for (const button of $$(el, 'button')) {
      const { width, height } = button.getBoundingClientRect();
      expect(width, button.id).to.be.at.least(44);
      expect(height, button.id).to.be.at.least(44);
    }
  });

  /*
   * A page 320 CSS px wide: the embed in a frame of that width, which every engine honours (the
   * WebKit browser's window cannot be made narrower than 447 px).
   */
  it('does not scroll sideways at 320 CSS px, even at 200% text size', async () => {
    const page = await loadHost({ width: 320 });
    const el = await renderedCard(page);
    // The harness pins the card to 640 px for its screenshots; here it flows in the page.
    const main = page.doc.querySelector('main')!;
    main.style.setProperty('position', 'static', 'important');
    for (const box of [main, el]) box.style.setProperty('width', 'auto', 'important');
    await el.expandAll();
    const root = page.doc.documentElement;
    const article = $(el, 'article');
    // The card contains its paint, so text past its edge would be clipped, not scrolled to.
    const nothingCut = () => {
      const edge = article.getBoundingClientRect().right;
      return $$(el, 'article *').filter((node) => node.getBoundingClientRect().right > edge + 0.5);
    };
    expect(page.win.innerWidth).to.equal(320);
    // clientWidth: the viewport less a classic scroll bar (Firefox draws one).
    expect(root.scrollWidth).to.be.at.most(root.clientWidth);
    expect(nothingCut()).to.deep.equal([]);
    root.style.fontSize = '32px';
    expect(getComputedStyle(article).fontSize).to.equal('32px');
    expect(root.scrollWidth).to.be.at.most(root.clientWidth);
    expect(nothingCut()).to.deep.equal([]);
  });

  it('keeps body text at 16px when the page shrinks its root font', async () => {
    document.documentElement.style.fontSize = '10px';
    const el = await renderCard();
    expect(getComputedStyle($(el, '.intro')).fontSize).to.equal('16px');
    expect($(el, '#b-benefits').getBoundingClientRect().height).to.be.at.least(44);
  });

  it('mirrors under dir="rtl"', async () => {
    const wrapper = await renderCard(
      html`<div dir="rtl"><epidural-info-card></epidural-info-card></div>` as never,
    );
    const el = wrapper.querySelector('epidural-info-card')!;
    await el.updateComplete;
    const label = $(el, '#b-benefits .label').getBoundingClientRect();
    const icon = $(el, '#b-benefits .icon').getBoundingClientRect();
    expect(icon.right).to.be.at.most(label.left);
    const ltr = await renderCard();
    const ltrIcon = $(ltr, '#b-benefits .icon').getBoundingClientRect();
    const ltrLabel = $(ltr, '#b-benefits .label').getBoundingClientRect();
    expect(ltrIcon.left).to.be.at.least(ltrLabel.right);
  });
});
