'use client';
// A Client Component: the card with an event handler, its events shown on the page.
import { useState } from 'react';
import { EpiduralInfoCard } from 'epidural-info-card/react';
import { content } from '../../content.js';

export function ClinicCard() {
  const [log, setLog] = useState([]);
  return (
    <>
      <EpiduralInfoCard
        id="clinic-card"
        content={{ ...content, title: 'Another clinic' }}
        onToggle={(event) =>
          setLog((lines) => [...lines, `${event.detail.section} ${event.detail.open}`])
        }
      />
      <ul id="log">
        {log.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </>
  );
}
