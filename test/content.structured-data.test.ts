import { expect, html } from '@open-wc/testing';
import type { EpiduralInfoCard } from '../src/epidural-info-card.js';
import { clinicContent } from './fixtures/content.js';
import { renderCard } from './helpers.js';

/*
 * The schema.org vocabulary the card may use: each type with the properties it has on
 * schema.org (checked there; inherited ones included). Parsing the JSON-LD back and checking it
 * against this list catches a misspelt or misplaced property.
 */
const VOCABULARY: Record<string, string[]> = {
  MedicalWebPage: [
    'name',
    'inLanguage',
    'description',
    'lastReviewed',
    'about',
    'citation',
    'publisher',
    'author',
  ],
  MedicalProcedure: ['name', 'description'],
  CreativeWork: ['name', 'url'],
  MedicalClinic: ['name', 'url', 'aggregateRating'],
  Physician: ['name'],
  AggregateRating: ['ratingValue', 'bestRating', 'author'],
  Organization: ['name'],
};

function checkNode(node: Record<string, unknown>, path: string): void {
  const type = node['@type'] as string;
  expect(Object.keys(VOCABULARY), `${path} @type`).to.include(type);
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('@')) continue;
    expect(VOCABULARY[type], `${path}.${key} on ${type}`).to.include(key);
    for (const child of [value].flat()) {
      if (child && typeof child === 'object')
        checkNode(child as Record<string, unknown>, `${path}.${key}`);
    }
  }
}

function jsonLd(el: EpiduralInfoCard) {
  const scripts = el.querySelectorAll('script[type="application/ld+json"]');
  expect(scripts).to.have.length(1);
  return JSON.parse(scripts[0].textContent!);
}

describe('<epidural-info-card structured-data>', () => {
  it('writes no JSON-LD unless asked', async () => {
    const el = await renderCard();
    expect(el.querySelector('script')).to.equal(null);
  });

  it('writes one MedicalWebPage about a MedicalProcedure, in the light DOM', async () => {
    const el = await renderCard(html`<epidural-info-card structured-data></epidural-info-card>`);
    const data = jsonLd(el);
    expect(data['@context']).to.equal('https://schema.org');
    expect(data['@type']).to.equal('MedicalWebPage');
    expect(data.about).to.deep.equal({
      '@type': 'MedicalProcedure',
      name: 'Epidural injections',
      description: el.content.intro,
    });
    expect(data.inLanguage).to.equal('en-GB');
    checkNode(data, 'data');
  });

  it('describes the provider as a MedicalClinic with its rating, and the clinician as a Physician', async () => {
    const el = await renderCard(html`<epidural-info-card structured-data></epidural-info-card>`);
    el.content = clinicContent;
    await el.updateComplete;
    const data = jsonLd(el);
    expect(data.publisher).to.deep.equal({
      '@type': 'MedicalClinic',
      name: 'Essentially Medical',
      url: 'https://clinic.example/',
      aggregateRating: {
        '@type': 'AggregateRating',
        ratingValue: 4,
        bestRating: 5,
        author: { '@type': 'Organization', name: 'Trustpilot' },
      },
    });
    expect(data.author).to.deep.equal({ '@type': 'Physician', name: 'Mr Mo Akmal' });
    expect(data.lastReviewed).to.equal('2026-11-02');
    expect(data.citation).to.deep.equal([
      { '@type': 'CreativeWork', name: 'Test source', url: 'https://example.org/source' },
    ]);
    checkNode(data, 'data');
  });

  it('stays one script, kept current, and goes when the attribute goes', async () => {
    const el = await renderCard(html`<epidural-info-card structured-data></epidural-info-card>`);
    el.setAttribute('provider-name', 'Another clinic');
    await el.updateComplete;
    expect(jsonLd(el).publisher.name).to.equal('Another clinic');
    el.removeAttribute('structured-data');
    await el.updateComplete;
    expect(el.querySelector('script')).to.equal(null);
  });

  it('is written once per content, not again when a section opens', async () => {
    const el = await renderCard(html`<epidural-info-card structured-data></epidural-info-card>`);
    const script = el.querySelector('script')!;
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(el, { childList: true, subtree: true, characterData: true });
    await el.toggleSection('benefits', true);
    await el.collapseAll();
    observer.disconnect();
    expect(changes).to.deep.equal([]);
    el.content = clinicContent;
    await el.updateComplete;
    expect(jsonLd(el).publisher.name).to.equal('Essentially Medical');
    expect(el.querySelector('script')).to.equal(script);
  });

  it('escapes text that would close the script', async () => {
    const el = await renderCard(html`<epidural-info-card structured-data></epidural-info-card>`);
    el.content = { ...clinicContent, title: '</script><script>window.__pwned=1</script>' };
    await el.updateComplete;
    expect(jsonLd(el).name).to.equal('</script><script>window.__pwned=1</script>');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
