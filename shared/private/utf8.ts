// UTF-8 bytes of text and back, with ECMAScript alone (shared/ uses no TextEncoder: no platform globals).

/** The UTF-8 bytes of `text` (a lone surrogate cannot be encoded: it throws, as it never comes from JSON.stringify). */
export function utf8Bytes(text: string): Uint8Array {
  const escaped = encodeURIComponent(text);
  const out: number[] = [];
  for (let i = 0; i < escaped.length; i++) {
    if (escaped[i] === '%') {
      out.push(Number.parseInt(escaped.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(escaped.charCodeAt(i));
  }
  return new Uint8Array(out);
}

/** The text of UTF-8 bytes, or null when they are not valid UTF-8 (decodeURIComponent refuses them). */
export function utf8Text(bytes: Uint8Array): string | null {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    let s = '';
    for (const b of bytes.subarray(i, i + CHUNK)) s += `%${b.toString(16).padStart(2, '0')}`;
    parts.push(s);
  }
  try {
    return decodeURIComponent(parts.join(''));
  } catch {
    return null;
  }
}
