import { parseContent, type ValidationResult } from './validate.js';

/** How long a card waits for its `src` document, in milliseconds, before it gives up. */
export const FETCH_TIMEOUT = 10_000;

// One request, and one validation, per URL for the page's lifetime, however many cards name it.
const requests = new Map<string, Promise<ValidationResult>>();

/**
 * The JSON document at `url` (resolved against the page), fetched once and validated. Never
 * rejects: a failed request is a `fetch-failed` or `timeout` problem.
 */
export function fetchContent(url: string): Promise<ValidationResult> {
  const absolute = new URL(url, document.baseURI).href;
  if (!requests.has(absolute)) requests.set(absolute, fetchAndParse(absolute));
  return requests.get(absolute)!;
}

async function fetchAndParse(url: string): Promise<ValidationResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), FETCH_TIMEOUT);
  try {
    const response = await fetch(url, { signal: controller.signal });
    if (response.ok) return parseContent(await response.text());
    return failed('fetch-failed', `src ${url}: HTTP ${response.status}.`);
  } catch (error) {
    return controller.signal.aborted
      ? failed('timeout', `src ${url}: no answer within ${FETCH_TIMEOUT / 1000} s.`)
      : failed('fetch-failed', `src ${url}: ${error}.`);
  } finally {
    clearTimeout(timer);
  }
}

const failed = (reason: 'fetch-failed' | 'timeout', message: string): ValidationResult => ({
  problems: [{ reason, message }],
});
