import type { CardContent } from './types.js';
import { englishStrings } from './ui-strings.js';
import { validateContent, type ValidationResult } from './validate.js';

/** The attributes that lay a call to action and a clinic over any content. */
export interface OverlayAttributes {
  ctaHref?: string | null;
  ctaLabel?: string | null;
  providerName?: string | null;
  providerHref?: string | null;
}

/* `base` with the attribute values that are set laid over it (and `defaults` under it). */
function overlay<T>(base: T | undefined, attributes: object, defaults = {}): T | undefined {
  const set = Object.entries(attributes).filter(([, value]) => value != null);
  return set.length ? ({ ...defaults, ...base, ...Object.fromEntries(set) } as T) : base;
}

/**
 * The content with the simple attributes (cta-href, provider-name, …) laid over it, validated
 * like any content: a problem names the attributes, and the content stays as it was.
 */
export function withAttributes(base: CardContent, attributes: OverlayAttributes): ValidationResult {
  const { ctaHref, ctaLabel, providerName, providerHref } = attributes;
  if ([ctaHref, ctaLabel, providerName, providerHref].every((value) => value == null))
    return { content: base, problems: [] };
  const result = validateContent({
    ...base,
    cta: overlay(
      base.cta,
      { label: ctaLabel, href: ctaHref },
      { label: base.strings?.cta ?? englishStrings.cta },
    ),
    provider: overlay(base.provider, { name: providerName, url: providerHref }),
  });
  return {
    content: result.content ?? base,
    problems: result.problems.map((p) => ({
      ...p,
      message: `cta-… / provider-… attributes: ${p.message}`,
    })),
  };
}
