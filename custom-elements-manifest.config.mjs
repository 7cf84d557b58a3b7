// Custom Elements Manifest analyzer settings (npm run build writes custom-elements.json, and from
// it the element's typings for JSX (React, Preact, Solid, and Svelte 5, whose attributes take the
// same `on` + event names) and for Vue templates: dist/types/). custom-element-svelte-integration
// writes Svelte 4's on:event typings against a global JSX, which Svelte 5 projects lack.
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

// Relative to dist/types/, where the generated files go: the element's class and its types.
const typings = {
  outdir: 'dist/types',
  componentTypePath: () => '../esm/card/card.component.js',
  hideLogs: true,
};

export default {
  globs: ['src/**/*.ts'],
  litelement: true,
  plugins: [
    customElementJsxPlugin({ ...typings, fileName: 'jsx.d.ts' }),
    customElementVuejsPlugin({ ...typings, fileName: 'vue.d.ts' }),
    {
      // The element fires every event through one private helper, #fire(type, detail); the
      // analyzer reads that helper as an event named "type". The real events are the @fires tags.
      name: 'drop-helper-event',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.events) {
              declaration.events = declaration.events.filter((e) => e.name !== 'type');
            }
          }
        }
      },
    },
  ],
};
