import { expect, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { EpiduralInfoCard, ErrorDetail } from '../src/epidural-info-card.js';
import { builtInContent } from '../src/epidural-info-card.js';
import { $, $$, drawn, isShown, record } from './helpers.js';

/*
 * The card's text as ordinary HTML inside the tag: what a CMS's editor or a Markdown renderer
 * writes. The card reads it, checks it as it checks JSON, follows edits to it, and where it
 * cannot use it shows it as it is.
 */
const FACET = `
  <h2>Facet joint injections</h2>
  <p>An injection into the small joints of the spine.</p>
  <h3>What is it?</h3>
  <p>Medicine injected into a facet joint.</p>
  <p>It takes about 20 minutes.</p>
  <h3 id="good">Benefits</h3>
  <ul><li>Less pain for some people.</li><li>It helps find <em>where</em> the pain comes from.</li></ul>
  <blockquote><h3>When to call us</h3><p>If you have a fever after the injection.</p></blockquote>
  <hr>
  <p>This is general information.</p>
  <p><strong>Last reviewed:</strong> 2026-11-02</p>
  <p><strong>Reviewed by:</strong> Dr Jane Smith, Consultant in pain medicine</p>
  <p><strong>Published by:</strong> <a href="/about">St Mary's Clinic</a></p>
  <p><b>Declaration of interest:</b> The clinic offers this injection.</p>
  <p><strong>Sources:</strong></p>
  <ul><li><a href="https://www.nhs.uk/">NHS: facet joint injections</a> (2026-01-05)</li></ul>`;

const EXPECTED = {
  lang: 'en-GB',
  title: 'Facet joint injections',
  sections: [
    {
      id: 'what-is-it',
      heading: 'What is it?',
      paragraphs: ['Medicine injected into a facet joint.', 'It takes about 20 minutes.'],
    },
    {
      id: 'good',
      heading: 'Benefits',
      items: ['Less pain for some people.', 'It helps find where the pain comes from.'],
    },
    {
      id: 'when-to-call-us',
      heading: 'When to call us',
      paragraphs: ['If you have a fever after the injection.'],
      alwaysVisible: true,
    },
  ],
  intro: 'An injection into the small joints of the spine.',
  disclaimer: 'This is general information.',
  lastReviewed: '2026-11-02',
  sources: [
    { title: 'NHS: facet joint injections', url: 'https://www.nhs.uk/', date: '2026-01-05' },
  ],
  reviewedBy: { name: 'Dr Jane Smith', role: 'Consultant in pain medicine' },
  publisher: { name: "St Mary's Clinic", url: '/about' },
  disclosure: 'The clinic offers this injection.',
};

/* A card with `inner` as its light DOM, in the page; resolves once it has taken or refused it. */
async function cardWithHtml(inner: string, lang = 'en-GB') {
  const el = document.createElement('epidural-info-card') as EpiduralInfoCard;
  el.lang = lang;
  el.innerHTML = inner;
  const errors = record<ErrorDetail>(el, 'epidural-info-error');
  const settled = Promise.race([
    oneEvent(el, 'epidural-info-content'),
    oneEvent(el, 'epidural-info-error'),
  ]);
  document.body.append(el);
  await settled;
  await el.updateComplete;
  await drawn();
  return { el, errors };
}

afterEach(() => document.querySelectorAll('body > epidural-info-card').forEach((c) => c.remove()));

describe('<epidural-info-card> with its text as HTML inside the tag', () => {
  it('reads headings, paragraphs, lists, a quote and the labelled fields into the card', async () => {
    const { el, errors } = await cardWithHtml(FACET);
    expect(errors.seen).to.deep.equal([]);
    expect(el.content).to.deep.equal(EXPECTED);
    expect($(el, '.title').textContent).to.equal('Facet joint injections');
    expect($$(el, '.section-heading').map((h) => h.textContent!.trim())).to.deep.equal([
      'What is it?',
      'Benefits',
      'When to call us',
    ]);
    expect($(el, '.about').textContent).to.contain('Dr Jane Smith, Consultant in pain medicine');
    // The light DOM is the source; only the card is drawn, so nothing reads twice.
    expect([...el.children].filter((c) => isShown(c))).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('reads what the server reads: the same content from renderCard({ html })', async () => {
    const { el } = await cardWithHtml(FACET);
    const rendered = await executeServerCommand<{ html: string }, object>('render-card', {
      attributes: { lang: 'en-GB' },
      html: FACET,
    });
    const json = /<script type="application\/json">(.*?)<\/script>/.exec(rendered.html)![1];
    expect(JSON.parse(json)).to.deep.equal(el.content);
  });

  it('follows edits to that HTML: new text, a new section', async () => {
    const { el } = await cardWithHtml(FACET);
    const changed = oneEvent(el, 'epidural-info-content');
    el.querySelector('p')!.textContent = 'An injection, edited.';
    expect((await changed).detail).to.deep.equal({ from: 'html' });
    await el.updateComplete;
    expect($(el, '.intro').textContent).to.equal('An injection, edited.');
    const added = oneEvent(el, 'epidural-info-content');
    el.querySelector('hr')!.insertAdjacentHTML(
      'beforebegin',
      '<h3>Risks</h3><p>Your doctor explains them.</p>',
    );
    await added;
    await el.updateComplete;
    expect(el.content!.sections.map((s) => s.id)).to.deep.equal([
      'what-is-it',
      'good',
      'when-to-call-us',
      'risks',
    ]);
  });

  it('names the element of a mistake, and shows the HTML as it is', async () => {
    const { el, errors } = await cardWithHtml(
      '<h2>Facet joint injections</h2><h3>1st steps</h3><p>Read this first.</p>',
    );
    expect(errors.seen.map((e) => e.message)).to.deep.equal([
      'content.sections[0].id must be a letter, then letters, digits, - or _, not "1st-steps" (in <h3> "1st steps").',
    ]);
    expect(el.content).to.equal(undefined);
    // No procedure's text of the card's own: the host's headings and paragraph, through the slot.
    expect(el.shadowRoot!.querySelector('slot')).to.not.equal(null);
    expect(isShown(el.querySelector('h3')!)).to.equal(true);
    expect(el.shadowRoot!.textContent).not.to.include(builtInContent.title);
  });

  it("passes over an editor's empty paragraphs and headings", async () => {
    const { el, errors } = await cardWithHtml(
      '<h2>Facet joint injections</h2><p></p><h3> </h3><h3>What is it?</h3><p>A joint.</p><p>&nbsp;</p>',
    );
    expect(errors.seen).to.deep.equal([]);
    expect(el.content!.sections).to.deep.equal([
      { id: 'what-is-it', heading: 'What is it?', paragraphs: ['A joint.'] },
    ]);
  });

  it('takes no heading as no content: a lone link inside the tag is a fallback, and the built-in text shows', async () => {
    const el = document.createElement('epidural-info-card') as EpiduralInfoCard;
    el.innerHTML = '<a href="/epidurals">Read about epidural injections</a>';
    document.body.append(el);
    await el.updateComplete;
    expect($(el, '.title').textContent).to.equal(builtInContent.title);
  });

  it('gives the JSON child precedence over HTML beside it', async () => {
    const el = document.createElement('epidural-info-card') as EpiduralInfoCard;
    el.innerHTML = `${FACET}<script type="application/json">${JSON.stringify(builtInContent)}</script>`;
    document.body.append(el);
    await el.updateComplete;
    expect($(el, '.title').textContent).to.equal(builtInContent.title);
  });
});
