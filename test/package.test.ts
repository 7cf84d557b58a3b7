import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { EpiduralInfoCard } from '../src/epidural-info-card.js';
import { termsContent } from './fixtures/content.js';
import { renderCard } from './helpers.js';

interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
  budget: number;
}

describe('the package', () => {
  it('keeps the embed script within its gzip budget', async () => {
    const sizes = await executeServerCommand<Sizes>('embed-size');
    console.log(`embed script: ${sizes.gzip} B gzip, ${sizes.brotli} B brotli`);
    expect(sizes.gzip).to.be.at.most(sizes.budget);
  });

  it("the README's embed snippet carries the built file's integrity hash", async () => {
    const readme = await fetch('/README.md').then((r) => r.text());
    const built = (await fetch('/dist/epidural-info-card.js.sri').then((r) => r.text())).trim();
    const inReadme = [...readme.matchAll(/integrity="([^"]+)"/g)].map((m) => m[1]);
    expect(inReadme.length).to.be.above(0);
    for (const hash of inReadme) {
      expect(hash, 'run: npm run build && npm run readme:integrity').to.equal(built);
    }
  });

  it('packs only what a consumer needs', async () => {
    const files = await executeServerCommand<string[]>('packed-files');
    const unexpected = files.filter(
      (f) =>
        !/^dist\/(esm\/.+\.(js|d\.ts)|server\/[\w-]+\.js|types\/(jsx|vue)\.d\.ts|epidural-info-card\.(js(\.sri)?|css)|content\.schema\.json|embed\.html|epidural-injection\.original\.json)$/.test(
          f,
        ) &&
        // The static site recipes (README: Where clinics publish), two of them package exports.
        !/^publishing\/(hugo\/layouts\/shortcodes\/epidural-info-card\.html|astro\/EpiduralInfoCard\.astro|eleventy\/epidural-info-card\.js)$/.test(
          f,
        ) &&
        !['custom-elements.json', 'README.md', 'LICENSE', 'package.json'].includes(f),
    );
    expect(unexpected).to.deep.equal([]);
    for (const needed of [
      'dist/epidural-info-card.js',
      'dist/esm/epidural-info-card.js',
      'dist/esm/epidural-info-card.d.ts',
      'dist/content.schema.json',
      'dist/server/index.js',
      'dist/server/cli.js',
      'dist/esm/server/index.d.ts',
      'dist/esm/react/epidural-info-card.js',
      'dist/esm/react/epidural-info-card.d.ts',
      'dist/types/jsx.d.ts',
      'dist/types/vue.d.ts',
      'dist/embed.html',
      'dist/epidural-injection.original.json',
      'dist/epidural-info-card.css',
      'publishing/astro/EpiduralInfoCard.astro',
      'publishing/eleventy/epidural-info-card.js',
      'custom-elements.json',
      'LICENSE',
    ]) {
      expect(files).to.include(needed);
    }
  });
  // Its types are compiled as a consumer's in Node: test/node/types.test.mjs.
});

describe('custom-elements.json', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let declaration: any;

  before(async () => {
    const manifest = await fetch('/custom-elements.json').then((r) => r.json());
    declaration = manifest.modules
      .flatMap((m: { declarations?: unknown[] }) => m.declarations ?? [])
      .find((d: { tagName?: string }) => d.tagName === 'epidural-info-card');
  });

  const names = (list: { name: string }[] | undefined) => (list ?? []).map((x) => x.name).sort();

  it('lists every attribute the element observes', () => {
    expect(names(declaration.attributes)).to.deep.equal(
      [...(EpiduralInfoCard.observedAttributes ?? [])].sort(),
    );
  });

  it('lists every part the element renders, and renders every part it lists', async () => {
    // Listen's buttons too: a speech synthesis with a local voice (test/card.listen.test.ts).
    const synthesis = {
      getVoices: () => [{ lang: 'en-GB', localService: true }],
      addEventListener() {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
    const el = await renderCard(html`<epidural-info-card feedback listen></epidural-info-card>`);
    // Every field that has a part: the clinic's content, with its words explained.
    el.content = termsContent;
    await el.expandAll();
    delete (window as { speechSynthesis?: unknown }).speechSynthesis;
    const rendered = new Set(
      [...el.shadowRoot!.querySelectorAll('[part]')].flatMap((e) =>
        e.getAttribute('part')!.split(' '),
      ),
    );
    expect(names(declaration.cssParts)).to.deep.equal([...rendered].sort());
  });

  it('lists every CSS custom property the styles read', () => {
    const css = String(EpiduralInfoCard.styles);
    const read = new Set(css.match(/--epidural-info-card-[a-z-]+/g));
    expect(names(declaration.cssProperties)).to.deep.equal([...read].sort());
  });

  it('lists every event the element fires', async () => {
    const source = await executeServerCommand<string>('card-sources');
    const fired = new Set(
      [...source.matchAll(/\bfire(?:<\w+>)?\([^,]+,\s*["'](epidural-info-[a-z-]+)["']/g)].map(
        (m) => m[1],
      ),
    );
    expect(fired.size).to.be.above(0);
    expect(names(declaration.events)).to.deep.equal([...fired].sort());
  });

  it('lists the public methods', () => {
    const methods = declaration.members
      .filter((m: { kind: string; privacy?: string }) => m.kind === 'method' && !m.privacy)
      .map((m: { name: string }) => m.name)
      .sort();
    expect(methods).to.deep.equal(['collapseAll', 'expandAll', 'toggleSection']);
  });
});
