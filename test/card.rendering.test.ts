import { expect, html } from '@open-wc/testing';
import { builtInContent } from '../src/epidural-info-card.js';
import { $, $$, SECTION_IDS, isShown, renderCard, sectionButton, sectionPanel } from './helpers.js';

describe('<epidural-info-card> rendering', () => {
  it('shows the title as a heading, the intro, and the disclaimer', async () => {
    const el = await renderCard();
    const title = $(el, 'h2.title');
    expect(title.textContent).to.equal('Epidural injections');
    expect($(el, '.intro').textContent).to.match(/^This injection in your back can ease pain/);
    expect($(el, '.intro').textContent).to.contain('use scans to put the needle');
    expect(isShown($(el, '.intro'))).to.be.true;
    expect($(el, '.disclaimer').textContent).to.contain(
      'does not replace advice from your own doctor',
    );
    expect(isShown($(el, '.disclaimer'))).to.be.true;
  });

  it('names the card by its title', async () => {
    const el = await renderCard();
    const card = $(el, 'article');
    const label = el.shadowRoot!.getElementById(card.getAttribute('aria-labelledby')!);
    expect(label?.textContent).to.equal('Epidural injections');
    expect(card.getAttribute('lang')).to.equal('en-GB');
  });

  it('renders the four sections in order, one heading level below the title', async () => {
    const el = await renderCard();
    const headings = $$(el, 'h3.section-heading');
    expect(headings.map((h) => h.textContent!.trim())).to.deep.equal([
      'What is an epidural injection?',
      'Scans to guide the needle',
      'How it can help',
      'When it may not help',
    ]);
    expect($$(el, '.panel').map((p) => p.id)).to.deep.equal(SECTION_IDS.map((id) => `p-${id}`));
  });

  it('renders every built-in paragraph and list item as text', async () => {
    const el = await renderCard();
    await el.expandAll();
    for (const section of builtInContent.sections) {
      const panel = sectionPanel(el, section.id);
      const paragraphs = [...panel.querySelectorAll('p')].map((p) => p.textContent);
      const items = [...panel.querySelectorAll('li')].map((li) => li.textContent);
      expect(paragraphs).to.deep.equal(section.paragraphs ?? []);
      expect(items).to.deep.equal(section.items ?? []);
    }
  });

  it('lists the seven benefits as separate items', async () => {
    const el = await renderCard();
    const items = [...sectionPanel(el, 'benefits').querySelectorAll('li')];
    expect(items).to.have.length(7);
    expect(items[3].textContent).to.match(/^It can help to show where your pain comes from/);
    expect(items[4].textContent).to.equal(
      'You may need fewer invasive treatments (ones that go inside your body).',
    );
  });

  it('mentions fluoroscopy and CT in the imaging section', async () => {
    const el = await renderCard();
    expect(sectionPanel(el, 'imaging-guidance').textContent).to.contain(
      'The scan can be fluoroscopy (X-rays that show moving pictures) or a CT scan (computed tomography',
    );
  });

  it('starts with every section collapsed and truly hidden', async () => {
    const el = await renderCard();
    for (const id of SECTION_IDS) {
      expect(sectionButton(el, id).getAttribute('aria-expanded')).to.equal('false');
      const panel = sectionPanel(el, id);
      expect(panel.hasAttribute('hidden')).to.be.true;
      expect(isShown(panel.querySelector('p, li')!)).to.be.false;
    }
  });

  it('puts each toggle button alone inside its heading, pointing at its panel', async () => {
    const el = await renderCard();
    for (const id of SECTION_IDS) {
      const button = sectionButton(el, id);
      const heading = button.parentElement!;
      expect(heading.tagName).to.equal('H3');
      expect(heading.children).to.have.length(1);
      expect(el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)).to.equal(
        sectionPanel(el, id),
      );
    }
  });

  it("submits no form of the page's: its buttons, in its shadow root, belong to none", async () => {
    const form = document.createElement('form');
    let submitted = 0;
    form.addEventListener('submit', (event) => {
      submitted++;
      event.preventDefault();
    });
    const el = document.createElement('epidural-info-card');
    form.append(el);
    document.body.append(form);
    await el.updateComplete;
    for (const button of el.shadowRoot!.querySelectorAll('button'))
      expect(button.form).to.equal(null);
    el.shadowRoot!.querySelector<HTMLElement>('[aria-controls]')!.click();
    await el.updateComplete;
    expect(el.openSections).to.deep.equal([SECTION_IDS[0]]);
    expect(submitted).to.equal(0);
    form.remove();
  });

  it('hides collapsed panels with hidden="until-found", so find-in-page can reveal them', async () => {
    const el = await renderCard();
    const panel = sectionPanel(el, 'benefits');
    expect(panel.getAttribute('hidden')).to.equal('until-found');
    expect(isShown(panel.querySelector('li')!)).to.be.false;
  });

  it('keeps the light-DOM fallback out of view once defined', async () => {
    const el = await renderCard(
      html`<epidural-info-card><a href="/epidural">Read about epidurals</a></epidural-info-card>`,
    );
    expect(isShown(el.querySelector('a')!)).to.be.false;
  });

  it('can still be hidden with the hidden attribute', async () => {
    const el = await renderCard(html`<epidural-info-card hidden></epidural-info-card>`);
    expect(getComputedStyle(el).display).to.equal('none');
    el.hidden = false;
    expect(getComputedStyle(el).display).to.equal('block');
  });

  it('has no horizontal overflow inside the card', async () => {
    const el = await renderCard();
    await el.expandAll();
    const card = $(el, 'article');
    expect(card.scrollWidth).to.be.at.most(card.clientWidth);
  });
});
