// Decides whether the site may read its data from a `?data=` address: same origin, or a source its owner listed.

/**
 * The owner's list of other data sources lives in the built site's index.html, in
 * `<meta name="bellringer-data-sources" content="…">` (space-separated), so it can be edited after a
 * build without rebuilding (docs/site.md). Each entry is an origin (`https://data.example.org`:
 * any path there) or a full address (`https://script.google.com/macros/s/…/exec`: that path only).
 */
export const DATA_SOURCES_META = 'bellringer-data-sources';

export type SourceCheck =
  | { readonly ok: true; readonly url: string; readonly sameOrigin: boolean }
  | { readonly ok: false; readonly reason: string };

/** What a refused link shows. It never repeats the address: a crafted link would put its text on screen. */
export const REFUSED =
  'This link asks the leaderboard to read its data from a source the site’s owner has not allowed, so nothing was loaded. ' +
  'Open the leaderboard without the “data” option in its address, or ask the site’s owner to add the source to the site’s list of data sources.';

const WEB_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:']);

/** An owner's entry, or null when it is not a plain http(s) address (those are ignored, never trusted). */
interface Allowed {
  readonly origin: string;
  /** null: any path at the origin. */
  readonly path: string | null;
}

function parseAllowed(entry: string): Allowed | null {
  if (entry.includes('\\')) return null;
  let u: URL;
  try {
    u = new URL(entry);
  } catch {
    return null;
  }
  if (!WEB_SCHEMES.has(u.protocol) || u.username || u.password) return null;
  return { origin: u.origin, path: u.pathname === '/' ? null : u.pathname };
}

/** The list from the page's meta tag (empty when there is none). */
export function readAllowedSources(doc: Pick<Document, 'querySelector'>): string[] {
  const meta = doc.querySelector(`meta[name="${DATA_SOURCES_META}"]`);
  return (meta?.getAttribute('content') ?? '').split(/\s+/).filter((s) => s !== '');
}

/**
 * Resolves `raw` against the page and allows it only when it is http(s), carries no user name or
 * password, and is on the page's own origin or matches an entry of `allowed`. Everything is
 * checked on the parsed address (the URL parser lowercases schemes, drops tabs and newlines and
 * turns `\` into `/` for http), and a raw backslash or control character is refused outright: no
 * honest address needs one. `data:`, `javascript:`, `blob:`, `file:` and the rest never pass.
 */
export function checkDataSource(
  raw: string,
  pageHref: string,
  allowed: readonly string[],
): SourceCheck {
  const refused = { ok: false, reason: REFUSED } as const;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for.
  if (/[\\\u0000-\u001f\u007f]/.test(raw)) return refused;
  let page: URL;
  let url: URL;
  try {
    page = new URL(pageHref);
    url = new URL(raw, page);
  } catch {
    return refused;
  }
  if (!WEB_SCHEMES.has(url.protocol) || url.username || url.password) return refused;
  if (WEB_SCHEMES.has(page.protocol) && url.origin === page.origin) {
    return { ok: true, url: url.href, sameOrigin: true };
  }
  const listed = allowed
    .map(parseAllowed)
    .some(
      (a) => a !== null && a.origin === url.origin && (a.path === null || a.path === url.pathname),
    );
  return listed ? { ok: true, url: url.href, sameOrigin: false } : refused;
}

/**
 * After the fetch: a same-origin address that redirected to another origin (an open redirect on
 * the host) is refused too, unless the final address is itself allowed. A listed source is trusted
 * with its redirects (an Apps Script web app answers from script.googleusercontent.com).
 */
export function redirectAllowed(
  check: Extract<SourceCheck, { ok: true }>,
  finalUrl: string,
  pageHref: string,
  allowed: readonly string[],
): boolean {
  if (!check.sameOrigin || finalUrl === '' || finalUrl === check.url) return true;
  return checkDataSource(finalUrl, pageHref, allowed).ok;
}
