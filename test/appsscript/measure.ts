// Measures one "Recalculate now" in the fake: spreadsheet calls made and wall time, for the test and the bench.
import type { WorkbookGrids } from '../../shared/workbook';
import { loadAddon } from './fake/load-bundle';

export interface RecalcMeasure {
  readonly rows: number;
  readonly spreadsheetCalls: number;
  readonly millis: number;
  /** The alert shown at the end (the summary, or the failure). */
  readonly alert: string;
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
  return {
    rows: (grids.Activities?.length ?? 1) - 1,
    spreadsheetCalls: addon.google.recorder.spreadsheetCalls().length,
    millis,
    alert: addon.google.ui.alerts.at(-1)?.message ?? '',
  };
}
