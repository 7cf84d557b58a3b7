import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { embedHygiene } from './scripts/rollup-embed-hygiene.mjs';

const EMBED = 'dist/epidural-info-card.js';

/*
 * Property names the embed may shorten: Lit's private fields ("__", "_$", Lit's own
 * recommendation), the members of Lit's that only Lit and the card call (the card's public API,
 * its attributes and `requestUpdate`/`updateComplete`/`renderRoot` stay), and the card's
 * controllers' own. None is a DOM or built-in name the script reads, and none is read as a string
 * (Lit's hasOwnProperty("properties"/"finalized"/"elementProperties") are not in the list).
 * 163 B gzip.
 */
const INTERNAL_PROPERTIES = new RegExp(
  `^(__|_\\$|(${[
    // Lit's ReactiveElement and CSSResult
    'getPropertyOptions|createProperty|getPropertyDescriptor|finalize|elementStyles|styles',
    'enableUpdating|isUpdatePending|scheduleUpdate|performUpdate|createRenderRoot|willUpdate',
    'shadowRootOptions|noAccessor|wrapped|converter|fromAttribute|hasChanged|attribute',
    'styleSheet|cssText',
    // Reactive controllers (src/card/controllers/)
    'addController|hostConnected|hostDisconnected|hostUpdate|hostUpdated',
    'usable|settling|shown|failed|accept|reportUnknown|openSection|follow|isLazy',
    'opened|ids|request|keep|unknown|accepted|prerendered|list|state|toggle|places|host',
    // The view a card is drawn from (card.templates.ts CardView), inside the embed only
    'speech|level',
  ].join('|')})$)`,
);

// Template literals keep their source whitespace and comments; minify the html`` and css`` text.
const minifyTemplates = () => minifyHTML({ failOnError: true });

// Writes the Subresource Integrity hash of the exact file built, for the README's embed snippet.
const writeIntegrity = () => ({
  name: 'write-integrity',
  writeBundle() {
    const digest = createHash('sha384').update(readFileSync(EMBED)).digest('base64');
    writeFileSync(`${EMBED}.sri`, `sha384-${digest}\n`);
  },
});

/*
 * epidural-info-card/server's styleHashes as a constant: the SHA-256 of the stylesheet the build
 * just wrote, so the server entry imports no crypto API and runs at the edge as in Node.
 */
const styleHashConstant = () => ({
  name: 'style-hash-constant',
  async writeBundle(options, bundle) {
    const { prerenderedCss } = await import(`./dist/server/render-card.js?${Date.now()}`);
    const digest = createHash('sha256').update(prerenderedCss).digest('base64');
    // The same stylesheet as a file, for pages that link each card to it (renderCard stylesheet).
    writeFileSync('dist/epidural-info-card.css', prerenderedCss);
    // In whichever chunk index.ts's code landed (the CLI shares it).
    const files = Object.keys(bundle).filter((file) =>
      readFileSync(`${options.dir}/${file}`, 'utf8').includes('__CARD_STYLE_SHA256__'),
    );
    if (files.length != 1) throw new Error(`the style hash goes in one file, not ${files}`);
    const path = `${options.dir}/${files[0]}`;
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replaceAll('__CARD_STYLE_SHA256__', `"${digest}"`),
    );
  },
});

/*
 * The markup's version (card.templates.ts MARKUP_VERSION): a hash of every file that shapes a
 * card's markup or how the script reads it, the same in the embed, the server, the package and
 * the WordPress plugin, so the script takes a prerendered card over as it stands only when the
 * same source wrote it.
 */
const MARKUP_FILES = [
  'src/card/card.templates.ts',
  'src/card/card.view.ts',
  'src/card/card.options.ts',
  'src/card/card.styles.ts',
  'src/card/card.media.styles.ts',
  'src/content/ui-strings.ts',
  'src/content/built-in-content.ts',
];
const markupVersion = () => {
  const hash = createHash('sha256');
  for (const file of MARKUP_FILES) hash.update(readFileSync(file));
  const version = hash.digest('hex').slice(0, 10);
  return {
    name: 'markup-version',
    transform(code, id) {
      if (!id.endsWith('card.templates.ts')) return null;
      if (!code.includes("'__MARKUP_VERSION__'")) this.error('no __MARKUP_VERSION__ to replace');
      return { code: code.replace("'__MARKUP_VERSION__'", `'${version}'`), map: null };
    },
  };
};

// The content format's JSON Schema, published beside the build for hosts' own validation and editors.
const copySchema = () => ({
  name: 'copy-schema',
  writeBundle() {
    copyFileSync('src/content/content.schema.json', 'dist/content.schema.json');
  },
});

export default [
  /*
   * The embed script: one classic (IIFE) file with Lit and the content inside, minified, in Lit's
   * production mode, that defines the element when it runs (src/embed.ts). An IIFE also runs
   * unchanged as type="module" and leaves no top-level names on the page.
   */
  {
    input: 'src/embed.ts',
    // The embed script is used by its tag, not its exports: leave them out.
    preserveEntrySignatures: false,
    output: {
      file: EMBED,
      format: 'iife',
      // A second copy of the script (pasted twice, or another version) stops here: the first
      // definition stays, and nothing runs twice or throws. So does a server that imports it.
      intro: 'if (!globalThis.customElements || customElements.get("epidural-info-card")) return;',
    },
    plugins: [
      markupVersion(),
      minifyTemplates(),
      typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: 'dist' }),
      resolve({ exportConditions: ['production'] }),
      embedHygiene(),
      terser({
        ecma: 2022,
        // Four passes (7 B gzip over three), and arguments no function reads dropped (nothing reads a
        // function's length).
        compress: { passes: 4, unsafe_arrows: true, keep_fargs: false },
        format: { comments: false },
        mangle: { properties: { regex: INTERNAL_PROPERTIES } },
      }),
      writeIntegrity(),
    ],
  },
  /*
   * The server build, epidural-info-card/server: renderCard() and styleHashes for Node, the CLI
   * (bin), and render-card.js alone (no Node API) for the embed builder's browser page. The same
   * templates and stylesheet text as the embed script, minified the same way.
   */
  {
    input: {
      index: 'src/server/index.ts',
      cli: 'src/server/cli.ts',
      check: 'src/server/check.ts',
      'render-card': 'src/server/render-card.ts',
    },
    // The writers' check counts syllables with a dependency of its own, kept out of index.js.
    external: [/^node:/, 'syllable'],
    output: {
      dir: 'dist/server',
      format: 'es',
      chunkFileNames: '[name].js',
      banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
    },
    plugins: [
      markupVersion(),
      minifyTemplates(),
      typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: 'dist/server' }),
      // parse5 and markdown-it (the HTML form and Markdown, html-source.ts) inside: the server
      // entry runs unbundled in the embed builder's page and at the edge.
      resolve(),
      styleHashConstant(),
    ],
  },
  /*
   * The package build for bundler users: ES modules, one per source file, with `lit` (and React)
   * imported as dependencies (their bundler shares them) and .d.ts types beside them.
   */
  {
    // With the React component (epidural-info-card/react), which imports the same modules.
    input: ['src/epidural-info-card.ts', 'src/react/epidural-info-card.ts'],
    external: [/^@lit\//, /^react($|\/)/],
    output: {
      dir: 'dist/esm',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      // Next.js's App Router: a component with hooks must say it runs on the client too (a
      // directive Rollup would drop from the source).
      banner: (chunk) => (chunk.name == 'react/epidural-info-card' ? "'use client';" : ''),
    },
    plugins: [
      markupVersion(),
      minifyTemplates(),
      typescript({ tsconfig: './tsconfig.json', outDir: 'dist/esm', declarationDir: 'dist/esm' }),
      copySchema(),
    ],
  },
  /*
   * The writers' check (epidural-info-card/check) as one browser module for the embed builder
   * (demo/builder.html), with `syllable` and its dependencies inside: the same checkContent() a
   * server runs, so the builder shows the same report as the CLI. Never part of the embed.
   */
  {
    // The embed builder's Markdown: the same markdown-it the command line reads card.md with.
    input: 'src/server/markdown.ts',
    output: { file: 'dist/browser/markdown.js', format: 'es' },
    plugins: [
      typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: 'dist/browser' }),
      resolve({ browser: true }),
    ],
  },
  {
    input: 'src/server/check.ts',
    output: { file: 'dist/browser/check.js', format: 'es' },
    plugins: [
      typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: 'dist/browser' }),
      resolve({ browser: true }),
      commonjs(),
      json(),
    ],
  },
];
