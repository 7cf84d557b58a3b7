// What a screen reader is told about a prerendered card, from Chromium's accessibility tree (the
// tree assistive technology reads), with JavaScript off and once the script has taken it over.
// With JavaScript off nothing may claim a state or an action it does not have: the section names
// are headings, with no collapsed buttons. (Firefox and WebKit: test/prerender.test.ts checks the
// same markup in every engine.)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { renderCard } from '../../dist/server/index.js';
import { openBrowser } from '../frameworks/support.mjs';

const SCRIPT = readFileSync('dist/epidural-info-card.js', 'utf8');
const HTML = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Card</title><main>${renderCard(
  { attributes: { 'open-sections': 'benefits', 'cta-href': '/book' } },
)}</main></html>`;
let browser;

before(async () => ({ browser } = await openBrowser()));
after(() => browser?.close());

/* Every node of the page's accessibility tree, flattened. */
async function tree(javaScript) {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(javaScript);
  await page.setContent(HTML);
  if (javaScript) {
    await page.addScriptTag({ content: SCRIPT });
    await page.waitForFunction(() => document.querySelector('epidural-info-card').hasUpdated);
  }
  const nodes = [];
  (function walk(node) {
    if (!node) return;
    nodes.push(node);
    (node.children ?? []).forEach(walk);
  })(await page.accessibility.snapshot({ interestingOnly: false }));
  await page.close();
  return nodes;
}

const SECTIONS = [
  'What is an epidural injection?',
  'Scans to guide the needle',
  'How it can help',
  'When it may not help',
];

describe('a prerendered card in the accessibility tree (Chromium)', () => {
  it('with JavaScript off: section names are headings, and no button claims to be collapsed', async () => {
    const nodes = await tree(false);
    assert.deepEqual(
      nodes
        .filter((n) => n.role == 'button' || n.expanded !== undefined)
        .map((n) => `${n.role} ${n.name}`),
      [],
    );
    const headings = nodes.filter((n) => n.role == 'heading' && n.level == 3).map((n) => n.name);
    // The sections, then "About this information" (where the built-in text comes from).
    assert.deepEqual(headings, [...SECTIONS, 'About this information']);
    // Every section's text is there to be read.
    assert.ok(
      nodes.some(
        (n) =>
          n.role == 'StaticText' && /^The doctor can use a scan to guide the needle/.test(n.name),
      ),
    );
  });

  it('once the script has taken over: each section name is a button in its heading, with its true state', async () => {
    const nodes = await tree(true);
    const buttons = nodes
      .filter((n) => n.role == 'button')
      .map((n) => [n.name, n.expanded ?? false]);
    assert.deepEqual(buttons, [
      ['Show all sections', false],
      [SECTIONS[0], false],
      [SECTIONS[1], false],
      [SECTIONS[2], true],
      [SECTIONS[3], false],
    ]);
  });
});
