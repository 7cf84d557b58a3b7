// The README's framework recipes are the components the framework tests run
// (test/frameworks/apps/): a change to one without the other fails here.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const readme = readFileSync('README.md', 'utf8');
const blocks = [...readme.matchAll(/```\w*\n([\s\S]*?)```/g)].map((m) => m[1].trim());

describe('README recipes', () => {
  for (const file of [
    'test/frameworks/apps/vue-ssr/epidural-info-card.js',
    'test/frameworks/apps/svelte-ssr/EpiduralInfoCard.svelte',
  ]) {
    it(`shows ${file} as it is tested`, () => {
      assert.ok(
        blocks.includes(readFileSync(file, 'utf8').trim()),
        `${file} is not in the README word for word`,
      );
    });
  }
});
