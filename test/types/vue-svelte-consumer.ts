// Compiled (not run) by the package test: the element's typings for Vue templates
// (GlobalComponents, from epidural-info-card/vue) and Svelte 5 (svelteHTML, from the JSX map).
import type { GlobalComponents } from 'vue';
import type { CustomElements } from 'epidural-info-card/jsx';
import type {} from 'epidural-info-card/vue';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace svelteHTML {
    interface IntrinsicElements extends CustomElements {}
  }
}

type VueCard = GlobalComponents['epidural-info-card'];
const vueCard: VueCard | undefined = undefined;
void vueCard;

const svelteProps: svelteHTML.IntrinsicElements['epidural-info-card'] = {
  'heading-level': 3,
  theme: 'dark',
  'onepidural-info-toggle': (event) => void event.detail.open,
};
void svelteProps;
// @ts-expect-error theme is light, dark or auto
const wrong: CustomElements['epidural-info-card'] = { theme: 'purple' };
void wrong;
