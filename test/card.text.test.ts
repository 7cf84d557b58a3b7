import { expect, html } from '@open-wc/testing';
import type { EpiduralInfoCard } from '../src/epidural-info-card.js';
import { clinicContent } from './fixtures/content.js';
import { $$, renderCard } from './helpers.js';

/** Every piece of text the card shows, with the computed size it is drawn at. */
function textSizes(el: EpiduralInfoCard): { text: string; px: number }[] {
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  const sizes = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent!.trim();
    if (text) sizes.push({ text, px: parseFloat(getComputedStyle(node.parentElement!).fontSize) });
  }
  return sizes;
}

const headings = (el: EpiduralInfoCard) =>
  $$(el, 'h1, h2, h3, h4, h5, h6').map(
    (h) => `${h.localName} ${h.textContent!.replace(/\s+/g, ' ').trim()}`,
  );

async function clinicCard(theme: string, level = 2): Promise<EpiduralInfoCard> {
  const el = await renderCard(
    html`<epidural-info-card theme=${theme} heading-level=${level}></epidural-info-card>`,
  );
  el.content = clinicContent;
  await el.updateComplete;
  return el;
}

describe('<epidural-info-card> text', () => {
  afterEach(() => {
    document.documentElement.style.fontSize = '';
  });

  for (const root of ['', '10px']) {
    for (const theme of ['light', 'dark']) {
      const host = root ? `html { font-size: ${root} }` : 'a plain page';
      it(`is never under 16px: ${theme} theme, on ${host}, collapsed and open`, async () => {
        document.documentElement.style.fontSize = root;
        const el = await clinicCard(theme);
        for (const state of ['collapsed', 'open']) {
          if (state === 'open') await el.expandAll();
          const sizes = textSizes(el);
          // Every part of the footer and the provider block is among what was measured.
          const measured = sizes.map((s) => s.text).join(' ');
          for (const part of [
            'Please note:',
            '2 November 2026',
            'Test source',
            'Rated 4',
            'BBC Two',
          ])
            expect(measured, state).to.contain(part);
          const small = sizes.filter((s) => s.px < 16).map((s) => `${s.px}px "${s.text}"`);
          expect(small, state).to.deep.equal([]);
        }
      });
    }
  }
});

describe('<epidural-info-card> heading structure', () => {
  it("gives the clinic, its credentials and the sources real headings below the title's", async () => {
    const el = await clinicCard('light');
    expect(headings(el)).to.deep.equal([
      `h2 ${clinicContent.title}`,
      ...clinicContent.sections.map((s) => `h3 ${s.heading}`),
      'h3 About this information',
      'h4 Sources',
      'h3 Essentially Medical',
      'h4 Credentials',
    ]);
    await expect(el).to.be.accessible();
  });

  it('follows heading-level, and stops at h6', async () => {
    const el = await clinicCard('light', 5);
    expect(headings(el).filter((h) => !h.startsWith('h6'))).to.deep.equal([
      `h5 ${clinicContent.title}`,
    ]);
  });

  it('has no bold paragraph standing in for a heading', async () => {
    const el = await clinicCard('light');
    // A paragraph whose whole text is one bold element (the call to action, a link, aside).
    const fakeHeadings = $$(el, 'p').filter((p) => {
      const [only] = p.children;
      const whole = p.children.length === 1 && p.textContent!.trim() === only.textContent!.trim();
      return whole && only.localName !== 'a' && Number(getComputedStyle(only).fontWeight) >= 600;
    });
    expect(fakeHeadings.map((p) => p.textContent!.trim())).to.deep.equal([]);
  });

  it('draws the new headings as bold body text, as before', async () => {
    const el = await clinicCard('light');
    for (const h of $$(el, '.subheading')) {
      const style = getComputedStyle(h);
      expect(style.fontSize, h.textContent!).to.equal('16px');
      expect(Number(style.fontWeight)).to.be.at.least(700);
    }
  });
});
