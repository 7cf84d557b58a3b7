// The file a clinic downloads (release/) is the one this source builds, byte for byte, and the
// hash beside it and in the README's snippets is that file's. npm test builds first; after a
// change to the embed script, `npm run release` brings release/ and the README up to date.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const read = (path) => readFileSync(path);
const sha384 = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

describe('release/: the script without Node', () => {
  it('is what a fresh build of this source writes, byte for byte', () => {
    const built = read('dist/epidural-info-card.js');
    const released = read('release/epidural-info-card.js');
    assert.ok(
      built.equals(released),
      'release/epidural-info-card.js differs from the build: run npm run release',
    );
  });

  it('has the standalone embed page beside it, as the build writes it', () => {
    assert.ok(
      read('dist/embed.html').equals(read('release/embed.html')),
      'release/embed.html differs from the build: run npm run release',
    );
  });

  it('carries its own SRI hash, which the README and the build agree on', () => {
    const hash = sha384(read('release/epidural-info-card.js'));
    assert.equal(read('release/epidural-info-card.js.sri').toString().trim(), hash);
    assert.equal(read('dist/epidural-info-card.js.sri').toString().trim(), hash);
    const inReadme = [
      ...read('README.md')
        .toString()
        .matchAll(/integrity\s*=\s*"([^"]+)"/g),
    ].map((m) => m[1]);
    assert.ok(inReadme.length >= 2, 'the README has its snippets');
    assert.deepEqual([...new Set(inReadme)], [hash]);
  });
});
