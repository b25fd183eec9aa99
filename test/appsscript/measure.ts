// Measures one "Recalculate now" in the fake: spreadsheet calls made and wall time, for the test and the bench.
import { TAB_NAMES, type WorkbookGrids } from '../../shared/workbook';
import { cellsUsed } from './fake/limits';
import { loadAddon } from './fake/load-bundle';

export interface RecalcMeasure {
  readonly rows: number;
  readonly spreadsheetCalls: number;
  readonly millis: number;
  /** The alert shown at the end (the summary, or the failure). */
  readonly alert: string;
  /** Cells of every grid after the run, input tabs at 26 columns (as Set up used to leave them). */
  readonly cellsBefore: number;
  /** The same with input tabs as wide as their columns (as Set up now creates them). */
  readonly cellsAfter: number;
}

/** The grids with Activities cut (or kept) to `rows` data rows. */
export function withActivityRows(grids: WorkbookGrids, rows: number): WorkbookGrids {
  const activities = grids.Activities ?? [];
  if (activities.length - 1 < rows) {
    throw new Error(`The workbook has only ${activities.length - 1} activity rows, not ${rows}.`);
  }
  return { ...grids, Activities: activities.slice(0, rows + 1) };
}

export function measureRecalc(dir: string, grids: WorkbookGrids, now: Date): RecalcMeasure {
  const addon = loadAddon({ dir, now, timeZone: 'America/New_York' });
  for (const [tab, grid] of Object.entries(grids)) addon.google.spreadsheet.addSheet(tab, grid);
  addon.google.recorder.clear();
  const start = performance.now();
  addon.call('recalculateNow');
  const millis = performance.now() - start;
  const ss = addon.google.spreadsheet;
  const cellsBefore = cellsUsed(ss);
  let surplus = 0;
  for (const tab of TAB_NAMES) {
    const sheet = ss.sheet(tab);
    if (sheet) surplus += sheet.maxRows * (sheet.maxCols - (grids[tab]?.[0]?.length ?? 0));
  }
  return {
    cellsBefore,
    cellsAfter: cellsBefore - surplus,
    rows: (grids.Activities?.length ?? 1) - 1,
    spreadsheetCalls: addon.google.recorder.spreadsheetCalls().length,
    millis,
    alert: addon.google.ui.alerts.at(-1)?.message ?? '',
  };
}
