// Renders the demo in headless Chromium and writes the PNGs the README shows (docs/images/).
// Usage: npm run screenshots (builds first).
import puppeteer from 'puppeteer-core';
import { mkdirSync } from 'node:fs';
import { CHROMIUM_ARGS, findChromium } from './find-browser.mjs';
import { startServer } from './serve.mjs';

const OUT = new URL('../docs/images/', import.meta.url);
const SHOTS = [
  { name: 'card-desktop.png', width: 1000, hash: '#benefits', theme: 'light' },
  { name: 'card-phone.png', width: 360, hash: '', theme: 'light' },
  { name: 'card-dark.png', width: 1000, hash: '#imaging-guidance', theme: 'dark' },
];

mkdirSync(OUT, { recursive: true });
const server = await startServer({ port: 0 });
const { port } = server.address();
const browser = await puppeteer.launch({
  executablePath: findChromium(),
  headless: true,
  args: CHROMIUM_ARGS,
});
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage();
    await page.setViewport({ width: shot.width, height: 900, deviceScaleFactor: 1 });
    await page.goto(`http://127.0.0.1:${port}/demo/${shot.hash}`, { waitUntil: 'load' });
    await page.evaluate(async (theme) => {
      const card = document.querySelector('epidural-info-card');
      card.theme = theme;
      document.body.style.background = theme === 'dark' ? '#0d1117' : '';
      document.querySelector('h1').style.color = theme === 'dark' ? '#e6edf3' : '';
      await card.updateComplete;
      // The fragment moved focus to the section button; a screenshot should show the resting state.
      card.shadowRoot.activeElement?.blur();
    }, shot.theme);
    await page.screenshot({ path: new URL(shot.name, OUT).pathname, fullPage: true });
    await page.close();
    console.log(`wrote docs/images/${shot.name}`);
  }
} finally {
  await browser.close();
  server.close();
}
