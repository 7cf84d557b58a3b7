/*
 * The element's options as plain functions, so that the element and a server (prerendering a card
 * from the same attributes) read them alike and report a bad one in the same words.
 */

/** Whether `level` is a heading level, 1–6. */
export const isHeadingLevel = (level: unknown): level is number =>
  [1, 2, 3, 4, 5, 6].includes(level as number);

export const headingLevelProblem = (level: unknown) =>
  `heading-level must be 1–6, not "${level}"; using 2.`;

/** The theme to draw: an unknown one is light. */
export const themeOf = (theme: unknown) =>
  theme == 'dark' || theme == 'auto' ? (theme as 'dark' | 'auto') : 'light';

export const themeProblem = (theme: unknown) =>
  `theme must be light, dark or auto, not "${theme}"; using light.`;

/** The ids open-sections asks for (`all` is every one), that the content does not have. */
export const unknownSections = (requested: string[], known: string[]) =>
  requested.filter((id) => id != 'all' && !known.includes(id));

export const unknownSectionsProblem = (unknown: string[], known: string[]) =>
  `open-sections: no section "${unknown.join('", "')}" (sections: ${known.join(', ')}).`;

/**
 * The sections to open, in content order: those of `ids` the content has (`all` is every one).
 * `ids` come in order of priority: with `exclusive`, the first one that exists stays open.
 */
export function openIds(known: string[], ids: string[], exclusive: boolean): string[] {
  if (ids.includes('all')) ids = known;
  const open = known.filter((id) => ids.includes(id));
  return exclusive && open.length > 1 ? [ids.find((id) => open.includes(id))!] : open;
}
