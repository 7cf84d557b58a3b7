/**
 * Content in the HTML form, read on a server: parse5 (the HTML parser Lit's own server renderer
 * uses) parses it into the nodes the card's one reader of the form takes
 * (src/content/html-content.ts). Not in the embed script, nor in the React entry: a browser reads
 * its own DOM.
 */
import { parseFragment } from 'parse5';
import { parseHtmlContent, type HtmlNode } from '../content/html-content.js';
import type { ValidationResult } from '../content/validate.js';

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

/**
 * An HTML fragment as the reader's nodes: the card's text, or a page holding the tag (a Markdown
 * file as a site writes it), whose tag's own children are the card's text.
 */
export function htmlNodes(html: string): HtmlNode[] {
  const nodes = toNode(parseFragment(html) as unknown as Parse5Node).childNodes as HtmlNode[];
  const card = nodes.find((node) => node.localName == 'epidural-info-card');
  return card ? (card.childNodes as HtmlNode[]) : nodes;
}

/**
 * Content in the HTML form (a fragment, or a page holding the tag), read and checked as the card
 * reads and checks it in a browser: `{ content }`, or its `problems`, each naming its element.
 */
export const contentFromHtml = (html: string, lang = 'en'): ValidationResult =>
  parseHtmlContent(htmlNodes(html), lang);
