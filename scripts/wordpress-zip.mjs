// npm run build: the WordPress plugin as an installable zip, dist/epidural-info-card-wordpress.zip
// (Plugins → Add New → Upload Plugin). The plugin's folder (wordpress/epidural-info-card/), with
// the card's templates translated to PHP as generated/, the release script and its SRI hash as
// assets/, and the licence.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';

const PLUGIN = 'wordpress/epidural-info-card';
const files = {};
const add = (path, bytes) =>
  (files[`epidural-info-card/${path}`] = [bytes, { mtime: new Date('2026-01-01T00:00:00Z') }]);

(function walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else add(relative(PLUGIN, path), readFileSync(path));
  }
})(PLUGIN);
// The card's templates as PHP, translated at build time (scripts/wordpress-php.mjs).
add('generated/card.php', readFileSync('dist/wordpress/card.php'));
add('assets/epidural-info-card.js', readFileSync('dist/epidural-info-card.js'));
add('assets/epidural-info-card.js.sri', readFileSync('dist/epidural-info-card.js.sri'));
add('LICENSE', readFileSync('LICENSE'));

const zip = zipSync(files, { level: 9 });
writeFileSync('dist/epidural-info-card-wordpress.zip', zip);
console.log(
  `dist/epidural-info-card-wordpress.zip: ${zip.length} B, ${Object.keys(files).length} files`,
);
