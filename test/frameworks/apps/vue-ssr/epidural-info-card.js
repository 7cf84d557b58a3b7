// The README's Vue 3 recipe: <epidural-info-card> server-rendered as the prerendered card and
// hydrated. The markup comes from renderCardParts(), the same as renderCard()'s.
import { defineComponent, h } from 'vue';
import 'epidural-info-card';
import { renderCardParts } from 'epidural-info-card/server';

export default defineComponent({
  name: 'EpiduralInfoCard',
  props: { content: Object, attributes: Object },
  emits: ['toggle'],
  setup(props, { emit }) {
    const onToggle = (event) => emit('toggle', event.detail);
    return () => {
      let parts;
      try {
        parts = renderCardParts({ attributes: props.attributes, content: props.content });
      } catch {
        // Options the card refuses: the bare element reports them itself, in the browser.
      }
      const attributes = parts?.attributes ?? props.attributes;
      // On the server, the declarative shadow root and the JSON child. In the browser Vue sets
      // every prop of a custom element as it hydrates: content as the property, and no innerHTML,
      // which would replace the light DOM the card keeps.
      return typeof document == 'undefined' && parts
        ? h('epidural-info-card', { ...attributes, innerHTML: parts.innerHTML })
        : h('epidural-info-card', {
            ...attributes,
            content: props.content,
            'onEpidural-info-toggle': onToggle,
          });
    };
  },
});
