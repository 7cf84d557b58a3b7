import type { UiStrings } from './types.js';

/** English interface wording: the default, and the base that `strings` overrides one by one. */
export const englishStrings: UiStrings = {
  showAll: 'Show all sections',
  hideAll: 'Hide all sections',
  disclaimerHeading: 'Please note:',
  lastReviewed: 'Last reviewed',
  sources: 'Sources',
  rating: 'Rated {value} out of {best} on {source}',
  credentials: 'Credentials',
  cta: 'Contact the clinic',
  about: 'About this information',
  publishedBy: 'Published by',
  reviewedBy: 'Reviewed by',
  nextReview: 'Next review due',
  disclosure: 'Declaration of interest',
  feedback: 'Was this information useful?',
  yes: 'Yes',
  no: 'No',
  thanks: 'Thank you for your feedback.',
  giveFeedback: 'Feedback',
  feedbackHow: 'Answer the question at the end of this card.',
  fromClinic: 'From the clinic',
  adaptedFrom: 'Adapted from',
  checkedAgainst: 'Last checked against it',
  notReviewed: 'No clinician has reviewed this text for this website.',
  terms: 'Words explained',
  listen: 'Listen',
  stop: 'Stop',
};

/**
 * Fills `{name}` slots in a UI string from `values`' own fields only: `{constructor}` or
 * `{__proto__}` stays as written rather than showing what every object inherits.
 */
export function fill(template: string, values: object): string {
  const named = values as Record<string, unknown>;
  return template.replace(/\{(\w+)\}/g, (slot, name: string) =>
    Object.hasOwn(named, name) ? String(named[name]) : slot,
  );
}
