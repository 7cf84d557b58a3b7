/**
 * The embed script's entry (rollup.config.mjs builds dist/epidural-info-card.js from it): defines
 * <epidural-info-card> when it runs, as the package's entry does, with one difference on a page of
 * prerendered cards. A deferred script runs in the task that ends the page's parsing, and defining
 * the element upgrades every card on the page in one go (its constructor and callbacks, about
 * 0.2 ms a card on a mid-range phone). Prerendered cards read as they are until then, so there the
 * definition waits for the next task and neither task is long (README: Performance). A page's own
 * script calls a card's methods after customElements.whenDefined('epidural-info-card').
 */
import { EpiduralInfoCard } from './card/card.component.js';

// Guarded: a page that includes the script twice (or two versions of it) keeps the first definition
// instead of throwing "this name has already been used" (rollup.config.mjs stops a second copy
// early; one that ran before the first defined the element stops here).
const define = () =>
  customElements.get('epidural-info-card') ??
  customElements.define('epidural-info-card', EpiduralInfoCard);

if (document.querySelector('epidural-info-card')?.shadowRoot) setTimeout(define);
else define();
