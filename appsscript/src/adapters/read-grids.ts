// Reads every input tab with one getDataRange().getValues() each, keyed by the spec's tab name.
import type { Grid, WorkbookGrids } from '../../../shared/workbook';
import { TAB_NAMES } from '../../../shared/workbook';
import type { SheetIndex } from './sheet-index';

export function readInputGrids(index: SheetIndex): WorkbookGrids {
  const grids: Record<string, Grid> = {};
  for (const tab of TAB_NAMES) {
    const sheet = index.find(tab);
    if (sheet) grids[tab] = sheet.getDataRange().getValues() as Grid;
  }
  return grids;
}
