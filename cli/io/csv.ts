// RFC 4180 CSV text: parse to rows of strings, and format rows (text escaped against formula injection).
import { escapeFormula } from '../../shared/outputs';
import type { OutCell } from '../../shared/outputs';
import { CellPool } from './cell-pool';

/** A problem the reader recovered from: the record (row number as a sheet shows it) and what happened. */
export interface CsvProblem {
  /** 1-based record number: the header is row 1, as in the sheet. */
  readonly row: number;
  /** 1-based line of the file where the problem starts (differs from row after multi-line fields). */
  readonly line: number;
  readonly problem: string;
  readonly fix: string;
}

export interface CsvRead {
  readonly rows: string[][];
  readonly problems: CsvProblem[];
}

/**
 * Parses CSV text into rows of fields, separated by `delimiter` (cli/io/delimiter.ts detects it).
 * Quoted fields may hold the delimiter, quotes ("") and line breaks;
 * CRLF and LF both end a record; a leading BOM and a final line break are ignored. Never throws.
 *
 * A quote that opens a field but is never properly closed (no closing quote before the end of the
 * file, or one followed by text on a later line, which means it closed some other stray quote)
 * is read as a plain character and the line goes on as unquoted fields: this loses the least, as
 * the row's other cells stay in their columns and every later row is read as written. RFC 4180's
 * reading (the field runs on to the end of the file) would swallow every later row.
 */
export function readCsv(text: string, delimiter: ',' | ';' | '\t' = ','): CsvRead {
  const sep = delimiter.charCodeAt(0);
  const rows: string[][] = [];
  const problems: CsvProblem[] = [];
  // Cells are built in one scratch row, then copied to an array of exactly their count.
  const row: string[] = [];
  const pool = new CellPool();
  let field = '';
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  // True once the current record has a quoted field, so a last record of just "" is kept.
  let quoted = false;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (c === '"' && field === '') {
      const end = closingQuote(text, i + 1, sep);
      if (end < 0) {
        problems.push(strayQuote(rows.length + 1, line));
        // The field is no longer empty, so the rest of it reads as plain text, quotes and all.
        field = '"';
        i++;
        continue;
      }
      quoted = true;
      let chunkStart = i + 1;
      i = chunkStart;
      for (;;) {
        const q = text.indexOf('"', i);
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
    if (c === delimiter) {
      row.push(pool.share(row.length, field));
      field = '';
      i++;
    } else if (c === '\n' || c === '\r') {
      row.push(pool.share(row.length, field));
      rows.push(row.slice());
      row.length = 0;
      field = '';
      quoted = false;
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
    } else {
      // Fast path: copy up to the next special character.
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === sep || d === 10 || d === 13 || d === 34) break;
        j++;
      }
      field += text.slice(i, j);
      i = j;
    }
  }
  if (field !== '' || row.length > 0 || quoted) {
    row.push(pool.share(row.length, field));
    rows.push(row.slice());
  }
  return { rows, problems };
}

/**
 * The closing quote of a quoted field whose text starts at `from`, or -1 when there is none that
 * fits: none at all, or one that comes after a line break and is followed by more text (so it
 * cannot end a field, and belongs to another stray quote further down).
 */
function closingQuote(text: string, from: number, sep: number): number {
  let i = from;
  for (;;) {
    const q = text.indexOf('"', i);
    if (q < 0) return -1;
    if (text[q + 1] === '"') {
      i = q + 2;
      continue;
    }
    const next = text.charCodeAt(q + 1);
    const ends = q + 1 >= text.length || next === sep || next === 10 || next === 13;
    if (ends || !hasLineBreak(text, from, q)) return q;
    return -1;
  }
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const d = text.charCodeAt(k);
    if (d === 10 || d === 13) return true;
  }
  return false;
}

function strayQuote(row: number, line: number): CsvProblem {
  return {
    row,
    line,
    problem:
      'A quote (") opens a field but is never closed; it was read as a plain character and the row as unquoted fields, so check its cells.',
    fix: 'Close the quote after the field\'s text (or delete it); inside a quoted field write a quote as "".',
  };
}

/** Strict parse for files the program made or imports as a whole: throws on the first problem. */
export function parseCsv(text: string): string[][] {
  const { rows, problems } = readCsv(text);
  const first = problems[0];
  if (first) throw new Error(`Unclosed quoted field starting on line ${first.line}`);
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
