/** @jsxImportSource preact */
// Compiled (not run) by the package test: a Preact + TypeScript site using the bare element in
// JSX, typed by epidural-info-card/jsx (the same CustomElements map React takes).
import type { CustomElements } from 'epidural-info-card/jsx';

declare module 'preact' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}

export const Page = () => (
  <div>
    <epidural-info-card
      heading-level={3}
      theme="auto"
      open-sections={['benefits']}
      onepidural-info-toggle={(event) => void event.detail.open}
    />
    {/* @ts-expect-error theme is light, dark or auto */}
    <epidural-info-card theme="purple" />
  </div>
);
