import type { CardContent } from './types.js';

/**
 * schema.org JSON-LD for search engines and review sites: a MedicalWebPage about a
 * MedicalProcedure, published by the provider as a MedicalClinic (with its aggregateRating) and
 * written by the clinician as a Physician. Only what the content says; nothing is invented.
 * `absolute` makes a link absolute: the browser's, against the page; a server, which does not know
 * the page, leaves links as they are.
 * https://schema.org/MedicalWebPage
 */
export function structuredData(
  content: CardContent,
  absolute: (url?: string) => string | undefined = (url) => url,
): object {
  const { provider, intro: description, title: name } = content;
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    name,
    inLanguage: content.lang,
    lastReviewed: content.lastReviewed,
    about: { '@type': 'MedicalProcedure', name, description },
    citation: content.sources?.map((s) => ({
      '@type': 'CreativeWork',
      name: s.title,
      url: absolute(s.url),
    })),
    reviewedBy: content.reviewedBy && {
      '@type': 'Person',
      name: content.reviewedBy.name,
      jobTitle: content.reviewedBy.role,
    },
    // The content's own publisher where it names one; else the clinic offering the procedure.
    publisher: content.publisher
      ? {
          '@type': 'Organization',
          name: content.publisher.name,
          url: absolute(content.publisher.url),
        }
      : provider && {
          '@type': 'MedicalClinic',
          name: provider.name,
          url: absolute(provider.url),
          aggregateRating: provider.rating && {
            '@type': 'AggregateRating',
            ratingValue: provider.rating.value,
            bestRating: provider.rating.best,
            author: { '@type': 'Organization', name: provider.rating.source },
          },
        },
    author: provider?.clinician && { '@type': 'Physician', name: provider.clinician },
  };
}

/** The Trusted Types policy the JSON-LD needs where a page enforces Trusted Types. */
export const JSON_LD_POLICY = 'epidural-info-card-json-ld';

let policy: { createScript(text: string): string } | undefined;

/*
 * The JSON-LD as script text. Trusted Types guards a script's text even for data blocks (Firefox
 * reports it, Chromium throws), so where the page has Trusted Types the text goes through the
 * card's own policy, created the first time a card writes structured data.
 */
export const scriptText = (json: string): string =>
  (policy ??= (window as { trustedTypes?: { createPolicy: Function } }).trustedTypes?.createPolicy(
    JSON_LD_POLICY,
    { createScript: (text: string) => text },
  ))?.createScript(json) ?? json;
