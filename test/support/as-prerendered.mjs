/*
 * The live card's markup as a prerendered card writes it: its buttons as the text it paints in
 * their place before the script (card.templates.ts trigger()). A takeover changes nothing else.
 * Plain JavaScript, for the browser tests and the Node ones (WordPress).
 */
/** @param {string} html */
export const asPrerendered = (html) =>
  html
    .replace(
      /<button type="button"(?: class="(show-all)")? part="([\w-]+)"[^>]*?aria-expanded="(true|false)"[^>]*>/g,
      (_, name, part, open) =>
        `<span class="trigger${name ? ` ${name}` : ''}${open == 'true' ? ' open' : ''}" part="${part}">`,
    )
    .replace(/<\/span><\/button>/g, '</span></span>');
