/**
 * The entry point: defines <epidural-info-card>. This is the file the embed script is built from,
 * and the one bundler users import.
 */
import { EpiduralInfoCard } from './card/card.component.js';

export { EpiduralInfoCard };
export type {
  CardTheme,
  ContentDetail,
  ErrorDetail,
  FeedbackDetail,
  ToggleDetail,
} from './card/card.component.js';
export type {
  CardContent,
  CardSection,
  CardCallToAction,
  CardProvider,
  CardSource,
  ProviderRating,
  UiStrings,
} from './content/types.js';
export { validateContent, MAX_CONTENT_LENGTH } from './content/validate.js';
export { FETCH_TIMEOUT } from './content/load.js';
export { builtInContent } from './content/built-in-content.js';
export { originalContent } from './content/original-content.js';

// Guarded: a page that includes the script twice (or two versions of it) keeps the first definition
// instead of throwing "this name has already been used". Where there is no custom-element registry
// (a server importing the module, to render or to read its types), nothing is defined.
if (globalThis.customElements && !customElements.get('epidural-info-card')) {
  customElements.define('epidural-info-card', EpiduralInfoCard);
}

declare global {
  interface HTMLElementTagNameMap {
    'epidural-info-card': EpiduralInfoCard;
  }
  interface HTMLElementEventMap {
    'epidural-info-toggle': CustomEvent<import('./card/card.component.js').ToggleDetail>;
    'epidural-info-error': CustomEvent<import('./card/card.component.js').ErrorDetail>;
    'epidural-info-content': CustomEvent<import('./card/card.component.js').ContentDetail>;
  }
}
