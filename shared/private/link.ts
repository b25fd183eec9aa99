// Private links: a rep's file id and key, written into the link's fragment (#b=...&k=...), and back.

/** A file id: 16 random bytes in hex. It names the file and says nothing about whose it is. */
export const ID_PATTERN = /^[0-9a-f]{32}$/;
/** A key: 32 random bytes, base64url without padding (43 characters). */
export const KEY_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** Where the sealed files live in the published folder. */
export const PRIVATE_DIR = 'private';
export const PRIVATE_PAGE = 'private.html';

export function hexOf(bytes: Uint8Array): string {
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function base64url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let c = 0; c < chars; c++) out += B64[(n >> (18 - 6 * c)) & 63];
  }
  return out;
}

export function fromBase64url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of text) {
    value = (value << 6) | B64.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((value >> bits) & 255);
    }
  }
  return new Uint8Array(out);
}

/** The file a link opens: `private/<id>.bin`, relative to the site. */
export function bundlePath(id: string): string {
  return `${PRIVATE_DIR}/${id}.bin`;
}

/**
 * A rep's link: the site address (or relative), the page, and the id and key in the fragment only.
 * With `dataUrl` (the add-on's web app, which serves the sealed files) the page is told where to
 * fetch the file in `?data=`: a public address, sent to the site's host like any query; the key
 * stays in the fragment.
 */
export function privateLink(
  siteUrl: string | null,
  id: string,
  key: string,
  dataUrl: string | null = null,
): string {
  const base = siteUrl === null ? '' : siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  const query = dataUrl === null ? '' : `?data=${encodeURIComponent(dataUrl)}`;
  return `${base}${PRIVATE_PAGE}${query}#b=${id}&k=${key}`;
}

/** The web app's address for one sealed file: `<exec>?bin=<id>` (appsscript/src/handlers/web-app.ts). */
export const BIN_PARAM = 'bin';

/** The id and key of a link's fragment (`#b=...&k=...`), or null when either is missing or malformed. */
export function parseFragment(hash: string): { id: string; key: string } | null {
  const params = new Map<string, string>();
  for (const part of hash.replace(/^#/, '').split('&')) {
    const eq = part.indexOf('=');
    if (eq > 0 && !params.has(part.slice(0, eq))) params.set(part.slice(0, eq), part.slice(eq + 1));
  }
  const id = params.get('b') ?? null;
  const key = params.get('k') ?? null;
  if (id === null || key === null || !ID_PATTERN.test(id) || !KEY_PATTERN.test(key)) return null;
  return { id, key };
}
