// npm run screenshots: renders the demo pages in headless Chromium at desktop and phone widths,
// light and dark, and writes the PNGs the README shows (docs/images/). Builds first.
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from './find-browser.mjs';
import { startServer } from './serve.mjs';

const OUT = new URL('../docs/images/', import.meta.url);
const PAGES = [
  { name: 'card', path: 'index.html#benefits' },
  { name: 'clinic', path: 'clinic.html' },
  { name: 'review-site', path: 'review-site.html' },
  { name: 'languages', path: 'languages.html' },
  { name: 'builder', path: 'builder.html' },
];
const SIZES = [
  { name: 'desktop', width: 1100, height: 900 },
  { name: 'phone', width: 360, height: 740 },
];
const SCHEMES = ['light', 'dark'];

mkdirSync(OUT, { recursive: true });
const server = await startServer({ port: 0 });
const { port } = server.address();
const browser = await puppeteer.launch({
  executablePath: findChromium(),
  headless: true,
  args: CHROMIUM_ARGS,
});
try {
  for (const target of PAGES) {
    for (const size of SIZES) {
      for (const scheme of SCHEMES) {
        const page = await browser.newPage();
        await page.setViewport({ width: size.width, height: size.height, deviceScaleFactor: 1 });
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        await page.goto(`http://127.0.0.1:${port}/demo/${target.path}`, {
          waitUntil: 'networkidle0',
        });
        await page.evaluate(async () => {
          const cards = [...document.querySelectorAll('epidural-info-card')];
          await Promise.all(cards.map((card) => card.updateComplete));
          // A fragment moved focus to a section button; show the resting state.
          document.activeElement?.shadowRoot?.activeElement?.blur();
        });
        const file = `${target.name}-${size.name}-${scheme}.png`;
        await page.screenshot({
          path: new URL(file, OUT).pathname,
          fullPage: size.name === 'phone' ? false : true,
        });
        await page.close();
        console.log(`wrote docs/images/${file}`);
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
