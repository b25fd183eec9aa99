// Turns a CSV file's bytes into text: UTF-8 (with or without BOM), UTF-16 LE/BE, or Windows-1252 when it is not UTF-8.

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface Decoded {
  readonly text: string;
  readonly encoding: TextEncodingName;
  /** How it was decided: a byte-order mark, the bytes' pattern, or a guess worth a warning. */
  readonly how: 'bom' | 'valid' | 'pattern' | 'guess';
  /** Bytes that mean nothing in the guessed encoding (Windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90, 0x9D undefined). */
  readonly undefinedBytes: number;
}

/** Windows-1252 has no character for these bytes; finding them means the guess is wrong. */
const UNDEFINED_1252: ReadonlySet<number> = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * Windows-1252's characters for 0x80–0x9F (the rest is Latin-1, byte = code point). Written out
 * because Node built without full ICU decodes the "windows-1252" label as plain Latin-1 (€ would
 * become U+0080). Undefined bytes keep their Latin-1 control character, as WHATWG's decoder does.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function windows1252(bytes: Uint8Array): string {
  // Latin-1 first (one native call), then the 32 characters where Windows-1252 differs; with full
  // ICU the decoder may already give them, and the replacement then finds nothing to do.
  const latin1 = new TextDecoder('latin1').decode(bytes);
  return latin1.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

function swapPairs(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1]!;
    out[i + 1] = bytes[i]!;
  }
  return out;
}

function utf16(bytes: Uint8Array, bigEndian: boolean): string {
  // Decoded as little-endian after swapping, so no ICU data is needed for utf-16be.
  return new TextDecoder('utf-16le').decode(bigEndian ? swapPairs(bytes) : bytes);
}

/**
 * UTF-16 without a BOM: text of ASCII letters has a zero in every other byte. Counted over the
 * first 4,000 bytes; more than 40 % zeros on one side and almost none on the other decides it.
 */
function utf16Pattern(bytes: Uint8Array): 'le' | 'be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4000);
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > 0.4 * pairs && evenZero < 0.05 * pairs) return 'le';
  if (evenZero > 0.4 * pairs && oddZero < 0.05 * pairs) return 'be';
  return null;
}

/**
 * A BOM decides (UTF-8 EF BB BF, UTF-16 LE FF FE, UTF-16 BE FE FF) and is dropped. Without one,
 * valid UTF-8 is UTF-8 (ASCII included); a UTF-16 pattern is UTF-16; anything else is read as
 * Windows-1252, what Excel on Windows saves as "CSV" in Western Europe and the Americas — a guess
 * the caller reports, with `undefinedBytes` counting bytes that prove the guess wrong.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  const b = bytes;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf)
    return {
      text: new TextDecoder('utf-8').decode(b.subarray(3)),
      encoding: 'utf-8',
      how: 'bom',
      undefinedBytes: 0,
    };
  if (b[0] === 0xff && b[1] === 0xfe)
    return {
      text: utf16(b.subarray(2), false),
      encoding: 'utf-16le',
      how: 'bom',
      undefinedBytes: 0,
    };
  if (b[0] === 0xfe && b[1] === 0xff)
    return {
      text: utf16(b.subarray(2), true),
      encoding: 'utf-16be',
      how: 'bom',
      undefinedBytes: 0,
    };
  const pattern = utf16Pattern(b);
  if (pattern)
    return {
      text: utf16(b, pattern === 'be'),
      encoding: pattern === 'le' ? 'utf-16le' : 'utf-16be',
      how: 'pattern',
      undefinedBytes: 0,
    };
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(b),
      encoding: 'utf-8',
      how: 'valid',
      undefinedBytes: 0,
    };
  } catch {
    let undefinedBytes = 0;
    // Only bytes 0x81..0x9D can be undefined: a range check first keeps the Set off the hot path.
    for (let i = 0; i < b.length; i++) {
      const byte = b[i]!;
      if (byte >= 0x81 && byte <= 0x9d && UNDEFINED_1252.has(byte)) undefinedBytes++;
    }
    return {
      text: windows1252(b),
      encoding: 'windows-1252',
      how: 'guess',
      undefinedBytes,
    };
  }
}
