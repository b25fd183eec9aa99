// Google Sheets' size limits as the fake enforces them, with the messages Google gives.
//
// https://support.google.com/drive/answer/37603 (Files you can store in Google Drive):
// "Up to 10 million cells ... for spreadsheets that are created in or converted to Google Sheets"
// and "50,000 characters" per cell. Every sheet's grid counts, blank cells included, so the fake
// counts maxRows × maxColumns of every sheet, as Sheets does.
import type { FakeSpreadsheet } from './spreadsheet';

export const CELL_LIMIT = 10_000_000;
export const CELL_CHARACTER_LIMIT = 50_000;
/** Sheet (tab) names are at most 100 characters, as the Sheets rename box enforces. */
export const SHEET_NAME_LIMIT = 100;

/** The Sheets API's and Apps Script's message when an insert would pass the cell limit. */
export const CELL_LIMIT_MESSAGE = `This action would increase the number of cells in the workbook above the limit of ${CELL_LIMIT} cells.`;
export const CELL_CHARACTER_MESSAGE = `Your input contains more than the maximum of ${CELL_CHARACTER_LIMIT} characters in a single cell.`;

/** Cells the spreadsheet's grids hold, blank ones included. */
export function cellsUsed(ss: FakeSpreadsheet): number {
  let n = 0;
  for (const s of ss.sheets) n += s.maxRows * s.maxCols;
  return n;
}

/** Throws Google's error when growing the workbook by `more` cells would pass the limit. */
export function checkGrowth(ss: FakeSpreadsheet, more: number): void {
  if (more > 0 && cellsUsed(ss) + more > CELL_LIMIT) throw new Error(CELL_LIMIT_MESSAGE);
}

export function checkCellText(value: unknown): void {
  if (typeof value === 'string' && value.length > CELL_CHARACTER_LIMIT)
    throw new Error(CELL_CHARACTER_MESSAGE);
}

export function checkSheetName(name: string): void {
  if (name.trim() === '') throw new Error('Exception: Invalid argument: name');
  if (name.length > SHEET_NAME_LIMIT)
    throw new Error(
      `Exception: The sheet name cannot be longer than ${SHEET_NAME_LIMIT} characters.`,
    );
}
