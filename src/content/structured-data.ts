import type { CardContent } from './types.js';

/**
 * schema.org JSON-LD for search engines and review sites: a MedicalWebPage about a
 * MedicalProcedure, published by the provider as a MedicalClinic (with its aggregateRating) and
 * written by the clinician as a Physician. Only what the content says; nothing is invented.
 * https://schema.org/MedicalWebPage
 */
export function structuredData(content: CardContent, pageUrl: string): object {
  const { provider } = content;
  const absolute = (url: string) => new URL(url, pageUrl).href;
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    url: pageUrl,
    name: content.title,
    inLanguage: content.lang,
    description: content.intro,
    lastReviewed: content.lastReviewed,
    about: { '@type': 'MedicalProcedure', name: content.title, description: content.intro },
    citation: content.sources?.map((s) => ({
      '@type': 'CreativeWork',
      name: s.title,
      url: absolute(s.url),
    })),
    publisher: provider && {
      '@type': 'MedicalClinic',
      name: provider.name,
      url: provider.url && absolute(provider.url),
      aggregateRating: provider.rating && {
        '@type': 'AggregateRating',
        ratingValue: provider.rating.value,
        bestRating: provider.rating.best,
        author: { '@type': 'Organization', name: provider.rating.source },
      },
    },
    author: provider?.clinician && {
      '@type': 'Physician',
      name: provider.clinician,
      url: provider.url && absolute(provider.url),
    },
  };
}
