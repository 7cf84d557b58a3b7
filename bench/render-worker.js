// bench/render-rate.mjs's worker: renders `n` cards of the content it is sent, as a server at the
// edge would for a page, and says how many bytes it wrote. Timed from outside: workerd's clocks
// stand still while a request computes.
import { renderCard } from './index.js';

export default {
  async fetch(request) {
    const { n, content, ids, each } = await request.json();
    let bytes = 0;
    for (let i = 0; i < n; i++)
      bytes += renderCard({
        content,
        attributes: {
          'open-sections': ids[i % ids.length],
          'heading-level': 3,
          // bench/render-rate.mjs: each card its own provider-name, so its content is new.
          ...(each ? { 'provider-name': `Clinic ${i}` } : {}),
        },
      }).length;
    return Response.json({ bytes });
  },
};
