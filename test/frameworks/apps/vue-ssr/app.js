import { defineComponent, h, onMounted, ref } from 'vue';
import { content } from './content.js';
import EpiduralInfoCard from './epidural-info-card.js';

export default defineComponent({
  setup() {
    const log = ref([]);
    const later = ref(false);
    onMounted(() => (window.__app = { hydrated: true }));
    return () =>
      h('main', [
        h(EpiduralInfoCard, {
          content,
          attributes: { id: 'card', theme: 'dark', 'open-sections': 'benefits', exclusive: true },
          onToggle: (detail) => log.value.push(`${detail.section} ${detail.open}`),
        }),
        h('button', { id: 'navigate', onClick: () => (later.value = true) }, 'Another clinic'),
        h(
          'ul',
          { id: 'log' },
          log.value.map((line) => h('li', line)),
        ),
        later.value &&
          h(EpiduralInfoCard, {
            content: { ...content, title: 'Another clinic' },
            attributes: { id: 'later' },
            onToggle: (detail) => log.value.push(`${detail.section} ${detail.open}`),
          }),
      ]);
  },
});
