// Every entry point of the package, imported in Node as a server renderer (Next.js, Nuxt,
// SvelteKit, an edge worker) imports a component's modules: nothing may touch window, document
// or a global listener until a card is connected. Through the package's own name, so that
// package.json "exports" is what is tested.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const { exports } = JSON.parse(readFileSync('package.json', 'utf8'));
const modules = Object.entries(exports).filter(([, target]) =>
  /\.js$/.test(target.default ?? target),
);

describe('the package in Node', () => {
  for (const [path] of modules) {
    it(`imports epidural-info-card${path.slice(1)} without a DOM`, async () => {
      assert.equal(globalThis.window, undefined);
      await import(`epidural-info-card${path.slice(1)}`);
    });
  }

  it('exports the element class and the content API, and leaves no window or document', async () => {
    const card = await import('epidural-info-card');
    assert.equal(typeof card.EpiduralInfoCard, 'function');
    assert.equal(card.validateContent(card.builtInContent).problems.length, 0);
    // Lit's Node build brings its own custom-element registry (for Lit SSR): the card is defined
    // there, as any Lit element is. Nothing else of a browser is made up.
    assert.equal(globalThis.customElements?.get('epidural-info-card'), card.EpiduralInfoCard);
    assert.equal(globalThis.window, undefined);
    assert.equal(globalThis.document, undefined);
  });
});
