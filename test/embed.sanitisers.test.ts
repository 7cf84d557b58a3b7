import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import DOMPurify from 'dompurify';
import { builtInContent } from '../src/epidural-info-card.js';
import { renderCard as prerender } from '../src/server/render-card.js';
import { loadHost, removeHosts } from './embed-helpers.js';

/*
 * What a CMS's sanitiser (sanitize-html and DOMPurify, each with its defaults) leaves of each
 * snippet the README offers, and of a prerendered card: the information, as plain headings,
 * paragraphs and lists, and nothing of the code (no script, no stylesheet, no JSON as text).
 */
const SANITISERS: [string, (html: string) => Promise<string>][] = [
  ['sanitize-html', (html) => executeServerCommand<string, string>('sanitize-html', html)],
  ['DOMPurify', async (html) => DOMPurify.sanitize(html)],
];

/* The README's HTML snippets that hold the tag (less those abbreviated with "…"). */
async function readmeSnippets(): Promise<string[]> {
  const readme = await fetch('/README.md').then((r) => r.text());
  return [...readme.matchAll(/```html\n([\s\S]*?)```/g)]
    .map((m) => m[1])
    .filter((block) => block.includes('<epidural-info-card') && !block.includes('…'));
}

/* The sanitised HTML as a page without the script shows it: its text, and its headings. */
async function shown(html: string) {
  const page = await loadHost({ load: 'none' });
  const main = page.doc.getElementById('main')!;
  main.innerHTML = html;
  return {
    text: main.innerText,
    headings: [...main.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) =>
      h.textContent!.trim(),
    ),
  };
}

const CODE = /[{}<>]|:host|=>|application\/json|sha384|shadowrootmode|--_/;
const count = (text: string, part: string) => text.split(part).length - 1;

describe('snippets through a CMS sanitiser', () => {
  afterEach(removeHosts);

  it('finds the README snippets to try', async () => {
    expect((await readmeSnippets()).length).to.be.at.least(3);
  });

  for (const [name, sanitise] of SANITISERS) {
    it(`${name}: every README snippet leaves no code as text, and the HTML snippet its headings and lists`, async () => {
      for (const snippet of await readmeSnippets()) {
        const { text, headings } = await shown(await sanitise(snippet));
        expect(text, snippet).not.to.match(CODE);
        if (snippet.includes('<h2>')) {
          expect(headings).to.deep.equal([
            'Facet joint injections',
            'What is it?',
            'Benefits',
            'When to call us',
          ]);
          expect(text).to.contain('It can show where the pain comes from.');
        }
        if (snippet.includes('<a href')) expect(text).to.contain('Read about epidural injections');
      }
    });

    it(`${name}: a prerendered card leaves its text as headings and lists, with no code`, async () => {
      const { text, headings } = await shown(
        await sanitise(prerender({ attributes: { 'open-sections': 'benefits' } })),
      );
      expect(text).not.to.match(CODE);
      expect(headings).to.include(builtInContent.title);
      for (const section of builtInContent.sections) expect(headings).to.include(section.heading);
      // DOMPurify keeps the template, inert: the light-DOM copy reads once. sanitize-html unwraps
      // the template, so the card's own text reads as well as the copy (the README says so).
      expect(count(text, builtInContent.sections[0].heading)).to.equal(name == 'DOMPurify' ? 1 : 2);
    });
  }
});
