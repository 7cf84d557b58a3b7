// Writes the demo's JSON documents that are built from the card's own built-in content, so the
// clinic's text lives in one place (src/content/built-in-content.ts). Run by npm run build.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { builtInContent } from '../dist/esm/content/built-in-content.js';
import { originalContent } from '../dist/esm/content/original-content.js';

const out = new URL('../demo/content/', import.meta.url);
mkdirSync(out, { recursive: true });
const write = (name, content) =>
  writeFileSync(new URL(name, out), `${JSON.stringify(content, null, 2)}\n`);

// The procedure alone, as a review site would host it.
write('epidural-injection.en.json', builtInContent);

// The clinic's own wording, which the embed leaves out: a host shows it with src (README,
// "Plain English"). Beside the script in dist/ and release/ too.
write('epidural-injection.original.json', originalContent);
writeFileSync(
  new URL('../dist/epidural-injection.original.json', import.meta.url),
  `${JSON.stringify(originalContent, null, 2)}\n`,
);

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

/*
 * The demo pages that show the prerendered snippet carry the CLI's output between two comments,
 * as a clinic would paste it into a static page or a CMS block:
 *   <!-- prerendered: npx epidural-info-card render --content demo/content/x.json --theme auto -->
 *   …the output…
 *   <!-- /prerendered -->
 * The build runs each command again (the built CLI, from the project folder), so the pasted
 * markup never falls behind the card.
 */
const BLOCK =
  /<!-- prerendered: npx epidural-info-card (render[^>]*?) -->[\s\S]*?<!-- \/prerendered -->/g;
const words = (command) =>
  [...command.matchAll(/"([^"]*)"|(\S+)/g)].map(([, quoted, plain]) => quoted ?? plain);
for (const page of ['clinic.html', 'review-site.html']) {
  const file = new URL(`../demo/${page}`, import.meta.url);
  const html = readFileSync(file, 'utf8');
  const updated = html.replace(BLOCK, (block, command, offset) => {
    const indent = html.slice(html.lastIndexOf('\n', offset) + 1, offset);
    const card = execFileSync(process.execPath, ['dist/server/cli.js', ...words(command)], {
      cwd: new URL('..', import.meta.url),
      encoding: 'utf8',
    }).trim();
    return `<!-- prerendered: npx epidural-info-card ${command} -->\n${indent}${card}\n${indent}<!-- /prerendered -->`;
  });
  if (updated !== html) writeFileSync(file, updated);
}
