import { expect } from '@open-wc/testing';
import { isShown } from './helpers.js';
import { loadHost, removeHosts, renderedCard } from './embed-helpers.js';
import type { EpiduralInfoCard } from '../src/epidural-info-card.js';

/*
 * The artefact clinics embed: the built dist/epidural-info-card.js (npm test builds it first) in
 * generated host pages, each including it the way some clinic's page might.
 */
describe('dist/epidural-info-card.js on a host page', () => {
  afterEach(removeHosts);

  const LOADS: [string, string][] = [
    ['classic', 'a classic deferred script in the head'],
    ['classic-sync-before', 'a blocking script that runs before the tag exists'],
    ['classic-after-tag', 'a script placed after the tag'],
    ['module', 'type="module"'],
    ['late', "a tag the page's own JavaScript adds later"],
    ['in-shadow-root', "a tag inside another component's shadow root"],
  ];
  for (const [load, description] of LOADS) {
    it(`renders the card from ${description}`, async () => {
      const page = await loadHost({ load });
      const card = await renderedCard(page);
      const root = card.shadowRoot!;
      expect(root.querySelector('h2')!.textContent).to.equal('Epidural injections');
      expect(root.querySelectorAll('button[aria-controls]')).to.have.length(4);
      expect(root.querySelector('#p-benefits')!.querySelectorAll('li')).to.have.length(7);
      expect(page.win.hostObserved.errors).to.deep.equal([]);
    });
  }

  it('included twice, throws nothing and renders each card once', async () => {
    const page = await loadHost({ load: 'twice' });
    for (const id of ['card', 'card-2']) {
      const card = await renderedCard(page, id);
      expect(card.shadowRoot!.querySelectorAll('article')).to.have.length(1);
      expect(card.shadowRoot!.querySelectorAll('h2')).to.have.length(1);
    }
    expect(page.win.hostObserved.errors).to.deep.equal([]);
  });

  it('defines the element as it runs; on a page of prerendered cards, a task later', async () => {
    const plain = await loadHost();
    expect(plain.win.hostObserved.definedAsItRan).to.equal(true);
    // A deferred script runs in the task that ends the page's parsing: the upgrade of every
    // prerendered card waits for the next one (src/embed.ts).
    const prerendered = await loadHost({
      prerender: { attributes: { 'open-sections': 'benefits' } },
    });
    expect(prerendered.win.hostObserved.definedAsItRan).to.equal(false);
    await prerendered.win.customElements.whenDefined('epidural-info-card');
    const card = prerendered.doc.getElementById('card') as EpiduralInfoCard;
    expect(card.openSections).to.deep.equal(['benefits']);
    expect(card.shadowRoot!.querySelectorAll('button[aria-controls]')).to.have.length(4);
    expect(prerendered.win.hostObserved.errors).to.deep.equal([]);
  });

  it('included twice on a page of prerendered cards, throws nothing and takes each card over once', async () => {
    // Both copies run before either has defined the element: the second finds it defined.
    const page = await loadHost({ load: 'twice', prerender: {} });
    await page.win.customElements.whenDefined('epidural-info-card');
    for (const id of ['card', 'card-2']) {
      const card = page.doc.getElementById(id) as EpiduralInfoCard;
      await card.expandAll();
      expect(card.shadowRoot!.querySelectorAll('article')).to.have.length(1);
      expect(card.openSections).to.have.length(4);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(page.win.hostObserved.errors).to.deep.equal([]);
  });

  it('beside a bundler build of the package (another copy of Lit), throws nothing', async () => {
    const page = await loadHost({ load: 'with-esm-build' });
    const card = await renderedCard(page);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(card.shadowRoot!.querySelectorAll('article')).to.have.length(1);
    expect(page.win.hostObserved.errors).to.deep.equal([]);
  });

  it('still works after the second copy has run', async () => {
    const page = await loadHost({ load: 'twice' });
    const card = await renderedCard(page, 'card-2');
    (card.shadowRoot!.querySelector('#b-limitations') as HTMLElement).click();
    await card.updateComplete;
    expect(card.openSections).to.deep.equal(['limitations']);
  });

  it('adds no globals but the custom element', async () => {
    const page = await loadHost();
    await renderedCard(page);
    const before = new Set([...page.win.hostObserved.globalsBefore, 'hostObserved']);
    const added = Object.getOwnPropertyNames(page.win).filter((name) => !before.has(name));
    expect(added).to.deep.equal([]);
    expect(page.win.customElements.get('epidural-info-card')).to.be.a('function');
  });

  it('adds no styles outside its shadow root', async () => {
    const page = await loadHost();
    await renderedCard(page);
    expect(page.doc.querySelectorAll('style')).to.have.length(0);
    expect(page.doc.adoptedStyleSheets).to.have.length(0);
    const sheets = [...page.doc.styleSheets].map((s) => new URL(s.href!).pathname);
    expect(sheets).to.deep.equal(['/test/hosts/harness.css']);
  });

  it('makes no network request of its own, even with every section open', async () => {
    const page = await loadHost();
    const card = await renderedCard(page);
    await card.expandAll();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const requested = page.win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname);
    expect(requested.filter((path) => !path.startsWith('/test/hosts/'))).to.deep.equal([
      '/dist/epidural-info-card.js',
    ]);
  });

  it('replaces the fallback the host wrote inside the tag', async () => {
    const page = await loadHost();
    const card = await renderedCard(page);
    expect(isShown(card.querySelector('a')!)).to.be.false;
  });

  it('leaves the fallback link readable when JavaScript is off', async () => {
    const page = await loadHost({ noScript: true });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const card = page.doc.getElementById('card')!;
    expect(card.shadowRoot).to.equal(null);
    const link = card.querySelector('a')!;
    expect(isShown(link)).to.be.true;
    expect(link.textContent).to.equal('Read about epidural injections on our website');
    expect(link.getAttribute('href')).to.equal('https://clinic.example/epidural');
  });
});
