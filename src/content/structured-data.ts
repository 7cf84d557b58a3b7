import type { CardContent } from './types.js';

/**
 * schema.org JSON-LD for search engines and review sites: a MedicalWebPage about a
 * MedicalProcedure, published by the provider as a MedicalClinic (with its aggregateRating) and
 * written by the clinician as a Physician. Only what the content says; nothing is invented.
 * `absolute` makes a link absolute; by default links are left as they are (a server does not know
 * the page's address, and a JSON-LD reader resolves them against it). Written by a server render
 * only: the embed script carries none of it.
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
