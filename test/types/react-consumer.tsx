// Compiled (not run) by the package test: a React 19 + TypeScript site using the card, both
// through epidural-info-card/react and as the bare element in JSX (typed from custom-elements.json
// by epidural-info-card/jsx). Preact and Solid take the same CustomElements map.
import { useRef } from 'react';
import type { CustomElements } from 'epidural-info-card/jsx';
import { EpiduralInfoCard, type EpiduralInfoCardElement } from 'epidural-info-card/react';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}

export function Page() {
  const card = useRef<EpiduralInfoCardElement>(null);
  return (
    <>
      <EpiduralInfoCard
        ref={card}
        content={{ lang: 'en', title: 'T', sections: [{ id: 'a', heading: 'A' }] }}
        openSections={['a']}
        headingLevel={3}
        theme="auto"
        exclusive
        ctaHref="/book"
        structuredData
        onToggle={(event) => {
          const open: boolean = event.detail.open;
          void open;
        }}
        onError={(event) => console.log(event.detail.reason)}
      />
      <epidural-info-card
        heading-level={3}
        theme="dark"
        cta-href="/book"
        onepidural-info-toggle={(event) => {
          const section: string = event.detail.section;
          void section;
        }}
      />
      {/* @ts-expect-error theme is light, dark or auto */}
      <EpiduralInfoCard theme="purple" />
      {/* @ts-expect-error a typo in the content is caught: "titel" */}
      <EpiduralInfoCard content={{ lang: 'en', titel: 'T', sections: [] }} />
      {/* @ts-expect-error the element's attribute is heading-level, not headingLevel */}
      <epidural-info-card headingLevel={3} />
    </>
  );
}
