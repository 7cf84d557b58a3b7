// A Cloudflare-style worker that renders cards at the edge: POST {attributes, content}, get
// {html, styleHashes}, or {error, name} for what renderCard() refuses. test/node/edge.test.mjs
// runs it in workerd with the built dist/server modules as they are published.
import { renderCard, styleHashes } from './index.js';

export default {
  async fetch(request) {
    const options = await request.json();
    try {
      return Response.json({ html: renderCard(options), styleHashes });
    } catch (error) {
      return Response.json({ error: error.message, name: error.name });
    }
  },
};
