import type { PropertyValues, ReactiveElement } from '@lit/reactive-element';
import { describe } from '../content/validate.js';
import { reportError, type ErrorDetail } from './card.events.js';

/*
 * The element's options as plain functions, so that the element and a server (prerendering a card
 * from the same attributes) read them alike and report a bad one in the same words.
 */

/** Whether `level` is a heading level, 1–6. */
export const isHeadingLevel = (level: unknown): level is number =>
  [1, 2, 3, 4, 5, 6].includes(level as number);

export const headingLevelProblem = (level: unknown) =>
  `heading-level must be 1–6, not ${describe(String(level))}; using 2.`;

/** The theme to draw: an unknown one is light. */
export const themeOf = (theme: unknown) =>
  theme == 'dark' || theme == 'auto' ? (theme as 'dark' | 'auto') : 'light';

export const themeProblem = (theme: unknown) =>
  `theme must be light, dark or auto, not ${describe(String(theme))}; using light.`;

/** The ids open-sections asks for (`all` is every one), that the content does not have. */
export const unknownSections = (requested: string[], known: string[]) =>
  requested.filter((id) => id != 'all' && !known.includes(id));

/* At most ten names in a message, each cut at 40 characters: a list may be 100 000 long. */
const names = (list: string[]) =>
  list.slice(0, 10).map(describe).join(', ') +
  (list.length > 10 ? ` and ${list.length - 10} more` : '');

export const unknownSectionsProblem = (unknown: string[], known: string[]) =>
  `open-sections: no section ${names(unknown)} (sections: ${names(known)}).`;

/**
 * What `open-sections` asks for, as ids: `all` is every section. Only the attribute (or the
 * property) has that word; a section whose id is "all" opens alone from its button or a link.
 */
export const requestedIds = (requested: string[], known: string[]) =>
  requested.includes('all') ? known : requested;

/**
 * The sections to open, in content order: those of `ids` the content has. `ids` come in order of
 * priority: with `exclusive`, the first one that exists stays open.
 */
export function openIds(known: string[], ids: string[], exclusive: boolean): string[] {
  const open = known.filter((id) => ids.includes(id));
  return exclusive && open.length > 1 ? [ids.find((id) => open.includes(id))!] : open;
}

/** The options as an element holds them. */
export interface CardOptions {
  headingLevel: number;
  exclusive: boolean;
  theme: string;
  feedback?: boolean;
}

/** Reports a heading level or theme the card cannot use, as it changes (the default is used). */
export function reportOptions(
  host: ReactiveElement & CardOptions & { problems: ErrorDetail[] },
  changed: PropertyValues,
): void {
  if (changed.has('headingLevel') && !isHeadingLevel(host.headingLevel))
    reportError(host, 'invalid-heading-level', headingLevelProblem(host.headingLevel));
  if (changed.has('theme') && themeOf(host.theme) != host.theme)
    reportError(host, 'invalid-theme', themeProblem(host.theme));
}
