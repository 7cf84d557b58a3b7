import {
  describe,
  failed,
  MAX_CONTENT_LENGTH,
  parseContent,
  type ContentProblem,
  type ValidationResult,
} from './validate.js';

/** How long a card waits for its `src` document, in milliseconds, before it gives up. */
export const FETCH_TIMEOUT = 10_000;

// One request, and one validation, per URL for the page's lifetime, however many cards name it.
const requests = new Map<string, Promise<ValidationResult>>();

/**
 * The JSON document at `url` (resolved against `base`, the card's own base URL: a page's
 * `document.baseURI` can be shadowed by an `<img name="baseURI">`), fetched once and validated.
 * Never rejects and never throws: a `src` that is no http: or https: URL is an `invalid-src`
 * problem, a failed request a `fetch-failed` or `timeout` one.
 */
export function fetchContent(url: string, base: string): Promise<ValidationResult> {
  let absolute: string;
  try {
    absolute = new URL(url, base).href;
  } catch {
    return answer('invalid-src', `src ${describe(url)} is not a URL.`);
  }
  // data:, blob:, file: and the rest are no place a clinic publishes content.
  if (!/^https?:/.test(absolute))
    return answer('invalid-src', `src ${describe(url)} must be an https: or http: URL.`);
  if (!requests.has(absolute)) requests.set(absolute, fetchAndParse(absolute));
  return requests.get(absolute)!;
}

async function fetchAndParse(url: string): Promise<ValidationResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), FETCH_TIMEOUT);
  try {
    const response = await fetch(url, { signal: controller.signal });
    if (!response.ok) return failed('fetch-failed', `src ${url}: HTTP ${response.status}.`);
    // A page served instead of the document (a CMS's "not found" page answered 200) is not JSON.
    const type = response.headers.get('content-type');
    if (type && !/json|^text\/plain/i.test(type))
      return failed('invalid-json', `src ${url}: served as ${type.split(';')[0]}, not JSON.`);
    const text = await readText(response, controller);
    return text === undefined
      ? failed('too-large', `src ${url}: more than ${MAX_CONTENT_LENGTH} characters, the limit.`)
      : parseContent(text);
  } catch (error) {
    return controller.signal.aborted
      ? failed('timeout', `src ${url}: no answer within ${FETCH_TIMEOUT / 1000} s.`)
      : failed('fetch-failed', `src ${url}: ${error}.`);
  } finally {
    clearTimeout(timer);
  }
}

/*
 * The body as text, or undefined as soon as it is known to be over the limit: from its
 * Content-Length (a character is at most 3 bytes of UTF-8) before a byte is read, else while it
 * streams, the rest never downloaded (a 50 MB file, a gzip bomb). Like response.text(), it skips
 * a byte-order mark.
 */
async function readText(response: Response, controller: AbortController) {
  const tooLarge = () => (controller.abort(), undefined);
  if (Number(response.headers.get('content-length')) > 3 * MAX_CONTENT_LENGTH) return tooLarge();
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (let chunk; reader && !(chunk = await reader.read()).done;) {
    text += decoder.decode(chunk.value, { stream: true });
    if (text.length > MAX_CONTENT_LENGTH) return tooLarge();
  }
  return text + decoder.decode();
}

const answer = async (reason: ContentProblem['reason'], message: string) => failed(reason, message);
