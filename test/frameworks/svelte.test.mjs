// The README's Svelte 5 recipe in a real Svelte 5 app, installed from the packed tarball:
// compiled by Svelte's own compiler for the server and the client (the client in dev mode: every hydration
// warning shown), rendered by svelte/server, hydrated, served on 127.0.0.1, driven in Chromium.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before } from 'node:test';
import { bundle, complaints, makeApp, openBrowser, serveApp, ssrRecipeTests } from './support.mjs';

let app, server, browser, page, messages, url;

// Svelte's dev runtime is chosen by the "development" export condition, which brings Lit's
// development build too, and its one notice; any other message fails the test.
const LIT_DEV_MODE = /^warn: Lit is in dev mode\./;
const notices = (all) => complaints(all).filter((m) => !LIT_DEV_MODE.test(m));

/* esbuild compiles .svelte files with the app's own svelte/compiler. */
const svelte = (generate) => ({
  name: 'svelte',
  setup(builder) {
    builder.onLoad({ filter: /\.svelte$/ }, async ({ path }) => {
      const compiler = createRequire(join(app, 'package.json')).resolve('svelte/compiler');
      const compiler$ = await import(pathToFileURL(compiler));
      const compile = compiler$.compile ?? compiler$.default.compile;
      const { js } = compile(await readFile(path, 'utf8'), {
        filename: path,
        generate,
        dev: generate == 'client',
      });
      return { contents: js.code, loader: 'js' };
    });
  },
});

before(async () => {
  app = makeApp('svelte-ssr', ['svelte']);
  await bundle(app, 'App.svelte', 'dist/server/App.js', {
    platform: 'node',
    packages: 'external',
    plugins: [svelte('server')],
  });
  await bundle(app, 'client.js', 'dist/client.js', {
    conditions: ['development', 'browser'],
    plugins: [svelte('client')],
  });
  server = await serveApp(app);
  ({ url } = server);
  ({ browser, page, messages } = await openBrowser());
});

after(async () => {
  await browser?.close();
  server?.kill();
});

ssrRecipeTests('Svelte 5', () => ({ page, messages, url }), { log: ['what-is-it true'], notices });
