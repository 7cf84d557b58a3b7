/**
 * Markdown as HTML, as a CommonMark renderer writes it (markdown-it, raw HTML kept), for the HTML
 * form's reader: the command line's `--content card.md` and the embed builder's text field. Never
 * in the embed script.
 */
import MarkdownIt from 'markdown-it';

export const markdownHtml = (markdown: string): string =>
  new MarkdownIt({ html: true }).render(markdown);
