// Compiled (not run) by the package test: what a TypeScript user of the package sees.
import { EpiduralInfoCard, type ToggleDetail } from 'epidural-info-card';
import { renderCard, styleHashes } from 'epidural-info-card/server';

const prerendered: string = renderCard({
  attributes: { 'open-sections': 'benefits', exclusive: true, 'heading-level': 3 },
  content: { lang: 'en', title: 'T', sections: [{ id: 'a', heading: 'A' }] },
});
const hashes: readonly string[] = styleHashes;
void [prerendered, hashes];
// @ts-expect-error attributes are text, numbers or booleans
renderCard({ attributes: { theme: {} } });

const card: EpiduralInfoCard = document.createElement('epidural-info-card');
card.headingLevel = 3;
card.openSections = ['benefits'];
const done: Promise<void> = card.toggleSection('benefits', true);
void done;

card.addEventListener('epidural-info-toggle', (event) => {
  const detail: ToggleDetail = event.detail;
  const open: boolean = detail.open;
  void open;
});

// @ts-expect-error headingLevel is a number
card.headingLevel = 'three';
// @ts-expect-error theme is light, dark or auto
card.theme = 'purple';

const found = document.querySelector('epidural-info-card');
found?.expandAll();
