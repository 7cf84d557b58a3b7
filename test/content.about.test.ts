import { expect, html, oneEvent } from '@open-wc/testing';
import type { CardContent, EpiduralInfoCard, ErrorDetail } from '../src/epidural-info-card.js';
import { validateContent } from '../src/content/validate.js';
import { renderCard as prerender } from '../src/server/render-card.js';
import { clinicContent, termsContent } from './fixtures/content.js';
import { $, $$, asPrerendered, renderCard } from './helpers.js';

/* A clinic's content with every field that says who stands behind it. */
const vouched: CardContent = {
  ...clinicContent,
  lang: 'en-GB',
  lastReviewed: '2026-11-02',
  nextReview: '2027-11-02',
  reviewedBy: { name: 'Dr Jane Example', role: 'Consultant in pain medicine, FRCA' },
  publisher: { name: 'Essentially Medical', url: 'https://clinic.example/' },
  disclosure: 'Essentially Medical provides this procedure.',
  sources: [{ title: 'Test source', url: 'https://example.org/source', date: '2025-06-30' }],
};

describe('<epidural-info-card> About this information', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`says who published and checked the text, and when (${theme})`, async () => {
      const el = await renderCard(html`<epidural-info-card theme=${theme}></epidural-info-card>`);
      el.content = vouched;
      await el.updateComplete;
      const about = $(el, '[part=about]');
      // Always shown: not in a panel, not behind a button.
      expect(about.closest('.panel')).to.equal(null);
      expect(about.querySelector('.subheading')!.textContent).to.equal('About this information');
      const rows = $$(el, '.about dt').map(
        (dt) => `${dt.textContent}: ${dt.nextElementSibling!.textContent}`,
      );
      expect(rows).to.deep.equal([
        'Published by: Essentially Medical',
        'Reviewed by: Dr Jane Example, Consultant in pain medicine, FRCA',
        'Last reviewed: 2 November 2026',
        'Next review due: 2 November 2027',
        'Declaration of interest: Essentially Medical provides this procedure.',
      ]);
      expect($$(el, '.about time').map((t) => t.getAttribute('datetime'))).to.deep.equal([
        '2026-11-02',
        '2027-11-02',
        '2025-06-30',
      ]);
      expect($(el, '.about li').textContent).to.equal('Test source (30 June 2025)');
      expect($(el, '.about dd a').getAttribute('href')).to.equal('https://clinic.example/');
      await expect(el).to.be.accessible();
    });
  }

  it('is prerendered by renderCard() as the browser renders it', async () => {
    const box = document.createElement('div');
    box.setHTMLUnsafe(prerender({ content: vouched }));
    const painted = box.firstElementChild!.shadowRoot!.innerHTML.replace(
      /<style>[\s\S]*?<\/style>/,
      '',
    );
    expect(painted).to.contain('<div class="about" part="about">');
    document.body.append(box);
    const el = box.firstElementChild as EpiduralInfoCard;
    await el.updateComplete;
    expect(asPrerendered(el.shadowRoot!.innerHTML)).to.equal(painted);
    box.remove();
  });

  it('writes the reviewer and the publisher into the JSON-LD (renderCard)', async () => {
    const written = prerender({ attributes: { 'structured-data': true }, content: vouched });
    const data = JSON.parse(
      /<script type="application\/ld\+json">(.*?)<\/script>/.exec(written)![1],
    );
    expect(data.reviewedBy).to.deep.equal({
      '@type': 'Person',
      name: 'Dr Jane Example',
      jobTitle: 'Consultant in pain medicine, FRCA',
    });
    expect(data.publisher).to.deep.equal({
      '@type': 'Organization',
      name: 'Essentially Medical',
      url: 'https://clinic.example/',
    });
    expect(data.lastReviewed).to.equal('2026-11-02');
  });

  it('past its next review date: shown as it is, with one console warning and an event', async () => {
    const el = await renderCard();
    const warned: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warned.push(args.join(' '));
    let detail: ErrorDetail;
    try {
      setTimeout(() => (el.content = { ...vouched, nextReview: '2020-01-31' }));
      ({ detail } = await oneEvent(el, 'epidural-info-error'));
      await el.updateComplete;
      // Opening a section renders again: still the one warning.
      await el.toggleSection(vouched.sections[0].id);
    } finally {
      console.warn = original;
    }
    expect(detail.reason).to.equal('review-overdue');
    expect(detail.message).to.match(
      /^content\.nextReview 2020-01-31 has passed \(today is \d{4}-\d\d-\d\d\): the content is due for review\.$/,
    );
    expect(warned).to.deep.equal([`<epidural-info-card> (card 1 of 1): ${detail.message}`]);
    expect(el.problems).to.deep.equal([detail]);
    // The content and its dates, honestly.
    expect(el.content.title).to.equal(vouched.title);
    expect($$(el, '.about dd')[3].textContent).to.equal('31 January 2020');
  });

  it("marks the clinic's own block apart from the health information", async () => {
    const el = await renderCard();
    el.content = vouched;
    await el.updateComplete;
    const block = $(el, '.clinic');
    expect(block.getAttribute('role')).to.equal('group');
    expect(
      el.shadowRoot!.getElementById(block.getAttribute('aria-labelledby')!)!.textContent,
    ).to.equal('From the clinic');
    // The clinic, its rating and credentials, and its call to action: all inside, after the About part.
    expect(block.querySelector('[part=provider]')).to.not.equal(null);
    expect(block.querySelector('[part=cta]')).to.not.equal(null);
    expect(
      $(el, '[part=about]').compareDocumentPosition(block) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).to.be.above(0);
    await expect(el).to.be.accessible();
  });

  it('refuses a day no month has, naming the field', () => {
    const { problems } = validateContent({ ...vouched, nextReview: '2027-02-30' });
    expect(problems.map((p) => p.message)).to.deep.equal([
      'content.nextReview is no day of the calendar: "2027-02-30".',
    ]);
  });
});

describe('<epidural-info-card> where the built-in text comes from', () => {
  const rows = (el: EpiduralInfoCard) =>
    $$(el, '.about dt').map((dt) => `${dt.textContent}: ${dt.nextElementSibling!.textContent}`);

  it('names its source, when it was checked against it, and that no clinician has reviewed it for this site', async () => {
    const el = await renderCard();
    expect(rows(el)).to.deep.equal([
      "Adapted from: A clinic's page for patients (Essentially Medical), in plain English",
      'Last checked against it: 7 December 2026',
      'Reviewed by: No clinician has reviewed this text for this website.',
    ]);
    await expect(el).to.be.accessible();
  });

  it("gives way to the host's own reviewer and dates once it gives its own content", async () => {
    const el = await renderCard();
    el.content = vouched;
    await el.updateComplete;
    expect(rows(el).join('\n')).not.to.contain('Adapted from');
    expect(rows(el).join('\n')).not.to.contain('No clinician');
    expect(rows(el)).to.include('Reviewed by: Dr Jane Example, Consultant in pain medicine, FRCA');
  });

  it('an adapted text with a reviewer says who reviewed it, in the content’s own words', async () => {
    const el = await renderCard();
    el.content = {
      ...vouched,
      adaptedFrom: {
        title: 'Nuestra página',
        url: 'https://clinic.example/es',
        date: '2026-10-01',
      },
      strings: { adaptedFrom: 'Adaptado de', checkedAgainst: 'Comprobado el' },
    };
    await el.updateComplete;
    expect(rows(el).slice(0, 3)).to.deep.equal([
      'Adaptado de: Nuestra página',
      'Comprobado el: 1 October 2026',
      'Published by: Essentially Medical',
    ]);
    expect($(el, '.about dd a').getAttribute('href')).to.equal('https://clinic.example/es');
    expect(rows(el).join('\n')).not.to.contain('No clinician');
  });
});

describe('<epidural-info-card> words explained (terms)', () => {
  it('lists each word and what it means after the sections, always shown, and passes axe', async () => {
    const el = await renderCard();
    el.content = termsContent;
    await el.updateComplete;
    const terms = $(el, '[part=terms]');
    expect(terms.closest('.panel')).to.equal(null);
    expect(terms.querySelector('.subheading')!.textContent).to.equal('Words explained');
    expect(
      $$(el, '.terms dt').map((dt) => `${dt.textContent}: ${dt.nextElementSibling!.textContent}`),
    ).to.deep.equal([
      'CT scan: Computed tomography: many X-rays put together by a computer.',
      'Steroid: A medicine that brings down swelling.',
    ]);
    expect($$(el, '.terms dfn')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('reads them from the HTML form: "Words explained:", then "word: what it means"', async () => {
    const el = await renderCard(
      html`<epidural-info-card
        ><h2>Facet joint injections</h2>
        <h3>What is it?</h3>
        <p>A steroid is injected, guided by a CT scan.</p>
        <hr />
        <p><strong>Words explained:</strong></p>
        <ul>
          <li>Steroid: a medicine that brings down swelling.</li>
          <li>CT scan: computed tomography, X-rays put together.</li>
        </ul></epidural-info-card
      >`,
    );
    await el.updateComplete;
    expect(el.content?.terms).to.deep.equal([
      { term: 'Steroid', definition: 'a medicine that brings down swelling.' },
      { term: 'CT scan', definition: 'computed tomography, X-rays put together.' },
    ]);
    expect($$(el, '.terms dt')).to.have.length(2);
  });

  it('refuses a term without its meaning, naming it', async () => {
    const result = validateContent({ ...termsContent, terms: [{ term: 'CT scan' }] });
    expect(result.problems.map((p) => p.message)).to.deep.equal([
      'content.terms[0].definition is required.',
    ]);
  });
});
