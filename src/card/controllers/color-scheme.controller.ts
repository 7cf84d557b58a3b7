import type { ReactiveController, ReactiveElement } from '@lit/reactive-element';

// One query and one listener for the page: theme="auto" cards follow it, live.
const prefersDark = matchMedia('(prefers-color-scheme: dark)');
const cards = new Set<ReactiveElement>();
prefersDark.addEventListener('change', () => cards.forEach((card) => card.requestUpdate()));

/** The colour theme: light, dark, or `auto` to follow the reader's system setting. */
export class ColorScheme implements ReactiveController {
  constructor(private host: ReactiveElement & { theme: string }) {
    host.addController(this);
  }

  hostConnected(): void {
    cards.add(this.host);
  }

  hostDisconnected(): void {
    cards.delete(this.host);
  }

  get isDark(): boolean {
    const { theme } = this.host;
    return theme == 'dark' || (theme == 'auto' && prefersDark.matches);
  }
}
