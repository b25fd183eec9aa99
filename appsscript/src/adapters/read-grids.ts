// Reads every input tab with one getDataRange() each, as the engine reads cells (adapters/cell-values.ts).
import type { Cell, Grid, WorkbookGrids } from '../../../shared/workbook';
import { TAB_NAMES } from '../../../shared/workbook';
import type { Sheet } from '../host';
import { engineCells } from './cell-values';
import type { SheetIndex } from './sheet-index';

/**
 * The tabs holding percent fields (Settings' *_pct settings, Commission Plans' base_rate): only
 * their number formats are read, since they are small; elsewhere a percent format would be a
 * mistake on an amount or count, and reading formats would double the cost of the big tabs.
 */
export const PERCENT_TABS: ReadonlySet<string> = new Set(['Settings', 'Commission Plans']);

/** One tab's cells as the engine reads them, dates in the spreadsheet's `timeZone`. */
export function readTab(sheet: Sheet, tab: string, timeZone: string): Grid {
  const range = sheet.getDataRange();
  const values = range.getValues() as Cell[][];
  const formats = PERCENT_TABS.has(tab) ? range.getNumberFormats() : null;
  return engineCells(values, timeZone, formats);
}

export function readInputGrids(index: SheetIndex, timeZone: string): WorkbookGrids {
  const grids: Record<string, Grid> = {};
  for (const tab of TAB_NAMES) {
    const sheet = index.find(tab);
    if (sheet) grids[tab] = readTab(sheet, tab, timeZone);
  }
  return grids;
}
