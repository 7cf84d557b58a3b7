import type { CardContent } from './types.js';

/**
 * schema.org JSON-LD for search engines and review sites: a MedicalWebPage about a
 * MedicalProcedure, published by the provider as a MedicalClinic (with its aggregateRating) and
 * written by the clinician as a Physician. Only what the content says; nothing is invented.
 * https://schema.org/MedicalWebPage
 */
export function structuredData(content: CardContent, pageUrl: string): object {
  const { provider, intro: description, title: name } = content;
  const absolute = (url?: string) => url && new URL(url, pageUrl).href;
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
    publisher: provider && {
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
