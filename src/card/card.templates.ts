import { html, nothing, type TemplateResult } from 'lit';
import type { CardContent, UiStrings } from '../content/types.js';
import { fill } from '../content/ui-strings.js';

// The open/closed icon, drawn in CSS (card.styles.ts).
export const chevron = html`<span class="icon" aria-hidden="true"></span>`;

/*
 * A real <h1>–<h6> at a level chosen at run time (past 6, an h6). Six literal templates compress
 * to almost nothing and avoid lit/static-html. The class doubles as the ::part() name.
 */
export function heading(level: number, name: string, content: unknown): TemplateResult {
  switch (Math.min(level, 6)) {
    case 1:
      return html`<h1 class=${name} part=${name}>${content}</h1>`;
    case 3:
      return html`<h3 class=${name} part=${name}>${content}</h3>`;
    case 4:
      return html`<h4 class=${name} part=${name}>${content}</h4>`;
    case 5:
      return html`<h5 class=${name} part=${name}>${content}</h5>`;
    case 6:
      return html`<h6 class=${name} part=${name}>${content}</h6>`;
    default:
      return html`<h2 class=${name} part=${name}>${content}</h2>`;
  }
}

/* Links leave no window.opener and no referrer behind, wherever they point. */
const link = (href: string, label: unknown, part = 'link') =>
  html`<a href=${href} part=${part} rel="noopener noreferrer">${label}</a>`;

/*
 * The clinic's name, "Credentials" and "Sources" are real headings below the sections' level
 * (screen readers list and jump by them), drawn at the size of body text.
 */
const subheading = (level: number, text: unknown) => heading(level, 'subheading', text);

/** The clinic: name (linked), clinician, rating in words, credentials. `level`: the sections'. */
export function providerTemplate(
  content: CardContent,
  strings: UiStrings,
  level: number,
): TemplateResult | typeof nothing {
  const provider = content.provider;
  if (!provider) return nothing;
  const { rating, credentials } = provider;
  return html`<div class="provider" part="provider">
    ${subheading(level, provider.url ? link(provider.url, provider.name) : provider.name)}
    ${provider.clinician ? html`<p>${provider.clinician}</p>` : nothing}
    ${rating ? html`<p class="rating">${fill(strings.rating, rating)}</p>` : nothing}
    ${
      credentials?.length
        ? html`${subheading(level + 1, strings.credentials)}
            <ul class="credentials">
              ${credentials.map((c) => html`<li>${c}</li>`)}
            </ul>`
        : nothing
    }
  </div>`;
}

/** The call to action, then the review date, sources and closing note. `level`: the sections'. */
export function footerTemplate(
  content: CardContent,
  strings: UiStrings,
  level: number,
): TemplateResult {
  const { cta, sources, lastReviewed, disclaimer } = content;
  return html`${cta ? html`<p>${link(cta.href, cta.label, 'cta')}</p>` : nothing}
  ${
    sources?.length
      ? html`<div class="sources">
          ${subheading(level, strings.sources)}
          <ul>
            ${sources.map((s) => html`<li>${link(s.url, s.title)}</li>`)}
          </ul>
        </div>`
      : nothing
  }
  ${
    lastReviewed
      ? html`<p class="reviewed">
          ${strings.lastReviewed}
          <time datetime=${lastReviewed}>${lastReviewed}</time>
        </p>`
      : nothing
  }
  ${
    disclaimer
      ? html`<p class="disclaimer" part="disclaimer">
          <strong>${strings.disclaimerHeading}</strong> ${disclaimer}
        </p>`
      : nothing
  }`;
}
