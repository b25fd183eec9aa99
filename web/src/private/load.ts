// Opens a rep's private page: the link's fragment, the sealed file from the site, WebCrypto, valibot.
import {
  BIN_PARAM,
  bundlePath,
  fromBase64url,
  openBundle,
  parseFragment,
  type PrivateBundle,
  type SubtleLike,
  validateBundle,
} from '../../../shared/private';
import { checkDataSource, redirectAllowed } from '../data/source';

/** What opening gave: the page, or the one reason it cannot be shown (each has its own message). */
export type PageState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ok'; readonly page: PrivateBundle }
  /** The address has no id and key (or a malformed one): not a whole personal link. */
  | { readonly kind: 'no_link' }
  /** No file for this link: its key was rotated, or pages are no longer published. */
  | { readonly kind: 'gone' }
  | { readonly kind: 'wrong_key' }
  | { readonly kind: 'damaged' }
  /** The site could not be reached, or answered with something that is not a page. */
  | { readonly kind: 'unreachable'; readonly detail: string }
  /** Opened, but not a page this site version knows (a newer or older format). */
  | { readonly kind: 'unknown_format' };

export type Fetcher = (url: string) => Promise<Response>;

type Fetched = { readonly file: Uint8Array } | PageState;

/** The sealed file beside the site: `private/<id>.bin`. */
async function fromSite(id: string, base: string, fetcher: Fetcher): Promise<Fetched> {
  let response: Response;
  try {
    response = await fetcher(new URL(bundlePath(id), base).href);
  } catch {
    return { kind: 'unreachable', detail: 'The site could not be reached.' };
  }
  if (response.status === 404 || response.status === 410) return { kind: 'gone' };
  if (!response.ok) return { kind: 'unreachable', detail: `The site answered ${response.status}.` };
  return { file: new Uint8Array(await response.arrayBuffer()) };
}

/**
 * The sealed file from the add-on's web app (`?data=<exec URL>` in the link, checked like the
 * site's own data sources): `<exec>?bin=<id>` answers `{ "bin": "<base64url>" }`, or
 * `{ "error": "not_found" }` once the link was rotated. The key is never sent.
 */
async function fromWebApp(
  id: string,
  data: string,
  base: string,
  fetcher: Fetcher,
  allowed: readonly string[],
): Promise<Fetched> {
  const check = checkDataSource(data, base, allowed);
  if (!check.ok)
    return {
      kind: 'unreachable',
      detail:
        'This link reads from a source the site’s owner has not allowed, so nothing was loaded.',
    };
  const url = new URL(check.url);
  url.searchParams.set(BIN_PARAM, id);
  let body: unknown;
  try {
    const response = await fetcher(url.href);
    if (!redirectAllowed(check, response.url, base, allowed))
      return { kind: 'unreachable', detail: 'The data source sent the page elsewhere.' };
    if (!response.ok)
      return { kind: 'unreachable', detail: `The data source answered ${response.status}.` };
    body = await response.json();
  } catch {
    return { kind: 'unreachable', detail: 'The data source could not be reached.' };
  }
  const answer = (body ?? {}) as { bin?: unknown; error?: unknown };
  if (answer.error === 'not_found') return { kind: 'gone' };
  const file = typeof answer.bin === 'string' ? fromBase64url(answer.bin) : null;
  if (file === null)
    return {
      kind: 'unreachable',
      detail: 'The data source did not answer with a private page file.',
    };
  return { file };
}

export async function openPage(
  hash: string,
  base: string,
  fetcher: Fetcher = (url) => fetch(url, { cache: 'no-store', credentials: 'omit' }),
  subtle: SubtleLike = globalThis.crypto?.subtle as unknown as SubtleLike,
  /** The site owner's other data sources (private.html's bellringer-data-sources meta tag). */
  allowed: readonly string[] = [],
): Promise<PageState> {
  const link = parseFragment(hash);
  const key = link ? fromBase64url(link.key) : null;
  if (!link || !key || key.length !== 32) return { kind: 'no_link' };
  if (!subtle)
    return { kind: 'unreachable', detail: 'This browser cannot decrypt (no WebCrypto here).' };
  const data = new URL(base).searchParams.get('data');
  const fetched =
    data === null
      ? await fromSite(link.id, base, fetcher)
      : await fromWebApp(link.id, data, base, fetcher, allowed);
  if ('kind' in fetched) return fetched;
  const { file } = fetched;
  const opened = await openBundle(subtle, file, link.id, key);
  switch (opened.kind) {
    case 'ok': {
      let json: unknown;
      try {
        json = JSON.parse(opened.json);
      } catch {
        return { kind: 'damaged' };
      }
      const page = validateBundle(json);
      return page === null ? { kind: 'unknown_format' } : { kind: 'ok', page };
    }
    case 'not_a_bundle':
      return { kind: 'unreachable', detail: 'The site did not answer with a private page file.' };
    case 'wrong_key':
    case 'damaged':
      return { kind: opened.kind };
  }
}
