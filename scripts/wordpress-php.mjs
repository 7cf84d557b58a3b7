// npm run build: the card's templates as PHP (dist/wordpress/card.php), so the WordPress plugin
// prints the same prerendered card as renderCard() without a second copy of its markup. The
// templates and the option helpers are translated from their TypeScript (scripts/php/); the
// stylesheet, the built-in content and the content schema are written in as data.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { transpile } from './php/transpile.mjs';
import { JS_SPACE, jsRegexToPcre } from './php/regex.mjs';
import { builtInContent } from '../dist/esm/content/built-in-content.js';
import { cardCss } from '../dist/esm/card/card.styles.js';
import { jsonText } from '../dist/esm/content/json-text.js';
import { MARKUP_VERSION } from '../dist/esm/card/card.templates.js';
import { MAX_CONTENT_LENGTH } from '../dist/esm/content/validate.js';

const NAMESPACE = 'EpiduralInfoCard\\Card';
const wanted = {
  'src/content/json-text.ts': ['jsonText'],
  'src/content/ui-strings.ts': ['englishStrings', 'fill'],
  'src/content/structured-data.ts': ['structuredData'],
  'src/card/card.options.ts': [
    'isHeadingLevel',
    'themeOf',
    'unknownSections',
    'requestedIds',
    'openIds',
  ],
  'src/card/card.templates.ts': [
    'escape',
    'escapeText',
    'number',
    'longDate',
    'date',
    'row',
    'about',
    'feedback',
    'listenControls',
    'clinic',
    'each',
    'icon',
    'heading',
    'subheading',
    'link',
    'trigger',
    'collapsible',
    'themeClass',
    'isAllOpen',
    'body',
    'section',
    'provider',
    'footer',
    'cardTemplate',
    'MARKUP_VERSION',
    'shapeOf',
    'labelled',
    'lightTemplate',
    'plainSection',
    'plainHeading',
    'closing',
    'terms',
  ],
};

/* The schema with each pattern also as PCRE, for the plugin's check of what it prerenders. */
const schema = JSON.parse(readFileSync('src/content/content.schema.json', 'utf8'));
(function withPcre(node) {
  if (!node || typeof node != 'object') return;
  if (typeof node.pattern == 'string') node.pcre = jsRegexToPcre(node.pattern, '').pcre;
  Object.values(node).forEach(withPcre);
})(schema);

const nowdoc = (name, text) => {
  if (text.includes('\nTEXT')) throw new Error(`${name}: the text holds the nowdoc's end marker`);
  return `function ${name}() {\n  return <<<'TEXT'\n${text}\nTEXT;\n}\n`;
};

const php = [
  // The markup's version as the build wrote it into the embed and the server (rollup.config.mjs).
  transpile(Object.keys(wanted), wanted, NAMESPACE).replace(
    /(['"])__MARKUP_VERSION__\1/,
    () => `'${MARKUP_VERSION}'`,
  ),
  '/** The stylesheet a prerendered card carries (its CSP hash is the one in the README). */',
  nowdoc('card_css', cardCss),
  '/** The built-in content, as jsonText() writes it. */',
  nowdoc('built_in_json', jsonText(builtInContent)),
  '/** src/content/content.schema.json, each pattern also as PCRE ("pcre"). */',
  nowdoc('content_schema_json', JSON.stringify(schema)),
  `const MAX_CONTENT_LENGTH = ${MAX_CONTENT_LENGTH};`,
  "/** JavaScript's \\s, for a PCRE character class. */",
  `const JS_SPACE = '${JS_SPACE}';`,
  '',
].join('\n');

mkdirSync('dist/wordpress', { recursive: true });
writeFileSync('dist/wordpress/card.php', php);
console.log(`dist/wordpress/card.php: ${php.length} B`);
