/*
 * The card's events and its one way of reporting a problem: a console error and an
 * `epidural-info-error` event with the same message, so that the host can listen as well as read.
 */
import { describe } from '../content/validate.js';

/** `detail` of the `epidural-info-toggle` event. */
export interface ToggleDetail {
  /** Id of the section that opened or closed. */
  section: string;
  /** Whether it is now open. */
  open: boolean;
}

/** `detail` of the `epidural-info-error` event. */
export interface ErrorDetail {
  /** A stable, machine-readable cause, e.g. `invalid-content` or `unknown-section`. */
  reason: string;
  /** The same text the console shows, naming the bad field's path where there is one. */
  message: string;
}

/** `detail` of the `epidural-info-feedback` event. */
export interface FeedbackDetail {
  /** The reader's answer to "Was this information useful?". */
  useful: boolean;
  /** Ids of the sections the reader opened, in the order they first opened them. */
  sections: string[];
}

/** `detail` of the `epidural-info-content` event. */
export interface ContentDetail {
  /** Where the content now shown came from. */
  from: 'property' | 'script' | 'src' | 'html';
}

/** A card that reports problems: it keeps them in `problems`. */
export type ReportingHost = HTMLElement & {
  updateComplete: Promise<unknown>;
  problems: ErrorDetail[];
};

/** Fires a bubbling, composed event from the card. */
export function fire<T>(card: HTMLElement, type: string, detail: T): void {
  card.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
}

/*
 * Which card, for a page of many: its id, else its src, else its place among the page's cards
 * (counted when the problem is reported).
 */
function nameOf(card: HTMLElement & { src?: string }): string {
  // The property: set by script, it is not reflected to the attribute.
  const src = card.src;
  const all: Element[] = [...document.querySelectorAll('epidural-info-card')];
  const place = all.indexOf(card);
  return `<epidural-info-card${
    card.id
      ? ` id=${describe(card.id)}>`
      : src
        ? ` src=${describe(src)}>`
        : place < 0
          ? '>'
          : `> (card ${place + 1} of ${all.length})`
  }`;
}

/**
 * Reports a problem: a console error (or, for content still shown as it is, a warning) naming the
 * card now, kept in the card's `problems` for a
 * listener that comes later, and the event once the card is in the document.
 */
export async function reportError(
  card: ReportingHost,
  reason: string,
  message: string,
  warning = false,
): Promise<void> {
  (warning ? console.warn : console.error)(`${nameOf(card)}: ${message}`);
  card.problems.push({ reason, message });
  // Attributes are read before the card joins the document, where an event would reach no one.
  if (!card.isConnected) await card.updateComplete;
  fire<ErrorDetail>(card, 'epidural-info-error', { reason, message });
}
