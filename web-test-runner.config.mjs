import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium, findFirefox } from './scripts/find-browser.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { projectCommands } from './test/support/commands.mjs';
import { contentEndpointsMiddleware } from './test/support/content-endpoints.mjs';
import { hostPagesMiddleware } from './test/support/host-pages.mjs';

// Every test runs in Chromium and in Firefox. BROWSERS=chromium (or firefox) narrows a local run.
const wanted = (process.env.BROWSERS ?? 'chromium,firefox').split(',');
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
      files: 'test/firefox-media/dark-reduced-motion.test.ts',
      browsers: [firefox({ 'ui.systemUsesDarkTheme': 1, 'ui.prefersReducedMotion': 1 })],
    },
    {
      name: 'firefox-forced-colors',
      files: 'test/firefox-media/forced-colors.test.ts',
      browsers: [
        firefox({ 'browser.display.document_color_use': 2, 'ui.useAccessibilityTheme': 1 }),
      ],
    },
  );
}

export default {
  files: ['test/**/*.test.ts', '!test/firefox-media/**'],
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
  ],
  browsers,
  // One page at a time per browser: focus, media emulation and timers belong to the visible page.
  concurrency: 1,
  reporters: [defaultReporter(), summaryReporter()],
  testFramework: { config: { timeout: 15000 } },
};
