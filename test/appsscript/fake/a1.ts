// A1 notation helpers for the fake: column letters and range parsing.

export function columnLetter(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export interface Rect {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export function toA1(r: Rect): string {
  const start = `${columnLetter(r.col)}${r.row}`;
  if (r.numRows === 1 && r.numCols === 1) return start;
  return `${start}:${columnLetter(r.col + r.numCols - 1)}${r.row + r.numRows - 1}`;
}

/** Parses `B2`, `B2:D9`, or open-ended `A2:A` (to the sheet's last row). */
export function parseA1(a1: string, maxRows: number, maxCols: number): Rect {
  const m = /^([A-Z]+)(\d+)?(?::([A-Z]+)(\d+)?)?$/i.exec(a1.replace(/^.*!/, '').replace(/\$/g, ''));
  if (!m) throw new Error(`Range not found: ${a1}`);
  const c1 = columnNumber(m[1]!);
  const r1 = m[2] ? Number(m[2]) : 1;
  const c2 = m[3] ? columnNumber(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) : m[3] || !m[2] ? maxRows : r1;
  void maxCols;
  return { row: r1, col: c1, numRows: r2 - r1 + 1, numCols: c2 - c1 + 1 };
}
