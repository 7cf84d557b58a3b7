// Rollup plugin for the embed script only: rewrites the few places where Lit's production build
// touches the page's globals, so the script adds nothing to `window` but the custom element, and
// leaves out what only a server's prerendering runs.
// Each rewrite must match exactly once; a Lit upgrade (or an edit) that moves the code fails the
// build loudly instead of silently shipping the globals, or the server's code, again.

const REWRITES = [
  {
    file: /reactive-element[\\/]reactive-element\.js$/,
    // Version beacon used by Lit's dev-mode "multiple versions" warning.
    pattern: /\(\w+\.reactiveElementVersions\?\?=\[\]\)\.push\("[^"]*"\)/,
    replacement: 'void 0',
  },
  {
    file: /reactive-element[\\/]reactive-element\.js$/,
    // Metadata for standard decorators, which this project does not use: keep it in the module.
    pattern: /Symbol\.metadata\?\?=Symbol\("metadata"\),\w+\.litPropertyMetadata\?\?=new WeakMap;/,
    replacement: 'const litPropertyMetadata=new WeakMap;',
  },
  {
    file: /reactive-element[\\/]reactive-element\.js$/,
    // Properties declared by standard decorators (Symbol.metadata), which this project does not
    // use: the card declares its properties in a static field (34 B gzip).
    pattern:
      /const t=this\[Symbol\.metadata\];if\(null!==t\)\{const s=litPropertyMetadata\.get\(t\);if\(void 0!==s\)for\(const\[t,i\]of s\)this\.elementProperties\.set\(t,i\)\}/,
    replacement: '',
  },
  {
    file: /reactive-element[\\/]reactive-element\.js$/,
    // Class initializers, which only decorators add (25 B gzip).
    pattern: /static addInitializer\(t\)\{this\._\$Ei\(\),\(this\.l\?\?=\[\]\)\.push\(t\)\}/,
    replacement: '',
  },
  {
    file: /src[\\/]card[\\/]card\.templates\.ts$/,
    // The browser renders live buttons only: a prerendered card's text controls are the server's
    // (renderCard() and the WordPress plugin), so their branch is left out of the download (36 B gzip).
    pattern: /\bview\.prerendered\b/,
    replacement: 'false',
  },
  {
    file: /src[\\/]epidural-info-card\.ts$/,
    // The entry's guard for module users: the embed's own intro (rollup.config.mjs) has checked
    // the same before any of the script ran (11 B gzip).
    pattern: /if \(globalThis\.customElements && !customElements\.get\('epidural-info-card'\)\) \{/,
    replacement: '{',
  },
];

export function embedHygiene() {
  const applied = new Map(REWRITES.map((r) => [r, 0]));
  return {
    name: 'embed-hygiene',
    transform(code, id) {
      let out = code;
      for (const rewrite of REWRITES) {
        if (!rewrite.file.test(id)) continue;
        out = out.replace(rewrite.pattern, () => {
          applied.set(rewrite, applied.get(rewrite) + 1);
          return rewrite.replacement;
        });
      }
      return out === code ? null : { code: out, map: null };
    },
    buildEnd(error) {
      if (error) return;
      for (const [rewrite, count] of applied) {
        if (count !== 1) {
          this.error(`embed-hygiene: ${rewrite.pattern} matched ${count} times in ${rewrite.file}`);
        }
      }
    },
  };
}
