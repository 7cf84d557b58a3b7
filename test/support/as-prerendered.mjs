/*
 * A card's markup after its script took it over, as the server wrote it: without the stylesheet
 * it came with, and its buttons as the text the server paints in their place (card.templates.ts
 * trigger(): the class "trigger", "open" for an open one, the part, and only the id or value).
 * A takeover changes nothing else. Plain JavaScript, for the browser tests and the Node ones
 * (WordPress).
 */
/** @param {string} html */
export const asPrerendered = (html) =>
  html
    .replace(/^<style>[\s\S]*?<\/style>/, '')
    .replace(/<button ([^>]*)>/g, (_, attributes) => {
      const a = Object.fromEntries(
        [...attributes.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name, value]) => [name, value]),
      );
      const name = `trigger${a.class ? ` ${a.class}` : ''}${a['aria-expanded'] == 'true' ? ' open' : ''}`;
      const keep = `${a.id ? ` id="${a.id}"` : ''}${a.value ? ` value="${a.value}"` : ''}`;
      return `<span class="${name}" part="${a.part}"${keep}>`;
    })
    .replace(/<\/button>/g, '</span>');
