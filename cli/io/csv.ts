// RFC 4180 CSV text: parse to rows of strings, and format rows (text escaped against formula injection).
import { escapeFormula } from '../../shared/outputs/escape';
import type { OutCell } from '../../shared/outputs/table';

/**
 * Parses CSV text into rows of fields. Quoted fields may hold commas, quotes ("") and line breaks;
 * CRLF and LF both end a record; a leading BOM and a final line break are ignored. Throws on a
 * quote that is never closed, with the line where it opened.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  // True once the current record has a quoted field, so a last record of just "" is kept.
  let quoted = false;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (c === '"' && field === '') {
      quoted = true;
      const openedAt = line;
      i++;
      let chunkStart = i;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new Error(`Unclosed quoted field starting on line ${openedAt}`);
        line += countNewlines(text, i, q);
        if (text[q + 1] === '"') {
          field += text.slice(chunkStart, q + 1);
          i = q + 2;
          chunkStart = i;
          continue;
        }
        field += text.slice(chunkStart, q);
        i = q + 1;
        break;
      }
      // Anything after the closing quote up to the delimiter is kept, as spreadsheets do.
      continue;
    }
    if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\n' || c === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      quoted = false;
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
    } else {
      // Fast path: copy up to the next special character.
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 44 || d === 10 || d === 13 || d === 34) break;
        j++;
      }
      field += text.slice(i, j);
      i = j;
    }
  }
  if (field !== '' || row.length > 0 || quoted) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) count++;
  return count;
}

export interface FormatOptions {
  /** Escape text cells that a spreadsheet would run as formulas (default true). */
  readonly escapeFormulas?: boolean;
}

/**
 * One field. Numbers are written as numbers (never escaped: they are not text), booleans as
 * TRUE/FALSE, null as empty; text goes through escapeFormula, then is quoted when it holds a
 * comma, quote, CR or LF, or starts/ends with a space.
 */
export function formatField(cell: OutCell | undefined, options: FormatOptions = {}): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  const text = options.escapeFormulas === false ? cell : escapeFormula(cell);
  return /[",\r\n]|^ | $/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV text with CRLF record ends (RFC 4180), ending with a line break. */
export function formatCsv(
  rows: readonly (readonly (OutCell | undefined)[])[],
  options: FormatOptions = {},
): string {
  let out = '';
  for (const row of rows) {
    let line = '';
    for (let k = 0; k < row.length; k++) {
      if (k > 0) line += ',';
      line += formatField(row[k], options);
    }
    out += line + '\r\n';
  }
  return out;
}
