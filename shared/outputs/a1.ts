// A1 notation for the sheet writers: a column's letters (the add-on's ranges, the CLI's .xlsx issues).

/** 1 → A, 26 → Z, 27 → AA, 703 → AAA: bijective base 26, as Sheets and Excel name columns. */
export function columnLetter(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
