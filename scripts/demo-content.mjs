// Writes the demo's JSON documents that are built from the card's own built-in content, so the
// clinic's text lives in one place (src/content/built-in-content.ts). Run by npm run build.
import { mkdirSync, writeFileSync } from 'node:fs';
import { builtInContent } from '../dist/esm/content/built-in-content.js';

const out = new URL('../demo/content/', import.meta.url);
mkdirSync(out, { recursive: true });
const write = (name, content) =>
  writeFileSync(new URL(name, out), `${JSON.stringify(content, null, 2)}\n`);

// The procedure alone, as a review site would host it.
write('epidural-injection.en.json', builtInContent);

// The clinic's page: the same text with the provider details its page shows.
write('essentially-medical.json', {
  ...builtInContent,
  provider: {
    name: 'Essentially Medical',
    clinician: 'Mr Mo Akmal',
    url: '#about',
    rating: { value: 4, best: 5, source: 'Trustpilot' },
    credentials: [
      'ResearchGate',
      'BBC Two',
      'SpineUniverse',
      'Imperial',
      'TotalHealth',
      'Top Doctors',
    ],
  },
  strings: { credentials: 'Also on' },
});
