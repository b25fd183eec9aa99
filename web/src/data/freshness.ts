// Knows whether a polled snapshot changed without downloading it again: HTTP validators, or the add-on's ?version.

/**
 * What a source said about the snapshot last time it was downloaded. A static host answers a
 * revalidation with 304 (the browser sends If-None-Match / If-Modified-Since itself under
 * `cache: 'no-cache'`, https://developer.mozilla.org/docs/Web/API/Request/cache, and hands back
 * its cached copy); its ETag or Last-Modified, when readable, says the copy is the one already
 * parsed. An Apps Script web app sends no validators, so the site asks it `?version` first: a
 * few bytes that change with each publish (appsscript/src/handlers/web-app.ts).
 */
export interface Seen<T> {
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly version: string | null;
  readonly value: T;
}

/** The last download per address, for one page's lifetime. */
export class FreshnessMemo<T> {
  private readonly seen = new Map<string, Seen<T>>();
  get(url: string): Seen<T> | undefined {
    return this.seen.get(url);
  }
  set(url: string, seen: Seen<T>): void {
    this.seen.set(url, seen);
  }
}

/** An Apps Script web app's deployed address (…/macros/s/<id>/exec, or a Workspace domain's …/a/macros/<domain>/s/<id>/exec). */
export function isAppsScriptWebApp(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  return (
    u.hostname === 'script.google.com' &&
    /^\/(a\/macros\/[^/]+|macros)\/s\/[^/]+\/exec$/.test(u.pathname)
  );
}

/** The address of the web app's version answer: the same address with `version` added. */
export function versionUrl(url: string): string {
  const u = new URL(url);
  u.searchParams.set('version', '');
  return u.href;
}

/** Whether an answer's validators show the copy already parsed (a strong or weak ETag, else Last-Modified). */
export function sameValidators(
  seen: Pick<Seen<unknown>, 'etag' | 'lastModified'>,
  etag: string | null,
  lastModified: string | null,
): boolean {
  if (etag !== null && seen.etag !== null) return etag === seen.etag;
  return lastModified !== null && seen.lastModified !== null && lastModified === seen.lastModified;
}
