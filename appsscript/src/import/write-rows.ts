// Writes an import's rows into an input tab in place: only the rows it wrote before or adds now, only its own columns.
//
// A manager's tab holds more than Bellringer's columns: formulas beside the data, rows typed by
// hand, an ARRAYFORMULA filling a column. Rewriting the tab (getValues → setValues) would turn
// every formula into its value and every text like "007" into what Sheets parses it as. So each
// write covers a block of consecutive rows the import owns × a run of consecutive columns it
// writes (a formula column between two of its columns splits the run); a re-import of the same
// export, whose rows stand together, costs a few writes whatever the row count.
import { columnLetter, escapeFormula } from '../../../shared/outputs';
import { type Cell, type Grid, headerKey, TAB_SPECS } from '../../../shared/workbook';
import type { Sheet } from '../host';
import { AUTOMATIC_FORMAT, columnFormat, TEXT_FORMAT, typedCell } from '../adapters/typed-cells';

/**
 * The note on the first cell of every row an import wrote: how Bellringer knows the row is its own
 * (a later import updates or removes only these). Notes move with their cells when rows are
 * sorted, inserted or deleted (https://support.google.com/docs/answer/65129).
 */
export const IMPORT_NOTE = 'Written by Bellringer’s import';

/** The note: where the row comes from, what the next import does, and what the import noticed about it. */
export function importNote(
  source: string,
  sourceRow: number | null,
  issues: readonly string[] = [],
): string {
  const from = sourceRow === null ? source : `${source}, row ${sourceRow}`;
  const head = `${IMPORT_NOTE} from ${from}. The next import updates this row: change it in the CRM, or delete this note to keep the row as you typed it.`;
  return issues.length === 0 ? head : `${head}\n${issues.join('\n')}`;
}

export function isImportNote(note: string): boolean {
  return note.startsWith(IMPORT_NOTE);
}

/** Runs of consecutive numbers: [2,3,4,7] → [[2,3,4],[7]]. */
export function runs(sorted: readonly number[]): number[][] {
  const out: number[][] = [];
  for (const n of sorted) {
    const last = out[out.length - 1];
    if (last && last[last.length - 1] === n - 1) last.push(n);
    else out.push([n]);
  }
  return out;
}

export interface TabWrite {
  readonly sheet: Sheet;
  readonly tab: string;
  readonly header: readonly string[];
  /** Record key per header column (null: a column the import does not write). */
  readonly keys: readonly (string | null)[];
  readonly timeZone: string;
  /** Column (1-based) whose cell carries the import note. */
  readonly noteColumn: number;
}

/** Each written column's number format, from its spec (ids and names as text, dates as dates). */
function formatsOf(
  w: TabWrite,
  records: readonly Readonly<Record<string, Cell>>[],
): (string | null)[] {
  const spec = TAB_SPECS.find((t) => t.name === w.tab);
  return w.header.map((h, i) => {
    const key = w.keys[i];
    if (key === null || key === undefined) return null;
    const col = spec?.columns.find((c) => headerKey(c.header) === headerKey(h));
    return (
      columnFormat(
        w.tab,
        h,
        col,
        records.map((r) => r[key] ?? null),
      ) ?? AUTOMATIC_FORMAT
    );
  });
}

function cellOf(value: Cell, format: string | null, timeZone: string): Cell {
  const typed = typedCell(value ?? '', format, timeZone);
  // Text from a CRM export may start with = + - @: written as text, never run as a formula.
  return typeof typed === 'string' ? escapeFormula(typed) : typed;
}

/**
 * Writes `records` at sheet rows `rows` (same order; consecutive rows are written together), each
 * run of the import's columns as one range, and each row's note. `fresh`: rows the import adds now
 * (their formats are set too; updated rows keep theirs from their first import).
 */
export function writeRecords(
  w: TabWrite,
  rows: readonly number[],
  records: readonly Readonly<Record<string, Cell>>[],
  notes: readonly string[],
  fresh: boolean,
): void {
  if (rows.length === 0) return;
  const formats = formatsOf(w, records);
  const columns = runs(w.keys.flatMap((k, i) => (k === null ? [] : [i + 1])));
  const byRow = new Map(rows.map((r, i) => [r, records[i]!]));
  const noteOf = new Map(rows.map((r, i) => [r, notes[i]!]));
  for (const block of runs(rows)) {
    // Formats first, so Sheets keeps "007" and dates as what they are (adapters/typed-cells.ts):
    // one call per format (text, date, number) over the block's columns, as Set up does.
    if (fresh) {
      const byFormat = new Map<string, string[]>();
      for (const cols of columns)
        for (const c of cols) {
          const f = formats[c - 1] ?? TEXT_FORMAT;
          const a1 = `${columnLetter(c)}${block[0]}:${columnLetter(c)}${block[block.length - 1]}`;
          byFormat.set(f, [...(byFormat.get(f) ?? []), a1]);
        }
      for (const [f, ranges] of byFormat) w.sheet.getRangeList(ranges).setNumberFormat(f);
    }
    for (const cols of columns) {
      const range = w.sheet.getRange(block[0]!, cols[0]!, block.length, cols.length);
      range.setValues(
        block.map((r) =>
          cols.map((c) =>
            cellOf(byRow.get(r)![w.keys[c - 1]!] ?? null, formats[c - 1] ?? null, w.timeZone),
          ),
        ),
      );
    }
    // Set on updated rows too: what the import noticed about a row changes with the export.
    w.sheet
      .getRange(block[0]!, w.noteColumn, block.length, 1)
      .setNotes(block.map((r) => [noteOf.get(r)!]));
  }
}

/** Rows to append start after the last row with content; the grid grows to hold them. */
export function appendRows(
  w: TabWrite,
  records: readonly Readonly<Record<string, Cell>>[],
  notes: readonly string[],
): void {
  if (records.length === 0) return;
  const first = w.sheet.getLastRow() + 1;
  const last = first + records.length - 1;
  const max = w.sheet.getMaxRows();
  if (last > max) w.sheet.insertRowsAfter(max, last - max);
  writeRecords(
    w,
    records.map((_, i) => first + i),
    records,
    notes,
    true,
  );
}

/** Deletes rows, bottom block first so the row numbers above stay right. */
export function deleteRows(sheet: Sheet, rows: readonly number[]): void {
  for (const block of runs([...rows].sort((a, b) => a - b)).reverse())
    sheet.deleteRows(block[0]!, block.length);
}

/** Which data rows (sheet row numbers) carry the import note in `column`. */
export function importedRows(sheet: Sheet, column: number, grid: Grid): Set<number> {
  const out = new Set<number>();
  if (grid.length < 2 || column < 1) return out;
  const notes = sheet.getRange(2, column, grid.length - 1, 1).getNotes();
  notes.forEach((n, i) => {
    if (isImportNote(String(n[0] ?? ''))) out.add(i + 2);
  });
  return out;
}
