/**
 * JSON as it stands inside a `<script>` element (the content's JSON child, the JSON-LD): compact,
 * with every "<" written as \u003c, so no "</script>" or "<!--" in a string can end the element
 * early, in the live page or in any copy of it serialised and parsed again (a crawler's
 * prerenderer, a CMS preview, "save page"). One function for the browser and the server.
 */
export const jsonText = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');
