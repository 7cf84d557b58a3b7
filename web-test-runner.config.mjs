import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-browser.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // The tsconfig must be passed explicitly, or esbuild ignores useDefineForClassFields and Lit's
  // reactive properties are shadowed by class fields.
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
};
