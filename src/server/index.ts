/**
 * `epidural-info-card/server`: the card rendered to HTML on a server (Node ≥ 20, an edge worker,
 * Deno, Bun: no DOM and no Node API), and the
 * Content-Security-Policy sources its inline stylesheet needs.
 *
 * ```js
 * import { renderCard, styleHashes } from 'epidural-info-card/server';
 * const html = renderCard({ attributes: { 'open-sections': 'benefits' }, content });
 * // Content-Security-Policy: style-src 'self' ${styleHashes.join(' ')}
 * ```
 */
import { htmlNodes } from './html-source.js';
export { contentFromHtml } from './html-source.js';
/** The clinic's own wording, for a host that shows it instead of the plain-English built-in text. */
export { originalContent } from '../content/original-content.js';
import { useHtmlParser } from './render-card.js';

// renderCard({ html }) reads the HTML form with parse5 here: no DOM on a server.
useHtmlParser(htmlNodes);

export {
  CARD_ATTRIBUTES,
  CardRenderError,
  renderCard,
  renderCardParts,
  tryRenderCard,
  type AttributeValue,
  type CardParts,
  type CardProblem,
  type RenderCardOptions,
  type RenderCardResult,
} from './render-card.js';
export type {
  CardContent,
  CardCallToAction,
  CardProvider,
  ProviderRating,
  CardSection,
  CardSource,
  UiStrings,
} from '../content/types.js';

/*
 * The SHA-256 of render-card's prerenderedCss, base64: written in by the build (rollup.config.mjs,
 * styleHashConstant), so that this module needs no crypto API and runs unchanged in Node, an edge
 * worker (workerd), Deno or Bun.
 */
declare const __CARD_STYLE_SHA256__: string;

/**
 * The `style-src` sources a prerendered card needs under a Content-Security-Policy without
 * `'unsafe-inline'`: the hash of its one `<style>` element, e.g. `'sha256-…'`.
 */
export const styleHashes: readonly string[] = [`'sha256-${__CARD_STYLE_SHA256__}'`];
