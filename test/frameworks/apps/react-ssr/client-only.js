// The same card in an app React renders in the browser alone (createRoot, as a Vite app does),
// with no server render first: every option is set by React on the client.
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { EpiduralInfoCard } from 'epidural-info-card/react';
import { content } from './content.js';

const h = React.createElement;

function App() {
  const [exclusive, setExclusive] = React.useState(true);
  const [answers, setAnswers] = React.useState([]);
  return h(
    'main',
    null,
    h(EpiduralInfoCard, {
      id: 'card',
      content,
      exclusive,
      openSections: ['all'],
      structuredData: true,
      feedback: true,
      onFeedback: (event) => setAnswers((a) => [...a, String(event.detail.useful)]),
    }),
    h('button', { id: 'exclusive', onClick: () => setExclusive((e) => !e) }, 'Exclusive'),
    h('output', { id: 'answers' }, answers.join(' ')),
  );
}

createRoot(document.getElementById('root')).render(h(App));
