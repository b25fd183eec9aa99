// Fetches and validates a snapshot (or one of its parts); every failure becomes a plain-language reason, never an exception.
import { type Snapshot, validateSnapshot } from '../../../shared/snapshot';
import {
  FreshnessMemo,
  isAppsScriptWebApp,
  type Seen,
  sameValidators,
  versionUrl,
} from './freshness';
import { REFUSED } from './source';

export type LoadResult =
  | {
      readonly ok: true;
      readonly snapshot: Snapshot;
      /** The source's snapshot has not changed since the last load: `snapshot` is that same object. */
      readonly unchanged?: true;
    }
  | { readonly ok: false; readonly reason: string; readonly transient?: true };

type Loaded = Extract<LoadResult, { ok: true }>;

/** What the team site advises after a 404; the org page gives its own advice (web/src/org/load.ts). */
export const NOT_FOUND_HINT = 'Publish one from the add-on or pass ?data=<url>.';

export type FetchFn = (url: string, init?: RequestInit) => Promise<Response>;

type JsonResult =
  | {
      readonly ok: true;
      readonly data: unknown;
      readonly etag: string | null;
      readonly lastModified: string | null;
    }
  | { ok: false; reason: string };

/** A revalidated request's answer: the data, or `unchanged` (the copy seen before is current). */
type Revalidated = JsonResult | { readonly ok: true; readonly unchanged: true };

type Validators = Pick<Seen<unknown>, 'etag' | 'lastModified'>;

/** Bytes received so far and the size the server announced (null when it did not). */
export type ProgressFn = (received: number, total: number | null) => void;

/**
 * Reads the body chunk by chunk, reporting progress and calling `alive` on each chunk, so a large
 * snapshot on a slow line keeps loading as long as bytes keep coming.
 */
async function readBody(response: Response, alive: () => void, onProgress?: ProgressFn) {
  if (!onProgress || !response.body) return response.text();
  const reader = response.body.getReader();
  const announced = Number(response.headers.get('content-length'));
  const total = Number.isFinite(announced) && announced > 0 ? announced : null;
  const decoder = new TextDecoder();
  let text = '';
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    alive();
    received += value.byteLength;
    text += decoder.decode(value, { stream: true });
    onProgress(received, total);
  }
  return text + decoder.decode();
}

/**
 * `acceptFinalUrl` sees the address the answer finally came from (after redirects); false refuses
 * the data (web/src/data/source.ts: a same-origin address may not redirect elsewhere).
 * `timeoutMs` is a silence limit, not a deadline: it restarts whenever a chunk of the body arrives,
 * so a slow but moving download of a 1,000-rep snapshot is never cut off.
 */
export async function fetchJson(
  url: string,
  fetchFn: FetchFn,
  timeoutMs = 20_000,
  acceptFinalUrl?: (finalUrl: string) => boolean,
  onProgress?: ProgressFn,
): Promise<JsonResult> {
  const r = await request(
    url,
    fetchFn,
    timeoutMs,
    acceptFinalUrl,
    'no-store',
    undefined,
    onProgress,
  );
  // Without validators nothing is ever `unchanged`: this only narrows the type.
  return 'unchanged' in r ? { ok: false, reason: `The data at ${url} did not arrive.` } : r;
}

async function request(
  url: string,
  fetchFn: FetchFn,
  timeoutMs: number,
  acceptFinalUrl: ((finalUrl: string) => boolean) | undefined,
  /**
   * `no-cache` keeps the answer in the browser's HTTP cache and revalidates it next time (the
   * browser sends If-None-Match / If-Modified-Since; a 304 costs no download); `no-store` always
   * downloads the whole answer and keeps nothing.
   */
  cache: RequestCache,
  /**
   * What the last download of `url` carried: an answer with the same validators (or a 304) is
   * `unchanged`, its body never read.
   */
  revalidate?: Validators,
  onProgress?: ProgressFn,
): Promise<Revalidated> {
  const abort = new AbortController();
  let timer = setTimeout(() => abort.abort(), timeoutMs);
  const alive = () => {
    clearTimeout(timer);
    timer = setTimeout(() => abort.abort(), timeoutMs);
  };
  try {
    let response: Response;
    try {
      response = await fetchFn(url, { cache, signal: abort.signal });
    } catch {
      return {
        ok: false,
        reason: abort.signal.aborted
          ? `The data source sent nothing for ${Math.round(timeoutMs / 1000)} seconds (${url}).`
          : `The data source could not be reached (${url}). Check the network or the address.`,
      };
    }
    if (revalidate && response.status === 304) return { ok: true, unchanged: true };
    if (!response.ok) {
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      return {
        ok: false,
        reason:
          response.status === 404
            ? `No snapshot was found at ${url} (404). ${NOT_FOUND_HINT}`
            : `The data source answered with an error (HTTP ${status}) for ${url}.`,
      };
    }
    if (acceptFinalUrl && !acceptFinalUrl(response.url)) return { ok: false, reason: REFUSED };
    const etag = response.headers.get('etag');
    const lastModified = response.headers.get('last-modified');
    if (revalidate && sameValidators(revalidate, etag, lastModified))
      return { ok: true, unchanged: true };
    let text: string;
    try {
      text = await readBody(response, alive, onProgress);
    } catch {
      return {
        ok: false,
        reason: abort.signal.aborted
          ? `The download of ${url} stalled: nothing arrived for ${Math.round(timeoutMs / 1000)} seconds.`
          : `The download of ${url} was interrupted.`,
      };
    }
    try {
      return { ok: true, data: JSON.parse(text), etag, lastModified };
    } catch {
      return { ok: false, reason: `The data at ${url} is not valid JSON.` };
    }
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Loads the snapshot at `url`. Polled each minute, it downloads the snapshot again only when it
 * changed: an Apps Script web app is asked `?version` first (a few bytes), a static host is asked
 * to revalidate (web/src/data/freshness.ts). An unchanged snapshot comes back as the same object,
 * marked `unchanged`.
 */
export async function loadSnapshot(
  url: string,
  fetchFn: FetchFn,
  timeoutMs = 20_000,
  acceptFinalUrl?: (finalUrl: string) => boolean,
  /** What this source sent before (a store keeps one per source); without it, always a full download. */
  memo?: FreshnessMemo<Loaded>,
  onProgress?: ProgressFn,
): Promise<LoadResult> {
  const seen = memo?.get(url);
  const version = isAppsScriptWebApp(url)
    ? await probeVersion(url, fetchFn, timeoutMs, acceptFinalUrl)
    : null;
  if (seen && version !== null && version === seen.version)
    return { ...seen.value, unchanged: true };
  const cache = memo ? 'no-cache' : 'no-store';
  const fetched = await request(url, fetchFn, timeoutMs, acceptFinalUrl, cache, seen, onProgress);
  if (!fetched.ok) return fetched;
  if ('unchanged' in fetched) {
    // A 304 or the same validators: only possible with a copy seen before.
    return seen
      ? { ...seen.value, unchanged: true }
      : { ok: false, reason: `The data at ${url} did not arrive.` };
  }
  const result = validateSnapshot(fetched.data);
  if (result.ok) {
    memo?.set(url, {
      etag: fetched.etag,
      lastModified: fetched.lastModified,
      version,
      value: result,
    });
  }
  return result;
}

/** The web app's `?version` answer, or null when it gives none (not published, an error, an older add-on). */
async function probeVersion(
  url: string,
  fetchFn: FetchFn,
  timeoutMs: number,
  acceptFinalUrl?: (finalUrl: string) => boolean,
): Promise<string | null> {
  const fetched = await request(versionUrl(url), fetchFn, timeoutMs, acceptFinalUrl, 'no-store');
  if (!fetched.ok || !('data' in fetched)) return null;
  const data = fetched.data as { version?: unknown } | null;
  return data !== null && typeof data === 'object' && typeof data.version === 'string'
    ? data.version
    : null;
}
