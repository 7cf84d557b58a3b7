import type { ReactiveController, ReactiveElement } from '@lit/reactive-element';

// Once per document: started by the first card to connect.
let started = false;

/*
 * In a frame (a site builder's embed box, the standalone embed page), the page around the frame
 * cannot see how tall the card is, and a frame of fixed height would hide the end of it: tell
 * that page the document's height, now and each time it changes (a section opened or closed, the
 * frame made narrower), so a few lines of its own can size the frame (README: "In an iframe").
 * The message is `{ type: 'epidural-info-card-height', height }` (CSS pixels) and says nothing
 * else. In the top window, nothing.
 */
export class FrameHeight implements ReactiveController {
  constructor(host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (started || parent == self) return;
    started = true;
    new ResizeObserver(() =>
      parent.postMessage(
        {
          type: 'epidural-info-card-height',
          height: Math.ceil(document.documentElement.getBoundingClientRect().height),
        },
        '*',
      ),
    ).observe(document.documentElement);
  }
}
