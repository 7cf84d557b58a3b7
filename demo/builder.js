// The embed builder: the form drives a live card and writes the snippet a clinic pastes, either
// prerendered (the card's HTML, by the same renderCard() a server runs) or script only, with the
// clinic's own text if it gives one, and the writers' check (the CLI's checkContent()) on it.
import { prerenderedCss, renderCard } from '../dist/server/render-card.js';
import { builtInContent } from '../dist/esm/content/built-in-content.js';
import { jsonText } from '../dist/esm/content/json-text.js';
import { withAttributes } from '../dist/esm/content/overlay.js';
import { parseContent, validateContent } from '../dist/esm/content/validate.js';
import { parseHtmlContent } from '../dist/esm/content/html-content.js';
import { lightTemplate } from '../dist/esm/card/card.templates.js';
import { viewOf } from '../dist/esm/card/card.view.js';
import { markdownHtml } from '../dist/browser/markdown.js';
import { checkContent, formatReport } from '../dist/browser/check.js';

const form = document.getElementById('options');
const card = document.getElementById('preview');
const snippetBox = document.getElementById('snippet');
const contrastBox = document.getElementById('contrast');
const accentPicker = document.getElementById('accent');
const accentText = document.getElementById('accent-text');
const contentBox = document.getElementById('content');
const openBoxes = document.getElementById('open-sections');
const reportBox = document.getElementById('check-report');

const DEFAULT_ACCENT = '#0b5cad';
// The card's own backgrounds: the accent is text and a button colour on them.
const BACKGROUNDS = { light: ['#ffffff'], dark: ['#161b22'], auto: ['#ffffff', '#161b22'] };
const AA = 4.5;

// The integrity hash of the exact file built (npm run build writes it).
const integrity = fetch('../dist/epidural-info-card.js.sri')
  .then((r) => (r.ok ? r.text() : ''))
  .then((text) => text.trim())
  .catch(() => '');

/* WCAG 2 relative luminance and contrast ratio. */
function luminance(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
export function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

function toHsl(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h =
    max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [h / 6, s, l];
}
function fromHsl([h, s, l]) {
  const f = (n) => {
    const k = (n + h * 12) % 12;
    const a = s * Math.min(l, 1 - l);
    return Math.round((l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))) * 255);
  };
  return `#${[f(0), f(8), f(4)].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The colour nearest `hex` (same hue and saturation, the smallest change of lightness) that has
 * at least 4.5:1 against every background, or undefined when none has.
 */
export function nearestPassing(hex, backgrounds) {
  const [h, s, l] = toHsl(hex);
  for (let step = 0.005; step <= 1; step += 0.005) {
    for (const candidate of [l - step, l + step]) {
      if (candidate < 0 || candidate > 1) continue;
      const colour = fromHsl([h, s, candidate]);
      if (backgrounds.every((bg) => contrast(colour, bg) >= AA)) return colour;
    }
  }
  return undefined;
}

const escape = (value) =>
  value.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** The options as the card's attributes, in a stable order; empty ones left out. */
function attributes() {
  const data = new FormData(form);
  const open = data.getAll('open');
  const pairs = [
    ['heading-level', data.get('heading-level') === '2' ? '' : data.get('heading-level')],
    ['theme', data.get('theme') === 'light' ? '' : data.get('theme')],
    ['open-sections', open.join(' ')],
    ['exclusive', data.has('exclusive') ? true : ''],
    ['provider-name', data.get('provider-name').trim()],
    ['provider-href', full(data.get('provider-href').trim())],
    ['cta-label', data.get('cta-label').trim()],
    ['cta-href', full(data.get('cta-href').trim())],
    ['structured-data', data.has('structured-data') ? true : ''],
    ['feedback', data.has('feedback') ? true : ''],
    ['listen', data.has('listen') ? true : ''],
  ];
  return pairs.filter(([, value]) => value !== '');
}

/*
 * For a site builder's frame, an address in full: a relative one would be looked for on the
 * builder's site. Unchanged otherwise, or while the site's address is not yet a web address.
 */
const siteAddress = () => {
  const typed = form.elements['site-address'].value.trim();
  return form.elements['in-frame'].checked && /^https?:\/\/[^/]/i.test(typed) ? typed : undefined;
};
function full(href) {
  const base = siteAddress();
  if (!href || !base) return href;
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}

/* The accent as typed: #rrggbb, or empty for the card's own. */
const accentValue = () => accentText.value.trim().toLowerCase();
const isAccent = (value) => /^#[0-9a-f]{6}$/.test(value);

function accent() {
  return isAccent(accentValue()) ? accentValue() : DEFAULT_ACCENT;
}

/* The base64 SHA-256 of a text, as a CSP source. */
const sha256 = async (text) =>
  `'sha256-${btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))))}'`;

/* The style-src source a prerendered card's inline stylesheet needs under a strict CSP. */
const styleHash = sha256(prerenderedCss);

/*
 * Each field's problem, in the card's own words where the card has a rule: a link is checked as
 * the card checks a call to action's link (validateContent). The snippet waits until none is left.
 */
const LINKS = {
  'provider-href': 'Clinic page',
  'cta-href': 'Call to action link',
  'fallback-href': 'Link shown until the script runs',
};
function fieldProblems() {
  const problems = {};
  const { problems: contentProblems } = ownContent();
  if (contentProblems.length) problems.content = `Your text: ${contentProblems.join(' ')}`;
  const typed = accentValue();
  if (typed && !isAccent(typed))
    problems.accent = `Give the colour as # and six hexadecimal digits, e.g. #7a1f5c, not "${typed.slice(0, 40)}".`;
  if (form.elements['in-frame'].checked && !siteAddress())
    problems['site-address'] =
      "Your site's address: give it in full, starting with https://, so that the frame finds your script and your links.";
  for (const [name, label] of Object.entries(LINKS)) {
    const href = form.elements[name].value.trim();
    if (!href) continue;
    const [problem] = validateContent({ ...builtInContent, cta: { label: 'x', href } }).problems;
    if (problem)
      problems[name] =
        `${label}: ${problem.message.replace(/^content\.cta\.href (was dropped: )?/, '')}`;
  }
  return problems;
}

/*
 * The clinic's own content from its field, checked by the card's own parser and validator:
 * `{ content }` (the built-in text while the field is empty), or `{ problems }` in the card's
 * words. The text is JSON (it starts with "{"), the HTML form (with "<") or Markdown, which
 * markdown-it makes HTML as the command line does; the HTML form is read by the card's own reader
 * (`html`: the snippet then carries it as HTML). A link the card would drop is a problem too:
 * nothing typed is silently lost.
 */
function ownContent() {
  const text = contentBox.value.trim();
  if (!text) return { content: builtInContent, own: false, problems: [] };
  if (text.startsWith('{')) {
    const { content, problems } = parseContent(text);
    return { content, own: true, problems: problems.map((p) => p.message) };
  }
  const body = new DOMParser().parseFromString(
    text.startsWith('<') ? text : markdownHtml(text),
    'text/html',
  ).body;
  const { content, problems } = parseHtmlContent(
    (body.querySelector('epidural-info-card') ?? body).childNodes,
    document.documentElement.lang || 'en',
  );
  return { content, own: true, html: true, problems: problems.map((p) => p.message) };
}

/* A link that reads like another site's address but, without https://, is a page of this one. */
const looksLikeAHost = (href) => /^[\w-]+(\.[\w-]+)+(\/|$)/.test(href) && !/^\.{1,2}\//.test(href);

function showFieldProblems(problems) {
  document.getElementById('site-address-field').hidden = !form.elements['in-frame'].checked;
  for (const name of ['accent', 'content', 'site-address', ...Object.keys(LINKS)]) {
    const input = name == 'accent' ? accentText : form.elements[name];
    const id = `${input.id}-problem`;
    let box = document.getElementById(id);
    const href = input.value.trim();
    const note =
      problems[name] ??
      (LINKS[name] && looksLikeAHost(href)
        ? `${LINKS[name]}: without https:// this is a page of your own site (…/${href}). For another site, start it with https://.`
        : '');
    if (!box) {
      box = document.createElement('p');
      box.id = id;
      box.setAttribute('aria-live', 'polite');
      input.closest('.field').append(box);
      input.setAttribute(
        'aria-describedby',
        `${input.getAttribute('aria-describedby') ?? ''} ${id}`.trim(),
      );
    }
    box.className = problems[name] ? 'field-problem' : 'hint';
    box.textContent = note;
    input.toggleAttribute('aria-invalid', !!problems[name]);
  }
}

/*
 * The height the script-only tag reserves until the script runs: the preview card's own height
 * for these options, in em (it follows the text size), so the page does not jump when it appears.
 */
function reservedHeight() {
  const size = parseFloat(getComputedStyle(card.shadowRoot.querySelector('article')).fontSize);
  return Math.ceil(card.getBoundingClientRect().height / size);
}

/* The page-level rules a snippet carries, as the text of its one <style>, or ''. */
function hostStyle(prerendered) {
  const rules = [];
  if (accent() !== DEFAULT_ACCENT)
    rules.push(`  epidural-info-card { --epidural-info-card-accent: ${accent()}; }`);
  if (!prerendered)
    rules.push(
      `  epidural-info-card:not(:defined) { display: block; min-height: ${reservedHeight()}em; }`,
    );
  return rules.length ? `\n${rules.join('\n')}\n` : '';
}

/* The snippet for the options, or undefined while a field has a problem. */
async function snippet() {
  if (Object.keys(fieldProblems()).length) return undefined;
  const hash = await integrity;
  const script = escape(
    full(form.elements['script-url'].value.trim() || '/js/epidural-info-card.js'),
  );
  const tag = `<script src="${script}"${hash ? ` integrity="${hash}"` : ''} crossorigin="anonymous" defer></script>`;
  const prerendered = form.elements.kind.value === 'prerendered';
  const style = hostStyle(prerendered);
  const styleElement = style ? `<style>${style}</style>\n` : '';
  const { content, own, html: asHtml } = ownContent();
  if (prerendered) {
    let html;
    try {
      html = renderCard({
        attributes: Object.fromEntries(attributes()),
        ...(own ? { content } : {}),
      });
    } catch {
      return undefined;
    }
    return `${tag}\n${styleElement}${html}\n`;
  }
  const attrs = attributes()
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escape(value)}"`))
    .join('');
  const fallback = full(
    form.elements['fallback-href'].value.trim() ||
      form.elements['provider-href'].value.trim() ||
      form.elements['cta-href'].value.trim(),
  );
  // Text given as HTML or Markdown travels as the HTML form, which the card reads and which is
  // its own fallback: readable wherever the script or the tag is lost.
  if (asHtml) {
    const data = new FormData(form);
    const view = viewOf(
      content,
      {
        headingLevel: Number(data.get('heading-level')),
        exclusive: data.has('exclusive'),
        theme: data.get('theme'),
        feedback: data.has('feedback'),
      },
      new Set(),
    );
    return `${tag}
${styleElement}<epidural-info-card lang="${escape(content.lang)}"${attrs}>
${lightTemplate(view, true)
  .replace(/(?=<(h\d|p|ul|blockquote|hr)\b)/g, '  ')
  .replace(/(<\/(h\d|p|ul|blockquote)>|<hr>)/g, '$1\n')}</epidural-info-card>
`;
  }
  // The content travels inside the tag, where the card reads it (jsonText escapes every "<").
  const json = own ? `\n  <script type="application/json">${jsonText(content)}</script>` : '';
  return `${tag}
${styleElement}<epidural-info-card${attrs}>${json}
  <a href="${escape(fallback || '/')}">Read about epidural injections</a>
</epidural-info-card>
`;
}

/* Every style-src source the snippet needs under a policy without 'unsafe-inline'. */
async function styleSources() {
  const prerendered = form.elements.kind.value === 'prerendered';
  const style = hostStyle(prerendered);
  return [...(prerendered ? [await styleHash] : []), ...(style ? [await sha256(style)] : [])];
}

async function showHints() {
  const prerendered = form.elements.kind.value === 'prerendered';
  document.getElementById('kind-hint').textContent = prerendered
    ? 'Recommended. The snippet is longer (the card is in it), and the card is exactly as chosen here: change an option, copy it again.'
    : `Reserves ${reservedHeight()}em, the preview's height for these options, until the script runs; in a narrower column the card is taller and the page below it moves down once.`;
  document.getElementById('fallback-field').hidden = prerendered;
  const sources = await styleSources();
  document.getElementById('csp-hint').textContent = sources.length
    ? `If your site sends a Content-Security-Policy without 'unsafe-inline', its style-src needs: style-src 'self' ${sources.join(' ')}${prerendered ? '' : " (or put the <style> rules in your own stylesheet, which needs only 'self')"}.`
    : "This snippet needs nothing more than style-src 'self' under a Content-Security-Policy.";
}

function showContrast(problem) {
  if (problem) {
    contrastBox.className = 'contrast warning';
    contrastBox.textContent = `${problem} The contrast is checked once it is a colour.`;
    return;
  }
  const colour = accent();
  const backgrounds = BACKGROUNDS[form.elements.theme.value];
  const worst = Math.min(...backgrounds.map((bg) => contrast(colour, bg)));
  contrastBox.replaceChildren();
  contrastBox.className = worst >= AA ? 'contrast ok' : 'contrast warning';
  if (worst >= AA) {
    contrastBox.textContent = `Contrast ${worst.toFixed(1)}:1 against the card — passes WCAG AA.`;
    return;
  }
  const message = document.createElement('p');
  message.textContent = `Contrast ${worst.toFixed(1)}:1 against the card is too low: text and buttons need 4.5:1 (WCAG AA).`;
  contrastBox.append(message);
  const suggestion = nearestPassing(colour, backgrounds);
  if (!suggestion) {
    message.textContent +=
      ' No shade of this colour passes on both backgrounds: pick the light or dark theme.';
    return;
  }
  const use = document.createElement('button');
  use.type = 'button';
  use.className = 'use-colour';
  const swatch = document.createElement('span');
  swatch.className = 'swatch';
  swatch.setAttribute('aria-hidden', 'true');
  swatch.style.background = suggestion;
  use.append(swatch, ` Use ${suggestion}, the nearest colour that passes`);
  use.addEventListener('click', () => {
    setAccent(suggestion);
    accentText.focus();
  });
  contrastBox.append(use);
}

function setAccent(value) {
  accentText.value = value;
  accentPicker.value = value;
  update();
}

/* One "open when the page loads" box per section that opens and closes, ticks kept by id. */
function showSectionBoxes(content) {
  const ids = content.sections.filter((s) => !s.alwaysVisible).map((s) => s.id);
  if (ids.join(' ') == [...openBoxes.querySelectorAll('input')].map((i) => i.value).join(' '))
    return;
  const ticked = new Set(new FormData(form).getAll('open'));
  openBoxes.replaceChildren(
    ...content.sections
      .filter((s) => !s.alwaysVisible)
      .map((section) => {
        const label = document.createElement('label');
        const box = Object.assign(document.createElement('input'), {
          type: 'checkbox',
          name: 'open',
          value: section.id,
          checked: ticked.has(section.id),
        });
        label.append(box, ` ${section.heading}`);
        return label;
      }),
  );
}

/* An element with text. */
const element = (name, text = '', props = {}) =>
  Object.assign(document.createElement(name), { textContent: text, ...props });

/*
 * The writers' check on the text as the card shows it (the clinic and call to action from the
 * fields laid over it): reading ages per section, and what is required or advised, as the CLI
 * reports it (and its very text, under "As the command line prints it").
 */
function showReport(content) {
  const { content: shown } = withAttributes(content, {
    ctaHref: form.elements['cta-href'].value.trim() || null,
    ctaLabel: form.elements['cta-label'].value.trim() || null,
    providerName: form.elements['provider-name'].value.trim() || null,
    providerHref: form.elements['provider-href'].value.trim() || null,
  });
  const report = checkContent(shown);
  const headings = new Map(shown.sections.map((s) => [s.id, s.heading]));
  const { card: whole } = report;
  const summary = element(
    'p',
    `Whole card: reading age ${whole.smogAge} by SMOG, ${whole.fleschKincaidAge} by Flesch–Kincaid (${whole.sentences} sentences, ${whole.words} words). The NHS aims for 9 to 11, or 11 to 14 where medical terms make that hard.`,
    { className: 'summary' },
  );
  const table = element('table');
  table.append(element('caption', 'Reading age by section (US school grade + 5)'));
  const head = table.createTHead().insertRow();
  for (const title of ['Section', 'SMOG', 'Flesch–Kincaid', 'Sentences', 'Words'])
    head.append(element('th', title, { scope: 'col' }));
  const body = table.createTBody();
  for (const s of report.sections) {
    const row = body.insertRow();
    row.append(element('th', s.heading, { scope: 'row' }));
    for (const value of [s.smogAge, s.fleschKincaidAge, s.sentences, s.words])
      row.append(element('td', String(value)));
  }
  const lists = [
    [true, 'Required by the health content standards'],
    [false, 'Advice'],
  ].flatMap(([required, title]) => {
    const findings = report.findings.filter((f) => f.required === required);
    if (!findings.length) return [element('p', `${title}: nothing found.`)];
    const list = element('ul', '', { className: required ? 'required' : 'advice' });
    // Where, by the section's heading as the reader sees it (the CLI names its id).
    const where = (id) =>
      id == 'card' ? '' : `${id == 'intro' ? 'Introduction' : (headings.get(id) ?? id)}: `;
    for (const f of findings) list.append(element('li', `${where(f.where)}${f.message}`));
    return [element('h3', `${title} (${findings.length})`), list];
  });
  // PEMAT-P and the CDC Clear Communication Index: the score, then each item, met or not and why.
  const criteria = element('ul', '', { className: 'criteria' });
  for (const c of report.criteria)
    criteria.append(
      element(
        'li',
        `${c.met ? 'Met' : 'Not met'}: ${c.asks} (${c.items})${c.why ? ` ${c.why}` : ''}`,
      ),
    );
  const scored = [
    element(
      'h3',
      `PEMAT and CDC items a machine can check: ${report.score.met} of ${report.score.of} met`,
    ),
    criteria,
  ];
  const cli = element('details');
  cli.append(
    element('summary', 'As the command line prints it'),
    element('pre', formatReport(report)),
  );
  reportBox.replaceChildren(summary, table, ...lists, ...scored, cli);
}

let shownText;
async function update() {
  const { content, problems: contentProblems } = ownContent();
  if (!contentProblems.length && contentBox.value !== shownText) {
    shownText = contentBox.value;
    card.content = content;
    showSectionBoxes(content);
  }
  if (contentProblems.length)
    reportBox.replaceChildren(element('p', 'The check runs once your text is mended (see above).'));
  else showReport(content);
  const wanted = new Map(attributes());
  for (const name of [
    'heading-level',
    'theme',
    'open-sections',
    'exclusive',
    'provider-name',
    'provider-href',
    'cta-label',
    'cta-href',
    'structured-data',
    'feedback',
    'listen',
  ]) {
    const value = wanted.get(name);
    if (value === undefined) card.removeAttribute(name);
    else card.setAttribute(name, value === true ? '' : value);
  }
  card.style.setProperty('--epidural-info-card-accent', accent());
  const problems = fieldProblems();
  showFieldProblems(problems);
  showContrast(problems.accent);
  await card.updateComplete;
  snippetBox.value = (await snippet()) ?? '';
  snippetBox.placeholder = 'The snippet appears here once the fields marked above are mended.';
  await showHints();
  document.getElementById('copy-status').textContent = '';
}

accentPicker.addEventListener('input', () => {
  accentText.value = accentPicker.value;
  update();
});
accentText.addEventListener('input', () => {
  if (isAccent(accentValue())) accentPicker.value = accentValue();
  update();
});
form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('submit', (event) => event.preventDefault());
document.getElementById('start-from-built-in').addEventListener('click', () => {
  contentBox.value = JSON.stringify(builtInContent, null, 2);
  update();
  contentBox.focus();
});

document.getElementById('copy').addEventListener('click', async () => {
  const status = document.getElementById('copy-status');
  const text = await snippet();
  if (text === undefined) {
    status.textContent = 'Not copied: mend the fields marked above first.';
    return;
  }
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // No clipboard permission (an embedded or insecure page): copy from the selected text.
    snippetBox.select();
    if (!document.execCommand('copy')) {
      status.textContent =
        'Not copied: your browser refused. The snippet is selected: copy it with Ctrl+C or ⌘C.';
      return;
    }
  }
  status.textContent = 'Copied. Paste it into your page where the card should appear.';
});

update();
