/**
 * The content format as ordinary HTML: what a CMS's visual editor or a Markdown renderer writes
 * inside the tag. One pure function over a minimal tree with the DOM's own names, so that the
 * browser's nodes (the card) and a server's parse5 tree (renderCard, the CLI) both feed it and
 * one set of rules serves them all:
 *
 * - the first heading (any level) is the title, the paragraphs before the next heading the
 *   introduction;
 * - each later heading starts a section (its id: the heading's `id`, else made from its text)
 *   with the paragraphs and list items under it; a heading in a quote starts a section that is
 *   always shown (a callout);
 * - after a rule (`<hr>`, Markdown `---`), paragraphs are the closing note, but for those a bold
 *   label starts, in the card's English wording (`**Last reviewed:** 2026-11-02`): review dates,
 *   the reviewer ("Name, role"), the publisher (a link or a name), the declaration of interest,
 *   the sources (the list after the label: a link and an optional date each), and the words
 *   explained (the list after the label: "word: what it means" each).
 *
 * The clinic's block comes from the tag's attributes (provider-name, cta-href, …), as for every
 * content. The result is checked by validateContent(), with the same rules and messages as JSON,
 * each message naming the element its field came from.
 */
import { englishStrings } from './ui-strings.js';
import { validateContent, type ValidationResult } from './validate.js';

/** A node as the reader needs it: a DOM Node has these, and so does the server's tree. */
export interface HtmlNode {
  /** 1 for an element; anything else is passed over (the text is read through textContent). */
  nodeType: number;
  /** An element's lower-case tag name. */
  localName?: string | null;
  textContent: string | null;
  childNodes: ArrayLike<HtmlNode>;
  getAttribute?(name: string): string | null;
}

const words = (node: HtmlNode) => node.textContent!.replace(/\s+/g, ' ').trim();
const children = (node: HtmlNode) => Array.from(node.childNodes).filter((n) => n.nodeType == 1);

/*
 * The blocks in reading order, each with whether it stands in a quote: the containers a CMS wraps
 * content in are opened; scripts, styles and templates (the JSON child, a prerendered card's
 * shadow root) are not content; loose text is passed over.
 */
const blocks = (nodes: HtmlNode[], quoted = false): [HtmlNode, boolean][] =>
  nodes.flatMap((node) =>
    /^(script|style|template)$/.test(node.localName!)
      ? []
      : /^(div|section|article|main|header|footer|blockquote)$/.test(node.localName!)
        ? blocks(children(node), quoted || node.localName == 'blockquote')
        : [[node, quoted]],
  );

const isHeading = (node: HtmlNode) => /^h[1-6]$/.test(node.localName!);

/** A section's id from its heading: "Benefits of the procedure" → "benefits-of-the-procedure". */
export const slug = (heading: string) =>
  heading
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z\d]+/g, '-')
    .replace(/^-|-$/g, '');

/* The first link at or below a node: its text, and its href where it has one. */
const linkIn = (node: HtmlNode): { name: string; url?: string } | undefined =>
  node.localName == 'a'
    ? { name: words(node), url: node.getAttribute!('href') ?? undefined }
    : children(node).map(linkIn).find(Boolean);

/* The closing part's fields, each with the label that starts it (the card's English wording). */
const FIELDS = {
  lastReviewed: 'lastReviewed',
  nextReview: 'nextReview',
  reviewedBy: 'reviewedBy',
  publisher: 'publishedBy',
  disclosure: 'disclosure',
  sources: 'sources',
  terms: 'terms',
} as const;

/**
 * What the HTML says, in the content format, before validation (`lang`: from the tag or the
 * page), and the element each part came from, as `[path, element]`.
 */
export function readHtml(nodes: ArrayLike<HtmlNode>, lang: string) {
  const content: Record<string, any> = { lang, sections: [] };
  const places: [string, string][] = [];
  const intro: string[] = [];
  const notes: string[] = [];
  let section: Record<string, any> | undefined;
  let closing = false;
  let field: string | undefined;
  for (const [node, quoted] of blocks(children({ childNodes: nodes } as HtmlNode))) {
    const text = words(node);
    const place = (path: string) =>
      places.push([path, `<${node.localName}> "${text.slice(0, 30)}"`]);
    const items = /^[ou]l$/.test(node.localName!) && children(node);
    // An empty block (an editor's empty paragraph, a heading not yet written) says nothing.
    if (!text && node.localName != 'hr') continue;
    if (node.localName == 'hr') closing = !(section = undefined);
    else if (isHeading(node)) {
      closing = false;
      if (content.title === undefined) (place('content.title'), (content.title = text));
      else {
        place(`content.sections[${content.sections.length}]`);
        content.sections.push(
          (section = { id: node.getAttribute!('id') || slug(text), heading: text }),
        );
        if (quoted) section.alwaysVisible = true;
      }
    } else if (!closing) {
      if (items && section) (section.items ??= []).push(...items.map(words));
      else (section ? (section.paragraphs ??= []) : intro).push(text);
    } else if (items && field == 'sources')
      content.sources = items.map((li) => {
        const a = linkIn(li);
        return {
          title: a?.name ?? words(li),
          url: a?.url,
          date: /\d{4}-\d\d-\d\d/.exec(words(li))?.[0],
        };
      });
    // "Words explained:", then a list of "word: what it means".
    else if (items && field == 'terms')
      content.terms = items.map((li) => {
        const [term, definition] = words(li).split(/: (.*)/);
        return { term, definition };
      });
    else {
      const bold = children(node)[0];
      const label =
        bold && /^(strong|b)$/.test(bold.localName!) && text.startsWith(words(bold))
          ? words(bold).toLowerCase()
          : '';
      field = Object.keys(FIELDS).find(
        (key) => label == `${englishStrings[FIELDS[key as keyof typeof FIELDS]].toLowerCase()}:`,
      );
      const value = text.slice(label.length).trim();
      place(`content.${field ?? 'disclaimer'}`);
      if (!field) notes.push(text);
      else if (field == 'reviewedBy') {
        const [name, ...role] = value.split(', ');
        content.reviewedBy = { name, role: role.join(', ') || undefined };
      } else if (field == 'publisher') content.publisher = linkIn(node) ?? { name: value };
      // A list's label (Sources:, Words explained:) has no value of its own.
      else if (value) content[field] = value;
    }
  }
  if (intro[0]) content.intro = intro.join(' ');
  if (notes[0]) content.disclaimer = notes.join(' ');
  return { content, places };
}

/**
 * Content from HTML, checked as JSON content is, each problem naming the element its field came
 * from: `content.sections[1].id must be … (in <h3> "1st steps").`
 */
export function parseHtmlContent(nodes: ArrayLike<HtmlNode>, lang: string): ValidationResult {
  const { content, places } = readHtml(nodes, lang);
  places.push(['content.sections', 'the HTML: each heading after the title starts a section']);
  const result = validateContent(content);
  for (const problem of result.problems) {
    const place = places.find(([path]) => /^[ .]/.test(problem.message.replace(path, '')));
    if (place) problem.message = problem.message.replace(/\.$/, ` (in ${place[1]}).`);
  }
  return result;
}

/** Whether nodes hold content in the HTML form: a heading with text among their blocks. */
export const hasHtmlContent = (nodes: ArrayLike<HtmlNode>) =>
  blocks(children({ childNodes: nodes } as HtmlNode)).some(
    ([node]) => isHeading(node) && words(node),
  );
