/**
 * The entry point: defines <epidural-info-card>. This is the file the embed script is built from,
 * and the one bundler users import.
 */
import { EpiduralInfoCard } from './card/card.component.js';

export { EpiduralInfoCard };
export type { CardTheme, ErrorDetail, ToggleDetail } from './card/card.component.js';
export type { CardContent, CardSection } from './content/types.js';
export type { UiStrings } from './content/ui-strings.js';
export { builtInContent } from './content/built-in-content.js';

// Guarded: a page that includes the script twice (or two versions of it) keeps the first definition
// instead of throwing "this name has already been used".
if (!customElements.get('epidural-info-card')) {
  customElements.define('epidural-info-card', EpiduralInfoCard);
}

declare global {
  interface HTMLElementTagNameMap {
    'epidural-info-card': EpiduralInfoCard;
  }
  interface HTMLElementEventMap {
    'epidural-info-toggle': CustomEvent<import('./card/card.component.js').ToggleDetail>;
    'epidural-info-error': CustomEvent<import('./card/card.component.js').ErrorDetail>;
  }
}
