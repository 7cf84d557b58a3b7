// Custom Elements Manifest analyzer settings (npm run build writes custom-elements.json).
export default {
  globs: ['src/**/*.ts'],
  litelement: true,
  plugins: [
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
