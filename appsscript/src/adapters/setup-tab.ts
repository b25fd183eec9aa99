// Set up for one input tab: create it (header, notes, validation, frozen row, seed rows) or add what is missing.
import { columnLetter } from '../../../shared/outputs';
import type { Cell, Grid, TabSpec } from '../../../shared/workbook';
import { headerKey } from '../../../shared/workbook';
import type { Sheet, Spreadsheet } from '../host';
import { extraHeaders, mapRows } from './seed-rows';
import type { SheetIndex } from './sheet-index';
import { columnFormat, settingFormat, TEXT_FORMAT, typedCell } from './typed-cells';
import { columnRule } from './validation-rule';

type Range = GoogleAppsScript.Spreadsheet.Range;

/** `foreign`: a tab with the input's name whose row 1 holds none of its columns: the user's, left alone. */
export type SetupStatus = 'created' | 'extended' | 'unchanged' | 'foreign';

export interface TabSetup {
  readonly status: SetupStatus;
  readonly sheet: Sheet;
  /** The header after Set up, as it stands in row 1. */
  readonly header: readonly string[];
}

/** What an existing tab holds, read with a constant number of calls. */
export interface TabState {
  readonly sheet: Sheet;
  readonly header: readonly string[];
  readonly hasData: boolean;
}

export function readTabState(sheet: Sheet): TabState {
  const lastRow = sheet.getLastRow();
  const lastCol = sheet.getLastColumn();
  const header =
    lastRow > 0 && lastCol > 0
      ? sheet
          .getRange(1, 1, 1, lastCol)
          .getValues()[0]!
          .map((h) => String(h ?? '').trim())
      : [];
  return { sheet, header, hasData: lastRow > 1 };
}

/**
 * Grows the grid to fit; on a tab Set up has just created (empty), also removes the columns past
 * the header: a new sheet has 26, and every blank cell counts toward Sheets' 10 million.
 */
function ensureSize(sheet: Sheet, rows: number, cols: number, created: boolean): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxCols = sheet.getMaxColumns();
  if (maxCols < cols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
  else if (created && maxCols > cols) sheet.deleteColumns(cols + 1, maxCols - cols);
}

/**
 * Formats the new columns (rows 2 to the end) before anything is written, so Sheets keeps ids
 * and labels as text and dates as dates (adapters/typed-cells.ts); returns each column's format.
 * Settings' value column is formatted per row, by setting.
 */
function formatNewColumns(
  sheet: Sheet,
  spec: TabSpec,
  header: readonly string[],
  firstNew: number,
  rows: readonly Cell[][],
): (string | null)[] {
  const formats = header.map((h, i) =>
    spec.name === 'Settings' && i === 1
      ? null
      : columnFormat(
          spec.name,
          h,
          spec.columns.find((c) => headerKey(c.header) === headerKey(h)),
          rows.map((r) => r[i] ?? null),
        ),
  );
  const height = sheet.getMaxRows();
  const groups = new Map<string, string[]>();
  formats.forEach((f, i) => {
    if (f === null || i + 1 < firstNew) return;
    const letter = columnLetter(i + 1);
    groups.set(f, [...(groups.get(f) ?? []), `${letter}2:${letter}${height}`]);
  });
  for (const [pattern, ranges] of groups) sheet.getRangeList(ranges).setNumberFormat(pattern);
  if (spec.name === 'Settings' && rows.length > 0 && firstNew <= 2) {
    sheet
      .getRange(2, 2, rows.length, 1)
      .setNumberFormats(rows.map((r) => [settingFormat(String(r[0] ?? ''), r[1] ?? null)]));
  }
  return formats;
}

/** Seed rows typed by their column's format; Settings values by their setting's. */
function typedRows(
  spec: TabSpec,
  rows: readonly Cell[][],
  formats: readonly (string | null)[],
  timeZone: string,
): Cell[][] {
  return rows.map((row) =>
    row.map((v, i) =>
      typedCell(
        v,
        spec.name === 'Settings' && i === 1 ? settingFormat(String(row[0] ?? ''), v) : formats[i]!,
        timeZone,
      ),
    ),
  );
}

/**
 * Never changes a cell that holds data: on an existing tab it only fills empty header cells to the
 * right of the last one (required columns that are missing) and, when the tab has no data rows,
 * the seed rows. A tab that already has everything gets no write at all.
 */
export function setupTab(
  ss: Spreadsheet,
  index: SheetIndex,
  spec: TabSpec,
  seed: Grid | null,
  repIds: () => Range | null,
): TabSetup {
  const existing = index.find(spec.name);
  const state: TabState | null = existing ? readTabState(existing) : null;
  const oldHeader = state?.header ?? [];
  const blank = oldHeader.length === 0;
  const have = new Set(oldHeader.map(headerKey));
  // A tab that holds something but none of this input's columns is not Bellringer's input: a
  // user's own tab that happens to have the name. Set up never writes into it.
  if (state && !blank && !spec.columns.some((c) => have.has(headerKey(c.header)))) {
    return { status: 'foreign', sheet: state.sheet, header: oldHeader };
  }
  const added = spec.columns.filter((c) => !have.has(headerKey(c.header)) && (blank || c.required));
  const withSpec = [...oldHeader, ...added.map((c) => c.header)];
  const seedable = seed !== null && !state?.hasData;
  const extras = seedable ? extraHeaders(seed, withSpec) : [];
  const header = [...withSpec, ...extras];
  const rows: Cell[][] = seedable ? mapRows(seed, header) : [];
  const newHeaders = header.slice(oldHeader.length);

  if (state && newHeaders.length === 0 && rows.length === 0) {
    return { status: 'unchanged', sheet: state.sheet, header: oldHeader };
  }
  const sheet = state?.sheet ?? ss.insertSheet(spec.name, ss.getNumSheets());
  ensureSize(sheet, rows.length + 2, header.length, state === null);
  const firstNew = oldHeader.length + 1;
  const formats = formatNewColumns(sheet, spec, header, firstNew, rows);
  if (newHeaders.length > 0) {
    const headRange = sheet.getRange(1, firstNew, 1, newHeaders.length);
    headRange.setNumberFormat(TEXT_FORMAT);
    headRange.setValues([newHeaders]);
    headRange.setNotes([
      newHeaders.map((h) => {
        const col = spec.columns.find((c) => c.header === h);
        return col ? `${col.required ? 'Required. ' : ''}${col.note}` : '';
      }),
    ]);
    headRange.setFontWeight('bold');
    const height = sheet.getMaxRows() - 1;
    added.forEach((col, i) => {
      const rule = columnRule(col, col.validation.kind === 'repId' ? repIds() : null);
      if (rule) sheet.getRange(2, firstNew + i, height, 1).setDataValidation(rule);
    });
  }
  if (rows.length > 0) {
    sheet
      .getRange(2, 1, rows.length, header.length)
      .setValues(typedRows(spec, rows, formats, ss.getSpreadsheetTimeZone()));
  }
  if (blank) sheet.setFrozenRows(1);
  return { status: state ? 'extended' : 'created', sheet, header };
}

/** The rep_id column of the Reps tab, for rep-id dropdowns elsewhere. */
export function repIdRange(reps: TabSetup | null): Range | null {
  if (!reps) return null;
  const col = reps.header.findIndex((h) => headerKey(h) === 'repid');
  if (col < 0) return null;
  const letter = columnLetter(col + 1);
  return reps.sheet.getRange(`${letter}2:${letter}`);
}
