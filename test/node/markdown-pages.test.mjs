// The prerendered card pasted into Markdown pages, and the recipes the project ships for static
// site generators (publishing/), built by the real software: Hugo (goldmark) and Jekyll
// (kramdown) from Debian, Eleventy (markdown-it) and Astro 5 (remark, smartypants) from npm,
// marked from npm. Each page is then read in Chromium and compared with the card as renderCard()
// wrote it, before any script (the declarative shadow root: its text, its stylesheet's CSP hash,
// the JSON child, the light-DOM copy) and after the script took it over (the same text, no
// console message).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { marked } from 'marked';
import { renderCard, styleHashes } from '../../dist/server/index.js';
import { startServer } from '../../scripts/serve.mjs';
import { complaints, openBrowser } from '../frameworks/support.mjs';

const missing = ['hugo', 'jekyll'].filter((tool) => !existsSync(`/usr/bin/${tool}`));
const ROOT = 'test/.tmp/markdown';

/* Text a Markdown typographer would change anywhere outside an HTML block. */
const content = {
  lang: 'en-GB',
  title: 'You\'ll see -- "quotes"...',
  intro: "It's one line.\n\nA blank line -- then (c) and 1/2 ... 'single'.",
  sections: [
    {
      id: 'what-is-it',
      heading: "What's it?",
      paragraphs: ['"Double" -- and --- dashes <b>not bold</b> & *not emphasis* `not code`.'],
    },
    { id: 'after', heading: 'After -> it', items: ['1st -- item', '2nd... item'] },
  ],
  disclaimer: 'General information -- not advice.',
};
const snippet = renderCard({
  attributes: { 'open-sections': 'what-is-it', 'cta-href': '/book', 'structured-data': true },
  content,
});
const page = (before = '') =>
  `# A clinic's page\n\nIt's -- "typographed" here.\n\n${before}${snippet}\n\nAnd after -- it.\n`;

const layout = (body) =>
  `<!doctype html>\n<html lang="en-GB"><head><meta charset="utf-8"><title>A clinic</title><link rel="icon" href="data:,"></head>\n<body><main>${body}</main></body></html>\n`;

const write = (file, text) => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
};
const fresh = (name) => {
  const dir = join(ROOT, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
};
const run = (command, args, options = {}) =>
  execFileSync(command, args, { stdio: 'pipe', ...options });
const node = (...args) => run(process.execPath, args);

/* A Hugo site: config lines, pages, and the project's shortcode in layouts/. */
function hugo(name, { config = '', pages = {}, files = {} }) {
  const dir = fresh(name);
  write(
    join(dir, 'config.toml'),
    `baseURL = "http://127.0.0.1/"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n${config}`,
  );
  for (const kind of ['single', 'list'])
    write(join(dir, `layouts/_default/${kind}.html`), layout('{{ .Content }}'));
  cpSync('publishing/hugo/layouts', join(dir, 'layouts'), { recursive: true });
  for (const [file, text] of Object.entries(files)) write(join(dir, file), text);
  for (const [file, text] of Object.entries(pages))
    write(join(dir, 'content', file), `---\ntitle: A page\n---\n${text}`);
  run('hugo', ['-s', dir, '-d', 'public', '--quiet']);
  return `${dir}/public`;
}

function jekyll(name, { pages = {}, files = {} }) {
  const dir = fresh(name);
  write(join(dir, '_layouts/default.html'), layout('{{ content }}'));
  for (const [file, text] of Object.entries(files)) write(join(dir, file), text);
  for (const [file, text] of Object.entries(pages))
    write(join(dir, file), `---\nlayout: default\n---\n${text}`);
  run('jekyll', ['build', '-q', '-s', dir, '-d', join(dir, 'out')]);
  return `${dir}/out`;
}

/* Eleventy with markdown-it as it comes; `config`: lines in the config's function. */
function eleventy(name, { pages = {}, config = '' }) {
  const dir = fresh(name);
  write(join(dir, 'src/_includes/base.njk'), layout('{{ content | safe }}'));
  for (const [file, text] of Object.entries(pages))
    write(join(dir, 'src', file), `---\nlayout: base.njk\n---\n${text}`);
  // Eleventy skips what .gitignore lists, and test/.tmp/ is there.
  write(
    join(dir, 'eleventy.config.mjs'),
    `${config.includes('epiduralInfoCard') ? "import epiduralInfoCard from 'epidural-info-card/eleventy';\n" : ''}export default (config) => {\n  config.setUseGitIgnore(false);\n  ${config}\n};\n`,
  );
  node(
    'node_modules/@11ty/eleventy/cmd.cjs',
    `--config=${dir}/eleventy.config.mjs`,
    `--input=${dir}/src`,
    `--output=${dir}/out`,
    '--quiet',
  );
  return `${dir}/out`;
}

/* Astro 5 as it comes (its Markdown: remark-gfm, smartypants); the package by its own name. */
function astro(name, { pages = {} }) {
  const dir = fresh(name);
  write(
    join(dir, 'astro.config.mjs'),
    `import { fileURLToPath } from 'node:url';
export default {
  logLevel: 'error',
  // The package as a site installs it: its exports, from this clone.
  vite: { resolve: { alias: {
    'epidural-info-card/server': fileURLToPath(new URL('../../../../dist/server/index.js', import.meta.url)),
    'epidural-info-card/astro': fileURLToPath(new URL('../../../../publishing/astro/EpiduralInfoCard.astro', import.meta.url)),
  } } },
};\n`,
  );
  for (const [file, text] of Object.entries(pages)) write(join(dir, 'src/pages', file), text);
  node('node_modules/astro/astro.js', 'build', '--root', dir);
  return `${dir}/dist`;
}

let server, url, browser, tab, messages;

/* The card as the browser builds it from a page, before any script runs (scripts off). */
async function parsed(path, index = 0) {
  await tab.setJavaScriptEnabled(false);
  await tab.goto(`${url}/${path}`);
  await tab.setJavaScriptEnabled(true);
  return tab.evaluate((index) => {
    const card = document.querySelectorAll('epidural-info-card')[index];
    const root = card?.shadowRoot;
    return {
      shadowText: root?.textContent,
      style: root?.querySelector('style')?.textContent,
      json: card?.querySelector('script[type="application/json"]')?.textContent,
      jsonLd: card?.querySelector('script[type="application/ld+json"]')?.textContent,
      copy: [...(card?.children ?? [])]
        .filter((e) => e.localName != 'script')
        .map((e) => e.outerHTML)
        .join(''),
      wrappedInP: card?.parentElement.localName == 'p',
    };
  }, index);
}

/* The page again with scripts on, and the card's script (a second copy where the page has its
   own does nothing): the card it draws, its text; the console's messages are in `messages`. */
async function upgraded(index = 0) {
  messages.length = 0;
  await tab.reload();
  await tab.addScriptTag({ url: '/dist/epidural-info-card.js' });
  await tab.waitForFunction(
    (index) =>
      document.querySelectorAll('epidural-info-card')[index]?.shadowRoot?.querySelector('button'),
    {},
    index,
  );
  return tab.evaluate(
    (index) => document.querySelectorAll('epidural-info-card')[index].shadowRoot.textContent,
    index,
  );
}

const sha256 = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
let reference;

describe(
  'the prerendered card in Markdown pages and the static site recipes, built by the real generators',
  {
    skip: missing.length
      ? `not installed: ${missing.join(', ')} (apt-get install ${missing.join(' ')})`
      : false,
    timeout: 240_000,
  },
  () => {
    before(async () => {
      server = await startServer({ port: 0 });
      url = `http://127.0.0.1:${server.address().port}`;
      ({ browser, page: tab, messages } = await openBrowser());
      // The card as renderCard() wrote it, in a page of plain HTML.
      write(join(fresh('plain'), 'index.html'), layout(snippet));
      reference = await parsed(`${ROOT}/plain/`);
      reference.upgraded = await upgraded();
      assert.equal(sha256(reference.style), styleHashes[0]);
      assert.deepEqual(complaints(messages), []);
    });
    after(async () => {
      await browser?.close();
      server?.close();
    });

    const renderers = {
      'goldmark (Hugo, unsafe = true)': () =>
        `${hugo('goldmark', { config: '[markup.goldmark.renderer]\nunsafe = true\n', pages: { 'card.md': page() } })}/card/`,
      "markdown-it (Eleventy's defaults)": () =>
        `${eleventy('markdown-it', { pages: { 'card.md': page() } })}/card/`,
      "remark with smartypants (Astro's defaults)": () =>
        `${astro('remark', { pages: { 'card.md': `---\ntitle: A page\nlayout: ../Page.astro\n---\n${page()}`, '../Page.astro': layout('<slot />') } })}/card/`,
      'kramdown (Jekyll)': () =>
        `${jekyll('kramdown', { pages: { 'card.md': page() } })}/card.html`,
      marked: () => {
        const dir = fresh('marked');
        write(join(dir, 'index.html'), layout(marked.parse(page())));
        return `${dir}/`;
      },
    };
    for (const [renderer, build] of Object.entries(renderers)) {
      it(`${renderer}: the same card, stylesheet hash and JSON child, before and after the script`, async () => {
        const path = build();
        const seen = await parsed(path);
        assert.equal(seen.wrappedInP, false, 'wrapped in a <p>');
        assert.equal(sha256(seen.style), styleHashes[0], 'the stylesheet changed');
        assert.deepEqual(JSON.parse(seen.json), JSON.parse(reference.json));
        assert.deepEqual(JSON.parse(seen.jsonLd), JSON.parse(reference.jsonLd));
        assert.equal(seen.shadowText, reference.shadowText);
        assert.equal(seen.copy, reference.copy);
        assert.equal(await upgraded(), reference.upgraded);
        assert.deepEqual(complaints(messages), []);
        // The page's own Markdown around it was typographed, or not, as the renderer does: untouched here.
      });
    }

    it("Hugo's shortcode (publishing/hugo), with Hugo's default unsafe = false: the CLI's card, the script-only card and a card of Markdown, the script once", async () => {
      const site = hugo('hugo-shortcode', {
        config: '[params.epiduralInfoCard]\nsrc = "/dist/epidural-info-card.js"\n',
        files: { 'cards/clinic.html': snippet },
        pages: {
          'card.md': `${readme('hugo-page')}\n`,
        },
      });
      const html = readFileSync(`${site}/card/index.html`, 'utf8');
      assert.equal(html.match(/<script src=/g).length, 1, 'the script once');
      assert.doesNotMatch(html, /raw HTML omitted/);
      const first = await parsed(`${site}/card/`);
      assert.equal(sha256(first.style), styleHashes[0]);
      assert.equal(first.shadowText, reference.shadowText);
      // The script is on the page: each card drawn by it, none complaining.
      messages.length = 0;
      await tab.reload();
      await tab.waitForFunction(() =>
        [...document.querySelectorAll('epidural-info-card')].every((card) =>
          card.shadowRoot?.querySelector('button'),
        ),
      );
      const titles = await tab.evaluate(() =>
        [...document.querySelectorAll('epidural-info-card')].map(
          (card) => card.shadowRoot.querySelector('.title').textContent,
        ),
      );
      assert.deepEqual(titles, [content.title, 'Epidural injections', 'Facet joint injections']);
      assert.deepEqual(complaints(messages), []);
    });

    it("Jekyll: the CLI's card as an include in a Markdown page", async () => {
      const site = jekyll('jekyll-include', {
        files: { '_includes/cards/clinic.html': snippet },
        pages: { 'card.md': `${readme('jekyll-page')}\n` },
      });
      const seen = await parsed(`${site}/card.html`);
      assert.equal(sha256(seen.style), styleHashes[0]);
      assert.equal(seen.shadowText, reference.shadowText);
      assert.equal(await upgraded(), reference.upgraded);
      assert.deepEqual(complaints(messages), []);
    });

    it("Eleventy's plugin (epidural-info-card/eleventy): a Nunjucks page and a Markdown page with Liquid", async () => {
      const site = eleventy('eleventy-plugin', {
        config: readme('eleventy-config')
          .match(/eleventyConfig\.addPlugin\(epiduralInfoCard\);?/)[0]
          .replace('eleventyConfig', 'config'),
        pages: {
          'nunjucks.njk': readme('eleventy-nunjucks'),
          'liquid.md': `# A page\n\n${readme('eleventy-liquid')}\n`,
        },
      });
      for (const path of ['nunjucks/', 'liquid/']) {
        const seen = await parsed(`${site}/${path}`);
        assert.equal(sha256(seen.style), styleHashes[0], path);
        assert.equal(seen.wrappedInP, false, path);
        assert.match(seen.shadowText, /How it can help/, path);
        await upgraded();
        assert.deepEqual(complaints(messages), [], path);
      }
    });

    it('Astro: the component (epidural-info-card/astro), prerendered at build time', async () => {
      // With an icon, so that the browser asks for no favicon.ico this site does not have.
      const site = astro('astro-component', {
        pages: {
          'index.astro': readme('astro-page').replace(
            '<head>',
            '<head><link rel="icon" href="data:," />',
          ),
        },
      });
      const seen = await parsed(`${site}/`);
      assert.equal(sha256(seen.style), styleHashes[0]);
      assert.match(seen.shadowText, /How it can help/);
      messages.length = 0;
      await tab.reload();
      await tab.waitForFunction(() =>
        document.querySelector('epidural-info-card')?.shadowRoot?.querySelector('button'),
      );
      assert.deepEqual(complaints(messages), []);
    });
  },
);

/* A README recipe: the code block after `<!-- recipe: NAME -->`. */
function readme(name) {
  const found = new RegExp(`<!-- recipe: ${name} -->\\s*\`\`\`\\w*\\n([\\s\\S]*?)\`\`\``).exec(
    readFileSync('README.md', 'utf8'),
  );
  assert.ok(found, `the README has the recipe ${name}`);
  // The script where this project's server has it.
  return found[1].replaceAll('/js/epidural-info-card.js', '/dist/epidural-info-card.js');
}
