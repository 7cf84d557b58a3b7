// The embed script's size budget: one number, in one place. `npm test` fails past it.
// Every byte ships to every patient; see the README's "Size" section for what it pays for.
// Raised once from 12 KB to 13 KB for the content-in-HTML, publishing, plain-English and
// prerendered-speed work; what each feature cost is in the README's Size section.
export const EMBED_GZIP_BUDGET = 13 * 1024;

import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Sizes of a built file: raw, gzip -9 and brotli (quality 11), in bytes. */
export function measure(path) {
  const bytes = readFileSync(path);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  };
}
