// Text folded for comparing names: compatibility forms, accents, invisible characters and case do not matter.

/**
 * Folded text, and for each of its code units the range of the original text it came from
 * (null when the text is plain ASCII: then unit i comes from unit i).
 */
export interface Folded {
  readonly text: string;
  readonly starts: readonly number[] | null;
  readonly ends: readonly number[] | null;
}

/** Combining marks, format characters (zero-width space, joiners, BOM, soft hyphen) and other invisibles. */
const INVISIBLE = /[\p{M}\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;
const PLAIN = /^[\x20-\x7e]*$/;

const pieces = new Map<string, string>();

/**
 * One code point folded: NFKD (compatibility forms such as full-width letters or ligatures become
 * plain letters, accents split off), upper then lower case (a full case fold: ß becomes ss), then
 * marks and invisible characters dropped. "É", "E\u0301", "Ｅ" and "e\u200B" all fold to "e".
 */
function foldPiece(cp: string): string {
  let piece = pieces.get(cp);
  if (piece === undefined) {
    piece = cp
      .normalize('NFKD')
      .toUpperCase()
      .toLowerCase()
      .normalize('NFKD')
      .replace(INVISIBLE, '');
    pieces.set(cp, piece);
  }
  return piece;
}

/** The folded form of a text with its map back to the original (see foldPiece). */
export function fold(text: string): Folded {
  if (PLAIN.test(text)) return { text: text.toLowerCase(), starts: null, ends: null };
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (const cp of text) {
    const piece = foldPiece(cp);
    for (let i = 0; i < piece.length; i++) {
      starts.push(at);
      ends.push(at + cp.length);
    }
    out += piece;
    at += cp.length;
  }
  return { text: out, starts, ends };
}

/** Whether a code point folds to nothing (a combining mark or an invisible character). */
export function foldsAway(cp: string): boolean {
  return foldPiece(cp) === '';
}

/** The folded text alone, inner runs of spaces collapsed and ends trimmed: how names are compared. */
export function foldName(text: string): string {
  return fold(text).text.trim().replace(/\s+/g, ' ');
}
