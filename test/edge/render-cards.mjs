// Run by test/node/edge.test.mjs under Node, Deno and Bun: imports the package's entries (the
// element's module and the server renderer, as built) and prints what they export and render,
// as JSON, for the test to compare across runtimes.
import * as card from '../../dist/esm/epidural-info-card.js';
import { renderCard, styleHashes } from '../../dist/server/index.js';

const content = {
  lang: 'es',
  title: 'Inyección epidural <a> "citas" — 4,5',
  sections: [
    {
      id: 'que-es',
      heading: '¿Qué es?',
      paragraphs: ['Texto\u2028con separador.', '\uD800 suelto'],
    },
    { id: 'all', heading: 'Todo', items: ['Uno', 'Dos'] },
  ],
  provider: { name: 'Clínica', url: '/sobre', rating: { value: 4.5, best: 5, source: 'Reseñas' } },
  sources: [{ title: 'Fuente', url: 'https://example.org/fuente?a=1&b=2' }],
};
const options = [
  {},
  { attributes: { 'open-sections': 'all', theme: 'dark', 'structured-data': true }, content },
  { attributes: { exclusive: true, 'heading-level': 4, 'cta-href': 'tel:+440000000000' }, content },
  { attributes: { 'cta-href': 'https://' } },
  { content: { ...content, intro: 'x'.repeat(100_000) } },
];
const rendered = options.map((o) => {
  try {
    return renderCard(o);
  } catch (error) {
    return `${error.name}: ${error.message}`;
  }
});
console.log(
  JSON.stringify({
    exports: Object.keys(card).sort(),
    valid: card.validateContent(content).problems,
    styleHashes,
    rendered,
  }),
);
