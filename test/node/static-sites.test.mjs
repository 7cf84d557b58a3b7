// The card's text written as Markdown in a static site generator's page, built by the real
// generator (Debian's Hugo and Jekyll, which .ci/run installs; Eleventy from npm) from the
// README's own Markdown recipe, then read in Chromium: the page's Markdown becomes the card.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startServer } from '../../scripts/serve.mjs';
import { complaints, openBrowser } from '../frameworks/support.mjs';

const missing = ['hugo', 'jekyll'].filter((tool) => !existsSync(`/usr/bin/${tool}`));

/* The README's Markdown recipe: its ```markdown block that holds the tag. */
const recipe = [...readFileSync('README.md', 'utf8').matchAll(/```markdown\n([\s\S]*?)```/g)]
  .map((m) => m[1])
  .find((block) => block.includes('<epidural-info-card'));

const LAYOUT = (content) => `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>A clinic</title><link rel="icon" href="data:,">
<script src="/dist/epidural-info-card.js" defer></script></head>
<body><main>${content}</main></body></html>
`;

const ROOT = 'test/.tmp/ssg';
let server, url, browser, page, messages;

/* A Hugo site with the recipe as a page; `unsafe`: goldmark keeps raw HTML (Hugo's default drops it). */
function hugo(name, unsafe) {
  const dir = join(ROOT, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'content'), { recursive: true });
  mkdirSync(join(dir, 'layouts/_default'), { recursive: true });
  writeFileSync(
    join(dir, 'config.toml'),
    `baseURL = "http://127.0.0.1/"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n${
      unsafe ? '[markup.goldmark.renderer]\nunsafe = true\n' : ''
    }`,
  );
  for (const layout of ['single', 'list'])
    writeFileSync(join(dir, `layouts/_default/${layout}.html`), LAYOUT('{{ .Content }}'));
  writeFileSync(join(dir, 'content/card.md'), `---\ntitle: Facet joint injections\n---\n${recipe}`);
  execFileSync('hugo', ['-s', dir, '-d', 'public', '--quiet'], { stdio: 'pipe' });
  return `${dir}/public/card/`;
}

/* A Jekyll site (kramdown): the tag takes markdown="block", as the README says. */
function jekyll() {
  const dir = join(ROOT, 'jekyll');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, '_layouts'), { recursive: true });
  writeFileSync(join(dir, '_layouts/default.html'), LAYOUT('{{ content }}'));
  writeFileSync(
    join(dir, 'card.md'),
    `---\nlayout: default\n---\n${recipe.replace('<epidural-info-card ', '<epidural-info-card markdown="block" ')}`,
  );
  execFileSync('jekyll', ['build', '-q', '-s', dir, '-d', join(dir, 'out')], { stdio: 'pipe' });
  return `${dir}/out/card.html`;
}

/* An Eleventy site (npm's @11ty/eleventy, markdown-it with its defaults) with the recipe as a page. */
function eleventy() {
  const dir = join(ROOT, 'eleventy');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/_includes'), { recursive: true });
  writeFileSync(join(dir, 'src/_includes/base.njk'), LAYOUT('{{ content | safe }}'));
  writeFileSync(join(dir, 'src/card.md'), `---\nlayout: base.njk\n---\n${recipe}`);
  // Eleventy skips what .gitignore lists, and test/.tmp/ is there.
  writeFileSync(
    join(dir, 'eleventy.config.cjs'),
    'module.exports = (config) => config.setUseGitIgnore(false);\n',
  );
  execFileSync(
    process.execPath,
    [
      'node_modules/@11ty/eleventy/cmd.cjs',
      `--config=${dir}/eleventy.config.cjs`,
      `--input=${dir}/src`,
      `--output=${dir}/out`,
      '--quiet',
    ],
    { stdio: 'pipe' },
  );
  return `${dir}/out/card/`;
}

/* The card on the page as a reader meets it: its title, sections and review date. */
async function cardOn(path) {
  messages.length = 0;
  await page.goto(`${url}/${path}`);
  await page.waitForFunction(() =>
    document.querySelector('epidural-info-card')?.shadowRoot?.querySelector('.title'),
  );
  return page.evaluate(() => {
    const card = document.querySelector('epidural-info-card');
    const root = card.shadowRoot;
    return {
      title: root.querySelector('.title').textContent,
      sections: [...root.querySelectorAll('.section-heading')].map((h) => h.textContent.trim()),
      about: root.querySelector('.about')?.textContent,
      cta: root.querySelector('[part=cta]')?.getAttribute('href'),
    };
  });
}

const EXPECTED = {
  title: 'Facet joint injections',
  sections: ['What is it?'],
  about: 'About this informationLast reviewed2 November 2026',
  cta: '/book',
};

describe(
  'the README Markdown recipe in real static site generators',
  {
    skip: missing.length
      ? `not installed: ${missing.join(', ')} (apt-get install ${missing.join(' ')})`
      : false,
    timeout: 120_000,
  },
  () => {
    before(async () => {
      assert.ok(recipe, 'the README has a Markdown recipe');
      server = await startServer({ port: 0 });
      url = `http://127.0.0.1:${server.address().port}`;
      ({ browser, page, messages } = await openBrowser());
    });
    after(async () => {
      await browser?.close();
      server?.close();
    });

    it("Hugo (goldmark, unsafe = true): the page's Markdown is the card", async () => {
      assert.deepEqual(await cardOn(hugo('hugo', true)), EXPECTED);
      assert.deepEqual(complaints(messages), []);
    });

    it('Jekyll (kramdown, markdown="block"): the page\'s Markdown is the card', async () => {
      assert.deepEqual(await cardOn(jekyll()), EXPECTED);
      assert.deepEqual(complaints(messages), []);
    });

    it("Eleventy (markdown-it, its defaults): the page's Markdown is the card", async () => {
      assert.deepEqual(await cardOn(eleventy()), EXPECTED);
      assert.deepEqual(complaints(messages), []);
    });

    it("Hugo's default (raw HTML left out): the text is the page's own headings and paragraphs, with nothing of the code", async () => {
      await page.goto(`${url}/${hugo('hugo-default', false)}`);
      const seen = await page.evaluate(() => ({
        headings: [...document.querySelectorAll('h2, h3')].map((h) => h.textContent),
        text: document.querySelector('main').innerText,
      }));
      assert.deepEqual(seen.headings, ['Facet joint injections', 'What is it?']);
      assert.doesNotMatch(seen.text, /[<>{}]|epidural-info-card/);
    });
  },
);
