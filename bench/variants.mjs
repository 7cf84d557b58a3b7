// The four ways to show the same epidural content that the benchmark compares: each builds its
// assets, writes the markup of one card, says when its cards are ready and checks they rendered.
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { rollup } from 'rollup';
import * as sass from 'sass';
import { builtInContent as content } from '../dist/esm/content/built-in-content.js';

const require = createRequire(import.meta.url);
const BUILD = new URL('build/', import.meta.url);
const built = (name) => new URL(name, BUILD).pathname;

const escape = (text) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** A section's body as plain HTML. */
const body = (section) =>
  (section.paragraphs ?? []).map((p) => `<p>${escape(p)}</p>`).join('') +
  (section.items?.length
    ? `<ul>${section.items.map((i) => `<li>${escape(i)}</li>`).join('')}</ul>`
    : '');

const intro = `<h2>${escape(content.title)}</h2><p>${escape(content.intro)}</p>`;
const disclaimer = `<p>${escape(content.disclaimer)}</p>`;

async function bundle(input, output) {
  const build = await rollup({
    input,
    plugins: [nodeResolve({ exportConditions: ['production'] })],
  });
  await build.write({
    file: output,
    format: 'iife',
    plugins: [terser({ format: { comments: false } })],
  });
  await build.close();
}

export const VARIANTS = [
  {
    name: 'native',
    label: 'native <details>',
    async build() {
      copyFileSync(new URL('native.css', import.meta.url), built('native.css'));
    },
    assets: { css: ['native.css'], js: [] },
    card: () =>
      `<article class="card">${intro}${content.sections
        .map((s) => `<details><summary>${escape(s.heading)}</summary>${body(s)}</details>`)
        .join('')}${disclaimer}</article>`,
    fallbackCss: '',
    // No JavaScript: the markup is the card.
    ready: 'async () => {}',
    check: `() => [...document.querySelectorAll('.card')].filter((c) => c.querySelectorAll('summary').length === 4 && c.textContent.includes('How it can help')).length`,
    toggleTarget: `(i) => document.querySelectorAll('.card')[i].querySelectorAll('summary')[2]`,
  },
  {
    name: 'ours',
    label: '<epidural-info-card>',
    async build() {
      copyFileSync(new URL('../dist/epidural-info-card.js', import.meta.url), built('ours.js'));
    },
    assets: { css: [], js: ['ours.js'] },
    card: () =>
      '<epidural-info-card><a href="/epidural">Read about epidural injections</a></epidural-info-card>',
    // The README's recommended rule.
    fallbackCss: 'epidural-info-card:not(:defined){display:block;min-height:30em}',
    ready: `async () => {
      await customElements.whenDefined('epidural-info-card');
      await Promise.all([...document.querySelectorAll('epidural-info-card')].map((c) => c.updateComplete));
    }`,
    check: `() => [...document.querySelectorAll('epidural-info-card')].filter((c) => c.shadowRoot && c.shadowRoot.querySelectorAll('button[aria-controls]').length === 4 && c.shadowRoot.textContent.includes('How it can help')).length`,
    toggleTarget: `(i) => document.querySelectorAll('epidural-info-card')[i].shadowRoot.getElementById('b-benefits')`,
  },
  {
    name: 'shoelace',
    label: 'Shoelace <sl-details>',
    async build() {
      writeFileSync(
        built('shoelace-entry.js'),
        "import '@shoelace-style/shoelace/dist/components/details/details.js';\n",
      );
      await bundle(built('shoelace-entry.js'), built('shoelace.js'));
      copyFileSync(
        require.resolve('@shoelace-style/shoelace/dist/themes/light.css'),
        built('shoelace.css'),
      );
    },
    assets: { css: ['shoelace.css'], js: ['shoelace.js'] },
    card: () =>
      `<article class="card">${intro}${content.sections
        .map((s) => `<sl-details summary="${escape(s.heading)}">${body(s)}</sl-details>`)
        .join('')}${disclaimer}</article>`,
    // Shoelace's own advice: hide undefined components until they upgrade.
    fallbackCss: 'sl-details:not(:defined){visibility:hidden}',
    ready: `async () => {
      await customElements.whenDefined('sl-details');
      await Promise.all([...document.querySelectorAll('sl-details')].map((d) => d.updateComplete));
    }`,
    check: `() => [...document.querySelectorAll('.card')].filter((c) => c.querySelectorAll('sl-details').length === 4 && [...c.querySelectorAll('sl-details')].every((d) => d.shadowRoot) && c.querySelectorAll('sl-details')[2].shadowRoot.textContent.includes('How it can help')).length`,
    toggleTarget: `(i) => document.querySelectorAll('.card')[i].querySelectorAll('sl-details')[2].shadowRoot.querySelector('[part="header"]')`,
  },
  {
    name: 'govuk',
    label: 'GOV.UK accordion',
    async build() {
      await bundleFile(
        require.resolve('govuk-frontend/dist/govuk/components/accordion/accordion.bundle.js'),
        built('govuk.js'),
      );
      // The accordion's own styles, and the utilities its markup relies on (visually hidden text).
      const source = ['components/accordion', 'utilities']
        .map((part) => `@use "govuk-frontend/dist/govuk/${part}";`)
        .join('\n');
      const css = sass.compileString(source, {
        loadPaths: [new URL('../node_modules/', import.meta.url).pathname],
        style: 'compressed',
        quietDeps: true,
        silenceDeprecations: ['import'],
      }).css;
      writeFileSync(built('govuk.css'), css);
      // GOV.UK Frontend starts its components itself, after marking the page as supported.
      writeFileSync(
        built('govuk-init.js'),
        "document.body.classList.add('govuk-frontend-supported');document.querySelectorAll('[data-module=govuk-accordion]').forEach((el) => new GOVUKFrontend.Accordion(el));\n",
      );
    },
    assets: { css: ['govuk.css'], js: ['govuk.js', 'govuk-init.js'] },
    card: (i) =>
      `<article class="card">${intro}<div class="govuk-accordion" data-module="govuk-accordion" id="a${i}">${content.sections
        .map(
          (s, j) =>
            `<div class="govuk-accordion__section"><div class="govuk-accordion__section-header"><h2 class="govuk-accordion__section-heading"><span class="govuk-accordion__section-button" id="a${i}-heading-${j}">${escape(s.heading)}</span></h2></div><div id="a${i}-content-${j}" class="govuk-accordion__section-content">${body(s)}</div></div>`,
        )
        .join('')}</div>${disclaimer}</article>`,
    // Without JavaScript every section shows: GOV.UK's own progressive enhancement.
    fallbackCss: '',
    ready: 'async () => {}',
    check: `() => [...document.querySelectorAll('.card')].filter((c) => c.querySelectorAll('button.govuk-accordion__section-button').length === 4 && c.textContent.includes('How it can help')).length`,
    toggleTarget: `(i) => document.querySelectorAll('.card')[i].querySelectorAll('button.govuk-accordion__section-button')[2]`,
  },
];

async function bundleFile(input, output) {
  const { minify } = await import('terser');
  const result = await minify(readFileSync(input, 'utf8'), { format: { comments: false } });
  writeFileSync(output, result.code);
}
