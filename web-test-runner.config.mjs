import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium, findFirefox } from './scripts/find-browser.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { webkitLauncher } from './scripts/webkit-launcher.mjs';
import { projectCommands } from './test/support/commands.mjs';
import { contentEndpointsMiddleware } from './test/support/content-endpoints.mjs';
import { hostPagesMiddleware } from './test/support/host-pages.mjs';
import { inputCommands } from './test/support/input-commands.mjs';

// Every test runs in Chromium, Firefox and WebKit. BROWSERS=webkit (or chromium, firefox, or a
// comma-separated list) narrows a local run.
const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',');
const browsers = [];
if (wanted.includes('chromium')) {
  browsers.push(
    chromeLauncher({
      launchOptions: { executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS },
    }),
  );
}
// Firefox is driven over WebDriver BiDi by the same puppeteer-core, which cannot emulate media
// there: the media tests run again in Firefoxes started with the preferences instead.
const firefox = (prefs = {}) =>
  chromeLauncher({
    puppeteer,
    launchOptions: {
      browser: 'firefox',
      executablePath: findFirefox(),
      headless: true,
      extraPrefsFirefox: prefs,
    },
  });
const groups = [];
if (wanted.includes('firefox')) {
  browsers.push(firefox());
  groups.push(
    {
      name: 'firefox-dark-reduced-motion',
      files: 'test/preference-media/dark-reduced-motion.test.ts',
      browsers: [firefox({ 'ui.systemUsesDarkTheme': 1, 'ui.prefersReducedMotion': 1 })],
    },
    {
      name: 'firefox-forced-colors',
      files: 'test/preference-media/forced-colors.test.ts',
      browsers: [
        firefox({ 'browser.display.document_color_use': 2, 'ui.useAccessibilityTheme': 1 }),
      ],
    },
  );
}

// WebKitGTK (Safari's WebCore) over classic WebDriver (scripts/webkit-launcher.mjs), which has no
// media emulation either: the dark and reduced-motion tests run again in a WebKit started with
// both preferences. WebKitGTK has no forced-colours mode to start it in.
if (wanted.includes('webkit')) {
  browsers.push(webkitLauncher());
  groups.push({
    name: 'webkit-dark-reduced-motion',
    files: 'test/preference-media/dark-reduced-motion.test.ts',
    browsers: [webkitLauncher({ darkMode: true, reducedMotion: true })],
  });
}

export default {
  files: ['test/**/*.test.ts', '!test/preference-media/**'],
  groups,
  // Test Lit's production build, the one the embed script ships.
  nodeResolve: { exportConditions: ['production'] },
  middleware: [hostPagesMiddleware, contentEndpointsMiddleware],
  // The tsconfig must be passed explicitly, or esbuild ignores useDefineForClassFields and Lit's
  // reactive properties are shadowed by class fields.
  plugins: [
    // TypeScript only: a target would make esbuild rewrite every .js too, and the embed tests must
    // load dist/epidural-info-card.js byte for byte (its integrity hash depends on it).
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }),
    projectCommands(),
    inputCommands(),
  ],
  browsers,
  // One page at a time per browser: focus, media emulation and timers belong to the visible page.
  concurrency: 1,
  reporters: [defaultReporter(), summaryReporter()],
  testFramework: { config: { timeout: 15000, grep: process.env.GREP } },
  // Three engines on two cores: a page can take more than the default 30 s to open (seen once, in
  // Firefox, in CI).
  browserStartTimeout: 60000,
};
