/*
 * npx epidural-info-card render [--content FILE|-] [--<attribute> VALUE | --<boolean-attribute>]…
 * Prints the prerendered card (renderCard) to standard output, for pages no Node server renders:
 * paste it into a static page, a CMS block or a PHP template. Bad content, an unknown option or a
 * missing file: one message on standard error and exit status 1.
 */
import { readFileSync } from 'node:fs';
import { builtInContent } from '../content/built-in-content.js';
import { parseHtmlContent } from '../content/html-content.js';
import { parseContent, validateContent } from '../content/validate.js';
import { htmlNodes } from './html-source.js';
import { markdownHtml } from './markdown.js';
import { checkContent, formatReport } from './check.js';
import type { CardContent } from '../content/types.js';
import {
  CARD_ATTRIBUTES,
  CardRenderError,
  renderCard,
  type AttributeValue,
} from './render-card.js';
import { styleHashes } from './index.js';

/* One line per attribute for --help (the README's API table says more). */
const DESCRIBE: Record<string, string> = {
  'heading-level': "the title's heading level, 1–6 (sections one below)",
  exclusive: 'at most one section open at a time',
  theme: 'light, dark or auto (follows the reader)',
  'open-sections': 'section ids open at first, space-separated, or all',
  src: 'a content document the script fetches (not fetched here)',
  'cta-href': 'the call to action: its link',
  'cta-label': 'the call to action: its text',
  'provider-name': "the clinic's name",
  'provider-href': "the clinic's page",
  'structured-data': 'schema.org JSON-LD for search engines',
  feedback: 'ask "Was this information useful?" (an event; nothing is sent)',
  listen: 'offer "Listen": read aloud by the browser (nothing is sent)',
};

const HELP = `Usage: epidural-info-card render [options]

Prints <epidural-info-card> prerendered as HTML: the finished card, styled, in its starting
state, readable before (and without) the script. Paste it where the card goes and keep the
embed script on the page.

Options:
  --content FILE          content: JSON in the card's format, or the HTML form (.html) or
                          Markdown (.md) written as the README shows; "-" reads standard input
  --lang VALUE            the language of HTML or Markdown content (default en)
${Object.entries(CARD_ATTRIBUTES)
  .map(
    ([name, kind]) =>
      `  --${kind == 'boolean' ? name : `${name} VALUE`}`.padEnd(26) + DESCRIBE[name],
  )
  .join('\n')}
  --id VALUE              the tag's id, for links to #id/section
  --stylesheet URL        link each card to the stylesheet at URL (epidural-info-card.css,
                          beside the script) rather than carry a copy: for many cards a page
  --help                  this text
  --version               the card's version

The page's Content-Security-Policy needs, for the card's inline stylesheet:
  style-src ${styleHashes.join(' ')}

Example:
  npx epidural-info-card render --open-sections benefits --cta-href /book > card.html

Usage: epidural-info-card check [FILE] [--json] [--strict]

Reports how hard the content is to read (SMOG and Flesch–Kincaid reading ages, per section and
for the card) and what health-content standards ask for that it lacks. No FILE: the built-in
text. --json: the report as JSON. --strict: exit status 1 when a required item is missing.
`;

class UsageError extends Error {}

const isAttribute = (name: string) => Object.hasOwn(CARD_ATTRIBUTES, name);

/*
 * The arguments, read in order: an option's value is the word after it, whatever it is, so
 * `--cta-label --help` labels the link "--help". Help is only asked for where an option stands.
 */
function parse(args: string[]): {
  attributes: Record<string, AttributeValue>;
  content?: string;
  stylesheet?: string;
  help?: boolean;
  version?: boolean;
} {
  const [command, ...rest] = args;
  if (command == '--help' || command == '-h' || command === undefined)
    return { attributes: {}, help: true };
  if (command == '--version' || command == '-v') return { attributes: {}, version: true };
  if (command != 'render') throw new UsageError(`unknown command "${command}"; try --help`);
  const attributes: Record<string, AttributeValue> = {};
  let content: string | undefined;
  let stylesheet: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const option = rest[i];
    const name = option.startsWith('--') ? option.slice(2) : '';
    const next = () => {
      if (i + 1 >= rest.length) throw new UsageError(`${option} needs a value`);
      return rest[++i];
    };
    if (option == '--help' || option == '-h') return { attributes, help: true };
    if (name == 'content') content = next();
    else if (name == 'stylesheet') stylesheet = next();
    else if (isAttribute(name) && CARD_ATTRIBUTES[name] == 'boolean') attributes[name] = true;
    else if (isAttribute(name) || name == 'id' || name == 'lang') attributes[name] = next();
    else throw new UsageError(`unknown option "${option}"; try --help`);
  }
  return { attributes, content, stylesheet };
}

/* A content file's text: JSON, the HTML form (.html) or Markdown (.md, made HTML by markdown-it). */
function readSource(file: string): { name: string; text: string; form: 'json' | 'html' } {
  const name = file == '-' ? 'standard input' : file;
  let text: string;
  try {
    text = readFileSync(file == '-' ? 0 : file, 'utf8');
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    throw new UsageError(
      `${name}: ${code == 'ENOENT' ? 'no such file' : code == 'EISDIR' ? 'a folder, not a file' : message}`,
    );
  }
  // By its name; standard input by its first character: "{" JSON, "<" HTML, else Markdown.
  const kind =
    /\.(json|html?|md|markdown)$/i.exec(file)?.[1].toLowerCase() ??
    (file == '-' ? ({ '{': 'json', '<': 'html' }[text.trimStart()[0]] ?? 'md') : 'json');
  return kind.startsWith('htm')
    ? { name, text, form: 'html' }
    : kind.startsWith('m')
      ? { name, text: markdownHtml(text), form: 'html' }
      : { name, text, form: 'json' };
}

/*
 * The content of a file, checked as the card checks it: JSON as every JSON route reads it
 * (parseContent: the size limit, a byte-order mark), HTML by the card's own reader of the form.
 * Content the card refuses: every problem, each naming the file. JSON is returned as it is, so
 * that renderCard() words a refused link as the browser's console would.
 */
function readContent(file: string, lang = 'en'): unknown {
  const { name, text, form } = readSource(file);
  const result = form == 'json' ? parseContent(text) : parseHtmlContent(htmlNodes(text), lang);
  // A refused link in JSON is renderCard()'s to word; the HTML form has no later reader.
  if (
    result.problems.some(
      (p) => (form == 'html' || p.reason != 'unsafe-url') && p.reason != 'review-overdue',
    )
  )
    throw new ContentError(name, result.problems);
  return form == 'json' ? JSON.parse(text.replace(/^\uFEFF/, '')) : result.content;
}

/* Content the card refuses, from a file: its problems, each line naming the file. */
class ContentError extends UsageError {
  constructor(
    readonly file: string,
    readonly problems: { reason: string; message: string }[],
  ) {
    super(problems.map((p) => `${file}: ${p.message}`).join('\n'));
  }
}

/*
 * epidural-info-card check [FILE|-] [--json] [--strict]: the writers' quality report (check.ts) for
 * a content file, or the built-in text. --strict: exit status 1 when a required item is missing.
 */
function check(args: string[]): void {
  const file = args.find((a) => !a.startsWith('--'));
  for (const a of args)
    if (a.startsWith('--') && a != '--json' && a != '--strict')
      throw new UsageError(`unknown option "${a}" for check; try --help`);
  let content = builtInContent;
  if (file) {
    try {
      content = validateContent(readContent(file)).content!;
    } catch (error) {
      // --json: the problems as JSON on standard output too, for a machine reading it.
      if (error instanceof ContentError && args.includes('--json'))
        process.stdout.write(
          `${JSON.stringify({ file: error.file, problems: error.problems }, null, 2)}\n`,
        );
      throw error;
    }
  }
  const report = checkContent(content);
  process.stdout.write(
    args.includes('--json') ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report),
  );
  if (args.includes('--strict') && report.findings.some((f) => f.required)) process.exitCode = 1;
}

// The content file render reads, as its messages name it.
let file: string | undefined;
try {
  if (process.argv[2] == 'check') {
    check(process.argv.slice(3));
    process.exit();
  }
  const { attributes, content, stylesheet, help, version } = parse(process.argv.slice(2));
  file = content == '-' ? 'standard input' : content;
  process.stdout.write(
    version
      ? `${JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version}\n`
      : help
        ? HELP
        : `${renderCard({
            attributes,
            stylesheet,
            content:
              content === undefined
                ? undefined
                : (readContent(content, String(attributes.lang ?? 'en')) as CardContent),
          })}\n`,
  );
} catch (error) {
  // One line a problem: a content problem names its file, an option's the card, as the browser
  // console names it, and anything else the command.
  const lines =
    error instanceof CardRenderError
      ? error.problems.map(
          (p) => `${file && p.message.startsWith('content') ? file : error.card}: ${p.message}`,
        )
      : error instanceof ContentError
        ? [error.message]
        : [`epidural-info-card: ${error instanceof Error ? error.message : error}`];
  process.stderr.write(`${lines.join('\n')}\n`);
  process.exitCode = 1;
}
