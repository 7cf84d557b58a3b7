// npm run release: the built embed script, its Subresource Integrity hash and the card's
// stylesheet (for pages that link each card to it) copied into
// release/, the files a clinic downloads without Node, and the hash written into the README's
// snippets. test/node/release.test.mjs fails until this has been run after a change to the script.
import { copyFileSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

mkdirSync('release', { recursive: true });
for (const file of [
  'epidural-info-card.js',
  'epidural-info-card.js.sri',
  'epidural-info-card.css',
  'embed.html',
  'epidural-injection.original.json',
])
  copyFileSync(`dist/${file}`, `release/${file}`);
execFileSync('node', ['scripts/update-readme-integrity.mjs'], { stdio: 'inherit' });
console.log('release/epidural-info-card.js and .sri: copied from dist/');
