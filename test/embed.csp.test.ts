import { expect } from '@open-wc/testing';
import { loadHost, removeHosts, renderedCard } from './embed-helpers.js';

describe('dist/epidural-info-card.js under a strict Content-Security-Policy', () => {
  afterEach(removeHosts);

  it("renders and is styled with script-src 'self' and style-src 'self' (no unsafe-inline)", async () => {
    const page = await loadHost({ csp: 'strict' });
    const card = await renderedCard(page);
    const article = card.shadowRoot!.querySelector('article')!;
    // Styled: the card's own border, not an unstyled default.
    expect(getComputedStyle(article).borderTopStyle).to.equal('solid');
    (card.shadowRoot!.querySelector('#b-benefits') as HTMLElement).click();
    await card.updateComplete;
    expect(card.openSections).to.deep.equal(['benefits']);
    expect(page.win.hostObserved.violations).to.deep.equal([]);
    expect(page.win.hostObserved.errors).to.deep.equal([]);
  });

  it("renders under require-trusted-types-for 'script' with the epidural-info-card policy", async () => {
    const page = await loadHost({ csp: 'trusted-types' });
    const card = await renderedCard(page);
    await card.expandAll();
    expect(card.shadowRoot!.querySelectorAll('li')).to.have.length(7);
    expect(page.win.hostObserved.violations).to.deep.equal([]);
    expect(page.win.hostObserved.errors).to.deep.equal([]);
  });

  it('takes over a prerendered card with its JSON-LD under Trusted Types without a violation', async () => {
    const page = await loadHost({
      csp: 'trusted-types',
      hashes: true,
      prerender: { attributes: { 'structured-data': true } },
    });
    const card = await renderedCard(page);
    await card.updateComplete;
    const script = card.querySelector('script[type="application/ld+json"]');
    expect(JSON.parse(script!.textContent!)['@type']).to.equal('MedicalWebPage');
    expect(card.problems).to.deep.equal([]);
    expect(page.win.hostObserved.violations).to.deep.equal([]);
    expect(page.win.hostObserved.errors).to.deep.equal([]);
  });

  it('the strict pages really enforce their policy', async () => {
    // A page under the same header that tries an inline style records a violation, so the
    // empty lists above mean "nothing was blocked", not "nothing was watched".
    const page = await loadHost({ csp: 'strict' });
    const style = page.doc.createElement('style');
    style.textContent = 'body { color: red }';
    page.doc.head.append(style);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(page.win.hostObserved.violations.some((v) => v.startsWith('style-src'))).to.be.true;
  });
});
