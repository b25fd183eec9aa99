// Which character separates a CSV file's fields (comma, semicolon or tab), read from its header line, and decimal commas.

// One rule, one place: the add-on reads pasted and uploaded exports with the same detection.
export { type Delimiter, detectDelimiter } from '../../shared/import';

/** A number written with a decimal comma: `1234,5`, `-0,75`, `1.234,50` (dots group thousands). */
const DECIMAL_COMMA = /^([-+]?)(\d{1,3}(?:\.\d{3})+|\d+),(\d+)$/;
/** `19,750`: three digits after one comma, nothing else to tell thousands from decimals. */
const AMBIGUOUS = /^[-+]?\d{1,3},\d{3}$/;

function isUnambiguousDecimalComma(cell: string): boolean {
  return DECIMAL_COMMA.test(cell) && !AMBIGUOUS.test(cell);
}

/** The other convention: `1,234.56`. */
const DECIMAL_POINT_GROUPED = /^[-+]?\d{1,3}(?:,\d{3})+\.\d+$/;

/**
 * In a ";"-separated file, cells that are numbers with a decimal comma are rewritten with a
 * decimal point (`1.234,50` → `1234.50`), so amounts are not read as text. The header row is left
 * as it is; so is anything else (`1.234` alone is ambiguous and stays). Returns how many cells
 * changed, for the one note the reader gives.
 */
export function decimalCommas(rows: string[][]): number {
  // A file that also writes 1,234.56 mixes conventions: nothing is guessed (the engine then
  // rejects the decimal commas, as it does in comma files).
  for (let r = 1; r < rows.length; r++)
    if (rows[r]!.some((cell) => DECIMAL_POINT_GROUPED.test(cell.trim()))) return 0;
  // `19,750` alone could be 19750 or 19.75: only a file that also writes an unambiguous decimal
  // comma (`19750,50`, `0,5`, `1.234,50`) says which. Without one nothing is rewritten, so the
  // engine reads commas as thousands, as everywhere else, instead of a thousand times too small.
  if (!rows.slice(1).some((row) => row.some((cell) => isUnambiguousDecimalComma(cell.trim()))))
    return 0;
  let changed = 0;
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    for (let c = 0; c < row.length; c++) {
      const m = DECIMAL_COMMA.exec(row[c]!.trim());
      if (!m) continue;
      row[c] = `${m[1]}${m[2]!.replace(/\./g, '')}.${m[3]}`;
      changed++;
    }
  }
  return changed;
}
