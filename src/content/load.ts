/** How long a card waits for its `src` document, in milliseconds, before it gives up. */
export const FETCH_TIMEOUT = 10_000;

/** Why a `src` document could not be read. */
export class LoadError extends Error {
  constructor(
    readonly reason: 'fetch-failed' | 'timeout',
    message: string,
  ) {
    super(message);
  }
}

// One request per URL for the page's lifetime, however many cards name it.
const requests = new Map<string, Promise<string>>();

/** The text of the JSON document at `url` (resolved against the page), fetched once. */
export function fetchContent(url: string): Promise<string> {
  const absolute = new URL(url, document.baseURI).href;
  let request = requests.get(absolute);
  if (!request) {
    request = fetchText(absolute);
    requests.set(absolute, request);
  }
  return request;
}

async function fetchText(url: string): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), FETCH_TIMEOUT);
  try {
    const response = await fetch(url, { signal: controller.signal });
    if (!response.ok) throw new LoadError('fetch-failed', `src ${url}: HTTP ${response.status}.`);
    // Oversized documents are refused by parseContent, after the download.
    return await response.text();
  } catch (error) {
    if (error instanceof LoadError) throw error;
    throw controller.signal.aborted
      ? new LoadError('timeout', `src ${url}: no answer within ${FETCH_TIMEOUT / 1000} s.`)
      : new LoadError('fetch-failed', `src ${url}: ${error}.`);
  } finally {
    clearTimeout(timer);
  }
}
