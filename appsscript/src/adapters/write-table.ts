// Writes one output Table into a fresh sheet: values in one call, formats per pattern, note, frozen header, colour scale.
import { columnLetter, escapeFormula } from '../../../shared/outputs';
import type { OutCell, Table } from '../../../shared/outputs';
import type { Sheet } from '../host';
import { formatGroups } from './number-format';

export interface TableStyle {
  readonly currency: string;
  /** Attainment colour scale: red at 0, amber at tier B, green at tier A. */
  readonly tierBMinPct: number;
  readonly tierAMinPct: number;
}

const HEADER_BACKGROUND = '#e8eaed';
const SCALE = { low: '#e67c73', mid: '#ffd666', high: '#57bb8a' };

/**
 * A cell holds at most 50,000 characters (https://support.google.com/drive/answer/37603); a
 * longer write fails the whole Recalculate. Longer text is cut below it, with a marker saying so.
 */
export const CELL_TEXT_LIMIT = 50_000;

/** Text cut to fit one cell, ending with a marker that says how much was left out. */
export function fitCellText(text: string): string {
  if (text.length <= CELL_TEXT_LIMIT) return text;
  const marker = (n: number) => ` … [cut by Bellringer: ${n} more characters]`;
  let keep = CELL_TEXT_LIMIT - marker(text.length).length;
  // Never split a surrogate pair.
  const last = text.charCodeAt(keep - 1);
  if (last >= 0xd800 && last <= 0xdbff) keep--;
  return text.slice(0, keep) + marker(text.length - keep);
}

/** A cell as Sheets should receive it: text escaped against formula injection and cut to fit, blanks empty. */
export function sheetCell(cell: OutCell | undefined): string | number | boolean {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'string' ? fitCellText(escapeFormula(cell)) : cell;
}

/** The rectangle of values written for a table: header first, every row padded to the header. */
export function tableValues(table: Table): (string | number | boolean)[][] {
  const width = Math.max(1, table.header.length);
  const out: (string | number | boolean)[][] = new Array(table.rows.length + 1);
  out[0] = Array.from({ length: width }, (_, i) => sheetCell(table.header[i]));
  for (let r = 0; r < table.rows.length; r++) {
    const src = table.rows[r]!;
    const line = new Array<string | number | boolean>(width);
    for (let c = 0; c < width; c++) line[c] = sheetCell(src[c]);
    out[r + 1] = line;
  }
  return out;
}

/** Makes the grid exactly big enough (plus one spare row), so big tabs fit and small ones waste no cells. */
function fitGrid(sheet: Sheet, rows: number, cols: number): void {
  const maxRows = sheet.getMaxRows();
  const maxCols = sheet.getMaxColumns();
  const wantRows = rows + 1;
  if (maxRows < wantRows) sheet.insertRowsAfter(maxRows, wantRows - maxRows);
  else if (maxRows > wantRows) sheet.deleteRows(wantRows + 1, maxRows - wantRows);
  if (maxCols < cols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
  else if (maxCols > cols) sheet.deleteColumns(cols + 1, maxCols - cols);
}

/** A constant number of spreadsheet calls, whatever the row count. */
export function writeTable(sheet: Sheet, table: Table, style: TableStyle): void {
  const values = tableValues(table);
  const height = values.length;
  const width = values[0]!.length;
  fitGrid(sheet, height, width);

  // Formats go first: a text-formatted column keeps strings such as "2026-11" from being parsed.
  const lastCol = columnLetter(width);
  const groups = formatGroups(table, style.currency);
  const headerText = [`A1:${lastCol}1`];
  for (const [pattern, cols] of groups) {
    const ranges =
      height > 1 ? cols.map((c) => `${columnLetter(c)}2:${columnLetter(c)}${height}`) : [];
    if (pattern === '@') ranges.push(...headerText);
    if (ranges.length > 0) sheet.getRangeList(ranges).setNumberFormat(pattern);
  }
  if (!groups.has('@')) sheet.getRangeList(headerText).setNumberFormat('@');

  sheet.getRange(1, 1, height, width).setValues(values);
  sheet.getRange(1, 1, 1, width).setFontWeight('bold').setBackground(HEADER_BACKGROUND);
  sheet.getRange(1, 1).setNote(table.note);
  sheet.setFrozenRows(1);

  const attainment = table.header.indexOf('attainment_pct');
  if (attainment >= 0 && height > 1) {
    const range = sheet.getRange(2, attainment + 1, height - 1, 1);
    const { NUMBER } = SpreadsheetApp.InterpolationType;
    const rule = SpreadsheetApp.newConditionalFormatRule()
      .setGradientMinpointWithValue(SCALE.low, NUMBER, '0')
      .setGradientMidpointWithValue(SCALE.mid, NUMBER, String(style.tierBMinPct))
      .setGradientMaxpointWithValue(SCALE.high, NUMBER, String(style.tierAMinPct))
      .setRanges([range])
      .build();
    sheet.setConditionalFormatRules([rule]);
  }
}
