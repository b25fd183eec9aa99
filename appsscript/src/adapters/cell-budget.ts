// Google Sheets' 10 million cell limit: how much of it the workbook uses, and the warning from 80 %.
//
// "Up to 10 million cells" per spreadsheet, blank cells included
// (https://support.google.com/drive/answer/37603). Past it, inserting rows fails, so every
// Recalculate would fail; the manager is warned well before, in Issues and in the sidebar.
import { formatCount } from '../../../shared/format';
import type { DataIssue } from '../../../shared/issues';
import type { SheetIndex } from './sheet-index';

export const CELL_LIMIT = 10_000_000;
/** The share of the limit from which Bellringer warns. */
export const CELL_WARNING_SHARE = 0.8;

/** Cells of every sheet's grid (two calls per sheet, whatever the row count). */
export function workbookCells(index: SheetIndex): number {
  let n = 0;
  for (const { sheet } of index.sheets) n += sheet.getMaxRows() * sheet.getMaxColumns();
  return n;
}

/** The warning sentence, or null below 80 % of the limit. */
export function cellWarning(cells: number): string | null {
  if (cells < CELL_LIMIT * CELL_WARNING_SHARE) return null;
  const pct = Math.floor((cells / CELL_LIMIT) * 100);
  return `The workbook uses ${formatCount(cells)} of Google Sheets' ${formatCount(CELL_LIMIT)} cells (${pct} %), blank cells included; past the limit every Recalculate fails.`;
}

export const CELL_WARNING_FIX =
  'Delete empty rows and columns at the end of big tabs (each blank cell counts), delete tabs you no longer need, or move old Activities and Deals rows to another spreadsheet.';

/** The warning as an Issues row (a workbook-level issue: no row, no column). */
export function cellLimitIssue(cells: number): DataIssue | null {
  const problem = cellWarning(cells);
  if (problem === null) return null;
  return {
    tab: 'Workbook',
    row: null,
    column: null,
    value: formatCount(cells),
    problem,
    fix: CELL_WARNING_FIX,
    severity: 'warning',
  };
}
