import { expect, html, oneEvent } from '@open-wc/testing';
import type { EpiduralInfoCard, ErrorDetail } from '../src/epidural-info-card.js';
import { builtInContent } from '../src/epidural-info-card.js';
import { clinicContent, spanishContent } from './fixtures/content.js';
import { $, $$, record, renderCard } from './helpers.js';

const title = (el: EpiduralInfoCard) => $(el, '.title').textContent;
const unique = () => `?n=${Math.random().toString(36).slice(2)}`;

async function untilContent(el: EpiduralInfoCard) {
  const event = await oneEvent(el, 'epidural-info-content');
  await el.updateComplete;
  return event.detail;
}

describe('<epidural-info-card> content from the host', () => {
  it('takes content as a property', async () => {
    const el = await renderCard();
    setTimeout(() => (el.content = spanishContent));
    expect(await untilContent(el)).to.deep.equal({ from: 'property' });
    expect(title(el)).to.equal('Inyecciones epidurales (texto de prueba)');
    expect(el.content).to.deep.equal(spanishContent);
  });

  it('takes content from a <script type="application/json"> child', async () => {
    const el = document.createElement('epidural-info-card');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(spanishContent);
    el.append(script);
    const loaded = untilContent(el);
    document.body.append(el);
    expect(await loaded).to.deep.equal({ from: 'script' });
    expect(title(el)).to.equal('Inyecciones epidurales (texto de prueba)');
    el.remove();
  });

  it('takes content from a src URL', async () => {
    const el = document.createElement('epidural-info-card');
    el.src = `/test/fixtures/review-site.json${unique()}`;
    const loaded = untilContent(el);
    document.body.append(el);
    expect(await loaded).to.deep.equal({ from: 'src' });
    expect(title(el)).to.equal('Epidural injections (test document)');
    expect($$(el, '.section-heading').map((h) => h.textContent!.trim())).to.deep.equal([
      'What is it?',
      'Questions',
    ]);
    el.remove();
  });

  it('fetches a src once, however many cards name it', async () => {
    const url = `/test/fixtures/review-site.json${unique()}`;
    const cards = Array.from({ length: 5 }, () => {
      const el = document.createElement('epidural-info-card');
      el.src = url;
      return el;
    });
    const loaded = Promise.all(cards.map((el) => untilContent(el)));
    document.body.append(...cards);
    await loaded;
    const hits = await fetch(`/test-api/hits?url=${encodeURIComponent(url)}`).then((r) => r.json());
    expect(hits).to.equal(1);
    for (const el of cards) expect(title(el)).to.equal('Epidural injections (test document)');
    cards.forEach((el) => el.remove());
  });

  it('applies open-sections to the sections of a src document', async () => {
    const errors = record<ErrorDetail>(document, 'epidural-info-error');
    const el = document.createElement('epidural-info-card');
    el.setAttribute('open-sections', 'faq');
    el.src = `/test/fixtures/review-site.json${unique()}`;
    const loaded = untilContent(el);
    document.body.append(el);
    await loaded;
    errors.stop();
    expect(el.openSections).to.deep.equal(['faq']);
    expect(errors.seen).to.deep.equal([]);
    el.remove();
  });

  it('lays cta-href, cta-label, provider-name and provider-href over the content', async () => {
    const el = await renderCard(
      html`<epidural-info-card
        cta-href="/book"
        cta-label="Book a consultation"
        provider-name="Essentially Medical"
        provider-href="https://clinic.example/"
      ></epidural-info-card>`,
    );
    const cta = $(el, '[part="cta"]') as HTMLAnchorElement;
    expect(cta.textContent).to.equal('Book a consultation');
    expect(cta.getAttribute('href')).to.equal('/book');
    const provider = $(el, '.provider .subheading a') as HTMLAnchorElement;
    expect(provider.textContent).to.equal('Essentially Medical');
    expect(provider.href).to.equal('https://clinic.example/');
    expect(title(el)).to.equal(builtInContent.title);
  });

  it('gives cta-href alone the default label', async () => {
    const el = await renderCard(
      html`<epidural-info-card cta-href="tel:+440000"></epidural-info-card>`,
    );
    expect($(el, '[part="cta"]').textContent).to.equal('Contact the clinic');
  });

  it('renders the provider, rating in words, credentials, sources, review date and callout', async () => {
    const el = await renderCard();
    el.content = clinicContent;
    await el.updateComplete;
    expect($(el, '.provider').textContent).to.contain('Mr Mo Akmal');
    const rating = $(el, '.rating');
    expect(rating.textContent!.replace(/\s+/g, ' ')).to.contain('Rated 4 out of 5 on Trustpilot');
    expect($$(el, '.credentials li').map((li) => li.textContent)).to.deep.equal([
      'ResearchGate',
      'BBC Two',
    ]);
    expect($(el, '.about li a').getAttribute('href')).to.equal('https://example.org/source');
    expect($(el, '.about time').getAttribute('datetime')).to.equal('2026-11-02');
    expect($(el, '.about dl').textContent).to.equal('Last reviewed2 November 2026');
    const callout = $(el, '.callout');
    expect(callout.querySelector('button')).to.equal(null);
    expect(callout.textContent).to.contain('When to get help straight away');
    expect(el.openSections).to.not.include('urgent-help');
    await expect(el).to.be.accessible();
  });

  it('gives every link rel="noopener noreferrer"', async () => {
    const el = await renderCard();
    el.content = clinicContent;
    await el.updateComplete;
    const links = $$(el, 'a');
    expect(links.length).to.equal(3);
    for (const a of links) expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
  });

  it('shows text that looks like HTML as text', async () => {
    const el = await renderCard();
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    el.content = {
      ...builtInContent,
      title: evil,
      sections: [{ id: 'a', heading: evil, paragraphs: [evil], items: [evil] }],
    };
    await el.updateComplete;
    expect(title(el)).to.equal(evil);
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
