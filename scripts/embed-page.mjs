// The standalone embed page, for site builders that take only a URL to put in a frame (Google
// Sites' "Embed from the web", Squarespace's and Wix's embed boxes): one HTML file beside the
// script, its options in its address,
//   https://your-site.example/js/embed.html?open-sections=benefits&cta-href=https://your-site.example/book
// The build writes dist/embed.html, prerendered with the card's defaults (renderCard()), and
// npm run release copies it to release/. A server can send it prerendered with the address's
// options: embedPage(attributes) (the demo server does, at /embed). Either way its one line of
// script sets the options from the address, so the same file serves every option.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { CARD_ATTRIBUTES, renderCard, styleHashes } from '../dist/server/index.js';

/* The attributes an address may set: the card's own. */
export const EMBED_OPTIONS = Object.keys(CARD_ATTRIBUTES);

/*
 * The address's options onto the card, before the script upgrades it (this runs as the card is
 * parsed; the card's script is deferred). A boolean option is on unless its value is "false".
 */
const SCRIPT = `for(const[n,v]of new URLSearchParams(location.search))if(${JSON.stringify(
  EMBED_OPTIONS,
)}.includes(n))document.querySelector("epidural-info-card")[v=="false"?"removeAttribute":"setAttribute"](n,v)`;

/*
 * The frame's page: no margin but room for the focus ring, the builder's page showing through,
 * and a sans-serif for the card (which takes its page's font) rather than the browser's serif.
 * The document grows with the card, which tells the page around the frame its height (README).
 */
const STYLE = 'body{margin:0;padding:4px;font-family:system-ui,sans-serif}';

const sha256 = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The embed page, prerendered with these attributes (the address's options, e.g.). */
export function embedPage(attributes = {}, { script = 'epidural-info-card.js' } = {}) {
  const options = Object.fromEntries(
    Object.entries(attributes).filter(([name]) => Object.hasOwn(CARD_ATTRIBUTES, name)),
  );
  const card = renderCard({
    attributes: Object.fromEntries(
      Object.entries(options).map(([name, v]) => [
        name,
        CARD_ATTRIBUTES[name] == 'boolean' ? v != 'false' : v,
      ]),
    ),
  });
  // Its own policy: this page runs only its script and the card's. Links open outside the frame
  // (a new tab: a builder's sandbox lets a frame open one more often than navigate the page).
  const policy = [
    "default-src 'none'",
    `script-src 'self' ${sha256(SCRIPT)}`,
    `style-src ${styleHashes.join(' ')} ${sha256(STYLE)}`,
    "connect-src 'self' https:",
    "base-uri 'none'",
  ].join('; ');
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="robots" content="noindex">
<title>Epidural injections</title>
<base target="_blank">
<style>${STYLE}</style>
<script src="${script}" defer></script>
</head>
<body>
${card}
<script>${SCRIPT}</script>
</body>
</html>
`;
}

if (import.meta.url == `file://${process.argv[1]}`) {
  writeFileSync('dist/embed.html', embedPage());
  console.log('dist/embed.html: the standalone embed page');
}
