/**
 * Content in the HTML form, or in Markdown, read on a server: parse5 (the HTML parser Lit's own
 * server renderer uses) parses it into the tree the card's one reader of the form takes
 * (src/content/html-content.ts), and Markdown becomes HTML first through markdown-it (CommonMark,
 * raw HTML kept). Neither library is in the embed script: the browser reads its own DOM.
 */
import MarkdownIt from 'markdown-it';
import { parseFragment } from 'parse5';
import type { HtmlNode } from '../content/html-content.js';

type Parse5Node = {
  nodeName: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Parse5Node[];
};

/* parse5's node with the DOM names the reader reads. */
function toNode(node: Parse5Node): HtmlNode {
  const childNodes = (node.childNodes ?? []).map(toNode);
  const isText = node.nodeName == '#text';
  return {
    nodeType: isText ? 3 : node.nodeName.startsWith('#') ? 8 : 1,
    localName: isText ? undefined : node.nodeName,
    textContent: isText ? node.value! : childNodes.map((c) => c.textContent).join(''),
    childNodes,
    getAttribute: (name) => node.attrs?.find((a) => a.name == name)?.value ?? null,
  };
}

/** An HTML fragment as the reader's nodes. */
export const htmlNodes = (html: string): HtmlNode[] =>
  toNode(parseFragment(html) as unknown as Parse5Node).childNodes as HtmlNode[];

/** Markdown as HTML, as a CommonMark renderer writes it (raw HTML kept). */
export const markdownHtml = (markdown: string) => new MarkdownIt({ html: true }).render(markdown);
