// Header and tab-name matching: case-insensitive, ignoring spaces, `_` and `-`.

import type { Cell, Grid } from './grid';

/** The comparison key of a header or tab name: `Rep ID`, `rep_id` and `repId` all give `repid`. */
export function headerKey(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '');
}

/** True when a cell holds nothing: null, undefined, or text that is only whitespace. */
export function isBlank(cell: Cell): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell !== 'string') return false;
  if (cell.length === 0) return true;
  // Nearly every other text cell starts with a printable ASCII character: no need to trim it.
  const first = cell.charCodeAt(0);
  if (first > 32 && first < 127) return false;
  return cell.trim() === '';
}

/** True when every cell of a row is blank (such rows are skipped). */
export function isBlankRow(row: readonly Cell[] | undefined): boolean {
  if (!row) return true;
  for (let i = 0; i < row.length; i++) if (!isBlank(row[i])) return false;
  return true;
}

/** A header row read once: the key of each column mapped to its first index. */
export interface HeaderMap {
  readonly index: ReadonlyMap<string, number>;
  /** Keys seen more than once, with the later column indexes (only the first is used). */
  readonly duplicates: readonly { key: string; text: string; column: number }[];
  /** The header text of each column, as written. */
  readonly texts: readonly string[];
}

export function readHeader(grid: Grid): HeaderMap {
  const index = new Map<string, number>();
  const duplicates: { key: string; text: string; column: number }[] = [];
  const texts: string[] = [];
  const header = grid[0] ?? [];
  for (let c = 0; c < header.length; c++) {
    const cell = header[c];
    const text = typeof cell === 'string' ? cell.trim() : isBlank(cell) ? '' : String(cell);
    texts.push(text);
    const key = headerKey(text);
    if (key === '') continue;
    if (index.has(key)) duplicates.push({ key, text, column: c });
    else index.set(key, c);
  }
  return { index, duplicates, texts };
}
