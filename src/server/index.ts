/**
 * `epidural-info-card/server`: the card rendered to HTML on a server (Node ≥ 20, no DOM), and the
 * Content-Security-Policy sources its inline stylesheet needs.
 *
 * ```js
 * import { renderCard, styleHashes } from 'epidural-info-card/server';
 * const html = renderCard({ attributes: { 'open-sections': 'benefits' }, content });
 * // Content-Security-Policy: style-src 'self' ${styleHashes.join(' ')}
 * ```
 */
import { createHash } from 'node:crypto';
import { prerenderedCss } from './render-card.js';

export {
  CARD_ATTRIBUTES,
  CardRenderError,
  renderCard,
  type AttributeValue,
  type RenderCardOptions,
} from './render-card.js';

/**
 * The `style-src` sources a prerendered card needs under a Content-Security-Policy without
 * `'unsafe-inline'`: the hash of its one `<style>` element, e.g. `'sha256-…'`.
 */
export const styleHashes: readonly string[] = [
  `'sha256-${createHash('sha256').update(prerenderedCss).digest('base64')}'`,
];
