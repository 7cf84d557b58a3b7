// A review site's page in React: a clinic's card with its own content, a theme switch, the
// events shown on the page, and a second card that arrives later (client-side navigation).
import * as React from 'react';
import { EpiduralInfoCard } from 'epidural-info-card/react';
import { content } from './content.js';

const h = React.createElement;

export function App() {
  const [theme, setTheme] = React.useState('light');
  const [log, setLog] = React.useState([]);
  const [later, setLater] = React.useState(false);
  const card = React.useRef(null);
  React.useEffect(() => {
    window.__app = { hydrated: true, ref: card };
  }, []);
  const onToggle = (event) =>
    setLog((lines) => [...lines, `${event.detail.section} ${event.detail.open}`]);
  return h(
    'main',
    null,
    h(EpiduralInfoCard, {
      id: 'card',
      ref: card,
      content,
      theme,
      openSections: ['benefits'],
      ctaHref: '/book',
      ctaLabel: 'Book now',
      structuredData: true,
      onToggle,
    }),
    h('button', { id: 'dark', onClick: () => setTheme('dark') }, 'Dark'),
    h('button', { id: 'navigate', onClick: () => setLater(true) }, 'Another clinic'),
    h(
      'ul',
      { id: 'log' },
      log.map((line, i) => h('li', { key: i }, line)),
    ),
    later &&
      h(EpiduralInfoCard, {
        id: 'later',
        content: { ...content, title: 'Another clinic' },
        onToggle,
      }),
  );
}
