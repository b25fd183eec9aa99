// Opens a rep's private page: the link's fragment, the sealed file from the site, WebCrypto, valibot.
import {
  bundlePath,
  fromBase64url,
  openBundle,
  parseFragment,
  type PrivateBundle,
  type SubtleLike,
  validateBundle,
} from '../../../shared/private';

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

export async function openPage(
  hash: string,
  base: string,
  fetcher: Fetcher = (url) => fetch(url, { cache: 'no-store', credentials: 'omit' }),
  subtle: SubtleLike = globalThis.crypto?.subtle as unknown as SubtleLike,
): Promise<PageState> {
  const link = parseFragment(hash);
  const key = link ? fromBase64url(link.key) : null;
  if (!link || !key || key.length !== 32) return { kind: 'no_link' };
  if (!subtle)
    return { kind: 'unreachable', detail: 'This browser cannot decrypt (no WebCrypto here).' };
  let response: Response;
  try {
    response = await fetcher(new URL(bundlePath(link.id), base).href);
  } catch {
    return { kind: 'unreachable', detail: 'The site could not be reached.' };
  }
  if (response.status === 404 || response.status === 410) return { kind: 'gone' };
  if (!response.ok) return { kind: 'unreachable', detail: `The site answered ${response.status}.` };
  const file = new Uint8Array(await response.arrayBuffer());
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
