// Copies the built script's integrity hash (dist/epidural-info-card.js.sri) into every
// integrity="…" of the README's embed snippets. Run after a build that changed the script:
//   npm run build && npm run readme:integrity
import { readFileSync, writeFileSync } from 'node:fs';

const hash = readFileSync('dist/epidural-info-card.js.sri', 'utf8').trim();
const readme = readFileSync('README.md', 'utf8');
// integrity="…" in HTML, integrity = "…" in the Hugo recipe's TOML.
const updated = readme.replace(/(integrity\s*=\s*)"sha384-[^"]*"/g, `$1"${hash}"`);
writeFileSync('README.md', updated);
console.log(updated === readme ? 'README integrity already current' : `README integrity → ${hash}`);
