// Fetches and validates a snapshot (or one of its parts); every failure becomes a plain-language reason, never an exception.
import { type Snapshot, validateSnapshot } from '../../../shared/snapshot';
import { REFUSED } from './source';

export type LoadResult =
  | { readonly ok: true; readonly snapshot: Snapshot }
  | { readonly ok: false; readonly reason: string; readonly transient?: true };

export type FetchFn = (url: string, init?: RequestInit) => Promise<Response>;

type JsonResult = { readonly ok: true; readonly data: unknown } | { ok: false; reason: string };

/**
 * `acceptFinalUrl` sees the address the answer finally came from (after redirects); false refuses
 * the data (web/src/data/source.ts: a same-origin address may not redirect elsewhere).
 */
export async function fetchJson(
  url: string,
  fetchFn: FetchFn,
  timeoutMs = 20_000,
  acceptFinalUrl?: (finalUrl: string) => boolean,
): Promise<JsonResult> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetchFn(url, { cache: 'no-store', signal: abort.signal });
    } catch {
      return {
        ok: false,
        reason: abort.signal.aborted
          ? `The data source did not answer within ${Math.round(timeoutMs / 1000)} seconds (${url}).`
          : `The data source could not be reached (${url}). Check the network or the address.`,
      };
    }
    if (!response.ok) {
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      return {
        ok: false,
        reason:
          response.status === 404
            ? `No snapshot was found at ${url} (404). Publish one from the add-on or pass ?data=<url>.`
            : `The data source answered with an error (HTTP ${status}) for ${url}.`,
      };
    }
    if (acceptFinalUrl && !acceptFinalUrl(response.url)) return { ok: false, reason: REFUSED };
    let text: string;
    try {
      text = await response.text();
    } catch {
      return { ok: false, reason: `The download of ${url} was interrupted.` };
    }
    try {
      return { ok: true, data: JSON.parse(text) };
    } catch {
      return { ok: false, reason: `The data at ${url} is not valid JSON.` };
    }
  } finally {
    clearTimeout(timer);
  }
}

export async function loadSnapshot(
  url: string,
  fetchFn: FetchFn,
  timeoutMs = 20_000,
  acceptFinalUrl?: (finalUrl: string) => boolean,
): Promise<LoadResult> {
  const fetched = await fetchJson(url, fetchFn, timeoutMs, acceptFinalUrl);
  return fetched.ok ? validateSnapshot(fetched.data) : fetched;
}
