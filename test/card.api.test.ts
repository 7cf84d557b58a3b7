import { expect, html, oneEvent } from '@open-wc/testing';
import type { ErrorDetail, ToggleDetail } from '../src/epidural-info-card.js';
import {
  $,
  $$,
  SECTION_IDS,
  record,
  renderCard,
  sectionButton,
  showAllButton,
  visibleText,
} from './helpers.js';

describe('<epidural-info-card> attributes', () => {
  it('heading-level sets the title level, and sections sit one below', async () => {
    const el = await renderCard(html`<epidural-info-card heading-level="4"></epidural-info-card>`);
    expect($(el, '.title').tagName).to.equal('H4');
    expect($$(el, '.section-heading').every((h) => h.tagName === 'H5')).to.be.true;
    el.headingLevel = 6;
    await el.updateComplete;
    expect($(el, '.title').tagName).to.equal('H6');
    expect($(el, '.section-heading').tagName).to.equal('H6');
    el.headingLevel = 1;
    await el.updateComplete;
    expect($(el, '.title').tagName).to.equal('H1');
    expect($(el, '.section-heading').tagName).to.equal('H2');
  });

  it('an invalid heading-level falls back to 2 and reports an error', async () => {
    const errors = record<ErrorDetail>(document, 'epidural-info-error');
    const el = await renderCard(html`<epidural-info-card heading-level="9"></epidural-info-card>`);
    errors.stop();
    expect($(el, '.title').tagName).to.equal('H2');
    expect(errors.seen).to.have.length(1);
    expect(errors.seen[0].reason).to.equal('invalid-heading-level');
    expect(errors.seen[0].message).to.contain('"9"');
  });

  it('open-sections opens the named sections', async () => {
    const el = await renderCard(
      html`<epidural-info-card open-sections="benefits limitations"></epidural-info-card>`,
    );
    expect(el.openSections).to.deep.equal(['benefits', 'limitations']);
    expect(visibleText(el, 'benefits')).to.contain('Less pain, for a short time');
    expect(visibleText(el, 'limitations')).to.contain('a problem you have had for a long time');
    expect(visibleText(el, 'what-is-it')).to.equal('');
  });

  it('open-sections="all" opens every section', async () => {
    const el = await renderCard(
      html`<epidural-info-card open-sections="all"></epidural-info-card>`,
    );
    expect(el.openSections).to.deep.equal(SECTION_IDS);
    expect(showAllButton(el).getAttribute('aria-expanded')).to.equal('true');
  });

  it('open-sections follows later attribute changes', async () => {
    const el = await renderCard();
    el.setAttribute('open-sections', 'imaging-guidance');
    await el.updateComplete;
    expect(visibleText(el, 'imaging-guidance')).to.contain('fluoroscopy');
  });

  it('an unknown id in open-sections is reported, and the known ones still open', async () => {
    const errors = record<ErrorDetail>(document, 'epidural-info-error');
    const el = await renderCard(
      html`<epidural-info-card open-sections="benefits risks"></epidural-info-card>`,
    );
    errors.stop();
    expect(el.openSections).to.deep.equal(['benefits']);
    expect(errors.seen.map((e) => e.reason)).to.deep.equal(['unknown-section']);
    expect(errors.seen[0].message).to.contain('"risks"');
  });

  it('exclusive keeps one section open at a time and drops the show-all button', async () => {
    const el = await renderCard(html`<epidural-info-card exclusive></epidural-info-card>`);
    expect($$(el, '.show-all')).to.have.length(0);
    sectionButton(el, 'benefits').click();
    await el.updateComplete;
    sectionButton(el, 'limitations').click();
    await el.updateComplete;
    expect(el.openSections).to.deep.equal(['limitations']);
    expect(sectionButton(el, 'benefits').getAttribute('aria-expanded')).to.equal('false');
  });

  it('exclusive with several open-sections keeps the first', async () => {
    const el = await renderCard(
      html`<epidural-info-card
        exclusive
        open-sections="benefits limitations"
      ></epidural-info-card>`,
    );
    expect(el.openSections).to.deep.equal(['benefits']);
  });

  it('theme="dark" switches to the dark palette', async () => {
    const el = await renderCard(html`<epidural-info-card theme="dark"></epidural-info-card>`);
    expect(getComputedStyle($(el, 'article')).backgroundColor).to.equal('rgb(22, 27, 34)');
    el.theme = 'light';
    await el.updateComplete;
    expect(getComputedStyle($(el, 'article')).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('an unknown theme is reported and renders light', async () => {
    const errors = record<ErrorDetail>(document, 'epidural-info-error');
    const el = await renderCard(html`<epidural-info-card theme="purple"></epidural-info-card>`);
    errors.stop();
    expect(errors.seen.map((e) => e.reason)).to.deep.equal(['invalid-theme']);
    expect(getComputedStyle($(el, 'article')).backgroundColor).to.equal('rgb(255, 255, 255)');
  });
});

describe('<epidural-info-card> properties and methods', () => {
  it('openSections can be set and stays current after clicks', async () => {
    const el = await renderCard();
    el.openSections = ['limitations'];
    await el.updateComplete;
    expect(visibleText(el, 'limitations')).to.contain('a problem you have had for a long time');
    sectionButton(el, 'what-is-it').click();
    expect(el.openSections).to.deep.equal(['what-is-it', 'limitations']);
  });

  it('expandAll() and collapseAll() resolve once rendered', async () => {
    const el = await renderCard();
    await el.expandAll();
    for (const id of SECTION_IDS) {
      expect(sectionButton(el, id).getAttribute('aria-expanded')).to.equal('true');
      expect(visibleText(el, id)).not.to.equal('');
    }
    await el.collapseAll();
    for (const id of SECTION_IDS) expect(visibleText(el, id)).to.equal('');
    expect(el.openSections).to.deep.equal([]);
  });

  it('toggleSection(id) toggles; force=true and false set the state', async () => {
    const el = await renderCard();
    await el.toggleSection('benefits');
    expect(visibleText(el, 'benefits')).to.contain('Less pain, for a short time');
    await el.toggleSection('benefits', true);
    expect(el.openSections).to.deep.equal(['benefits']);
    await el.toggleSection('benefits');
    expect(visibleText(el, 'benefits')).to.equal('');
    await el.toggleSection('benefits', false);
    expect(el.openSections).to.deep.equal([]);
  });

  it('toggleSection() with an unknown id reports an error and changes nothing', async () => {
    const el = await renderCard();
    setTimeout(() => el.toggleSection('dosage'));
    const { detail } = await oneEvent(el, 'epidural-info-error');
    expect(detail.reason).to.equal('unknown-section');
    expect(detail.message).to.contain('"dosage"');
    expect(el.openSections).to.deep.equal([]);
  });
});

describe('<epidural-info-card> epidural-info-toggle event', () => {
  it('fires on a click, bubbling and composed, with the section and its state', async () => {
    const el = await renderCard();
    setTimeout(() => sectionButton(el, 'benefits').click());
    const event = await oneEvent(document, 'epidural-info-toggle');
    expect(event.detail).to.deep.equal({ section: 'benefits', open: true });
    expect(event.bubbles).to.be.true;
    expect(event.composed).to.be.true;
  });

  it('fires once per section from show all and hide all', async () => {
    const el = await renderCard(
      html`<epidural-info-card open-sections="benefits"></epidural-info-card>`,
    );
    const events = record<ToggleDetail>(el, 'epidural-info-toggle');
    showAllButton(el).click();
    await el.updateComplete;
    expect(events.seen).to.deep.equal(
      ['what-is-it', 'imaging-guidance', 'limitations'].map((section) => ({ section, open: true })),
    );
    events.seen.length = 0;
    showAllButton(el).click();
    await el.updateComplete;
    expect(events.seen.map((e) => e.open)).to.deep.equal([false, false, false, false]);
    events.stop();
  });

  it('fires from methods, but not for the initial state', async () => {
    const events = record<ToggleDetail>(document, 'epidural-info-toggle');
    const el = await renderCard(
      html`<epidural-info-card open-sections="all"></epidural-info-card>`,
    );
    expect(events.seen).to.deep.equal([]);
    await el.toggleSection('limitations', false);
    await el.toggleSection('limitations', false);
    events.stop();
    expect(events.seen).to.deep.equal([{ section: 'limitations', open: false }]);
  });

  it('fires for both sections when exclusive closes one', async () => {
    const el = await renderCard(
      html`<epidural-info-card exclusive open-sections="benefits"></epidural-info-card>`,
    );
    const events = record<ToggleDetail>(el, 'epidural-info-toggle');
    sectionButton(el, 'what-is-it').click();
    events.stop();
    expect(events.seen).to.deep.equal([
      { section: 'what-is-it', open: true },
      { section: 'benefits', open: false },
    ]);
  });

  it('fires when find-in-page reveals a collapsed panel (beforematch)', async () => {
    const el = await renderCard();
    const panel = $(el, '#p-imaging-guidance');
    setTimeout(() => panel.dispatchEvent(new Event('beforematch')));
    const { detail } = await oneEvent(el, 'epidural-info-toggle');
    expect(detail).to.deep.equal({ section: 'imaging-guidance', open: true });
    await el.updateComplete;
    expect(panel.hasAttribute('hidden')).to.be.false;
    expect(sectionButton(el, 'imaging-guidance').getAttribute('aria-expanded')).to.equal('true');
  });
});

describe('<epidural-info-card> show all', () => {
  it('says what it will do and reports with aria-expanded whether all are open', async () => {
    const el = await renderCard();
    const button = showAllButton(el);
    expect(button.textContent!.trim()).to.equal('Show all sections');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    await el.updateComplete;
    expect(button.textContent!.trim()).to.equal('Hide all sections');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    sectionButton(el, 'benefits').click();
    await el.updateComplete;
    expect(button.textContent!.trim()).to.equal('Show all sections');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });
});
