import { expect, html } from '@open-wc/testing';
import type { EpiduralInfoCard } from '../src/epidural-info-card.js';
import { builtInContent } from '../src/epidural-info-card.js';
import { renderCard as prerender } from '../src/server/render-card.js';
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

/* The one JSON-LD script of the card renderCard() writes for these options. */
function jsonLd(options: Parameters<typeof prerender>[0]) {
  const doc = new DOMParser().parseFromString(prerender(options), 'text/html');
  const scripts = doc.querySelectorAll('epidural-info-card > script[type="application/ld+json"]');
  expect(scripts).to.have.length(1);
  return JSON.parse(scripts[0].textContent!);
}

const asked = { 'structured-data': true };

/*
 * structured-data is written where search engines read it without running a script: in the
 * page's HTML, by renderCard() (and so the CLI, the embed builder, the WordPress plugin and the
 * React entry). The embed script carries none of it.
 */
describe('structured-data', () => {
  it('is written by renderCard() only when asked', () => {
    expect(prerender({})).not.to.include('application/ld+json');
  });

  it('is one MedicalWebPage about a MedicalProcedure, in the light DOM', () => {
    const data = jsonLd({ attributes: asked });
    expect(data['@context']).to.equal('https://schema.org');
    expect(data['@type']).to.equal('MedicalWebPage');
    expect(data.about).to.deep.equal({
      '@type': 'MedicalProcedure',
      name: 'Epidural injections',
      description: builtInContent.intro,
    });
    expect(data.inLanguage).to.equal('en-GB');
    checkNode(data, 'data');
  });

  it('describes the provider as a MedicalClinic with its rating, and the clinician as a Physician', () => {
    const data = jsonLd({ attributes: asked, content: clinicContent });
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

  it('escapes text that would close the script', () => {
    const title = '</script><script>window.__pwned=1</script>';
    expect(jsonLd({ attributes: asked, content: { ...clinicContent, title } }).name).to.equal(
      title,
    );
  });

  it('stays as the server wrote it when the script takes the card over', async () => {
    const box = document.createElement('div');
    box.setHTMLUnsafe(prerender({ attributes: asked, content: clinicContent }));
    const written = box.querySelector('script[type="application/ld+json"]')!.textContent;
    document.body.append(box);
    const el = box.firstElementChild as EpiduralInfoCard;
    await el.updateComplete;
    expect(el.problems).to.deep.equal([]);
    expect(el.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
    expect(el.querySelector('script[type="application/ld+json"]')!.textContent).to.equal(written);
    box.remove();
  });

  it('on a card the script alone renders: none written, and a warning that says where it comes from', async () => {
    const el = await renderCard(html`<epidural-info-card structured-data></epidural-info-card>`);
    expect(el.querySelector('script')).to.equal(null);
    expect(el.problems).to.deep.equal([
      {
        reason: 'structured-data',
        message:
          'structured-data: the JSON-LD comes from a server render (see the README), not the script.',
      },
    ]);
  });
});
