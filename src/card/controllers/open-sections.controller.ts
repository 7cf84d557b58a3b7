import type { PropertyValues, ReactiveElement } from '@lit/reactive-element';
import { fire, reportError, type ErrorDetail, type ToggleDetail } from '../card.events.js';
import { openIds, requestedIds, unknownSections, unknownSectionsProblem } from '../card.options.js';

/**
 * Which sections are open. Every path that opens or closes one (click, key, show all, a method,
 * a URL fragment, find-in-page, new content) comes through `set`, so `epidural-info-toggle` fires
 * exactly once per change, whatever caused it.
 */
export class OpenSections {
  #open = new Set<string>();
  #requested: string[] = [];

  /** `ids`: the collapsible sections of the content now shown, in order. */
  constructor(
    private host: ReactiveElement & { exclusive: boolean; problems: ErrorDetail[] },
    readonly ids: () => string[],
  ) {}

  /** The open ids. */
  get open(): ReadonlySet<string> {
    return this.#open;
  }

  /** The open ids, in content order. */
  get list(): string[] {
    return this.ids().filter((id) => this.#open.has(id));
  }

  /** What open-sections asked for (ids, or `all`): it applies to new content too. */
  request(ids: unknown): void {
    this.#requested = Array.isArray(ids) ? ids : [];
    this.set(requestedIds(this.#requested, this.ids()));
  }

  /** Requested ids the content does not have. */
  unknown(): string[] {
    return unknownSections(this.#requested, this.ids());
  }

  /*
   * Reports requested ids the content lacks, from the card's willUpdate. They wait until the
   * content has settled (`settling`): they may name sections of a src document.
   */
  reportUnknown(changed: PropertyValues, settling: boolean): void {
    const unknown = this.unknown();
    if ((changed.has('content') || changed.has('openSections')) && !settling && unknown.length)
      reportError(this.host, 'unknown-section', unknownSectionsProblem(unknown, this.ids()));
  }

  /** The sections the reader has opened since the card appeared (for epidural-info-feedback). */
  readonly opened = new Set<string>();

  /** New content keeps open what it still has, and open-sections applies to its sections too. */
  keep(): void {
    this.set([...requestedIds(this.#requested, this.ids()), ...this.#open], true);
  }

  /**
   * Opens `ids` and closes the rest. `ids` come in order of priority: with `exclusive`, the first
   * one that exists stays open. Events wait for the first render, and new content's opening
   * state is not a change either.
   */
  set(ids: string[], silent = !this.host.hasUpdated): void {
    const known = this.ids();
    const before = this.#open;
    this.#open = new Set(openIds(known, ids, this.host.exclusive));
    this.host.requestUpdate();
    if (silent) return;
    for (const id of known) {
      const open = this.#open.has(id);
      if (open != before.has(id)) {
        if (open) this.opened.add(id);
        fire<ToggleDetail>(this.host, 'epidural-info-toggle', { section: id, open });
      }
    }
  }

  /** Toggles one section, or opens it when `force` is true and closes it when false. */
  toggle(id: string, force?: boolean): void {
    const others = [...this.#open].filter((other) => other != id);
    this.set((force ?? !this.#open.has(id)) ? [id, ...others] : others);
  }
}
