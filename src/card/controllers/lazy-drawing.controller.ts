import type { ReactiveController, ReactiveElement } from '@lit/reactive-element';

// The cards in the document (a prerendered one may disconnect before its turn to connect).
const connected = new Set<LazyDrawing>();

/*
 * Whether a card may skip drawing while far off screen (card.styles.ts `.lazy`): only on a page
 * of many cards, where that saves the most, and never for a prerendered one. Chromium paints a
 * newly skippable card's 40em guess for one frame even when it is in view, a small layout shift
 * (0.005 for one card) that a page of a few cards has no reason to pay.
 */
export class LazyDrawing implements ReactiveController {
  constructor(host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this);
  }

  hostDisconnected(): void {
    connected.delete(this);
  }

  /** Whether this card may skip drawing off screen; `prerendered`: it came with its markup. */
  isLazy(prerendered: boolean): boolean {
    return !prerendered && connected.size > 10;
  }
}
