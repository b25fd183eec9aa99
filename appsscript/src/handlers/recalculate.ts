// Recalculate now: read inputs once, run the engine, replace every output tab at once, summarise.
import type { EngineResult } from '../../../shared/engine';
import { plural } from '../../../shared/format';
import type { DataIssue } from '../../../shared/issues';
import { issuesTable, type Table } from '../../../shared/outputs';
import { isoDay } from '../../../shared/time';
import {
  CELL_WARNING_FIX,
  cellLimitIssue,
  cellWarning,
  workbookCells,
} from '../adapters/cell-budget';
import { type OutputReport, replaceOutputTabs } from '../adapters/replace-outputs';
import { todayIso } from '../clock';
import { buildDashboard } from '../dashboard/build-dashboard';
import { keepDashboard } from '../dashboard/cache';
import { indexSheets } from '../adapters/sheet-index';
import { runEngineOn } from '../engine-run';
import { withAlerts, withLock } from '../guard';
import { activeSpreadsheet, type Spreadsheet, toast } from '../host';

export interface Recalculated {
  readonly result: EngineResult;
  readonly outputs: OutputReport;
  /** The cell-limit warning (from 80 % of Sheets' 10 million cells), or null. */
  readonly cellWarning: string | null;
}

/** The engine's tables with the cell-limit warning first in Issues, when there is one. */
function withCellIssue(tables: readonly Table[], issues: readonly DataIssue[], cells: number) {
  const issue = cellLimitIssue(cells);
  if (!issue) return tables;
  return tables.map((t) => (t.tab === 'Issues' ? issuesTable([issue, ...issues]) : t));
}

/** The whole recalculation; the caller holds the lock. Never writes to an input tab or a user's tab. */
export function recalculateWithReport(ss: Spreadsheet): Recalculated {
  toast(ss, 'Reading the workbook…');
  const index = indexSheets(ss);
  const result = runEngineOn(ss, index);
  const cells = workbookCells(index);
  const tables = withCellIssue(result.tables, result.issues, cells);
  toast(ss, `Writing ${tables.length} output tabs…`);
  const { settings } = result;
  const outputs = replaceOutputTabs(ss, index, tables, {
    currency: settings.currency,
    tierAMinPct: settings.tierAMinPct,
    tierBMinPct: settings.tierBMinPct,
  });
  // The sidebar answers from this run's model until the next Recalculate.
  const warning = cellWarning(cells);
  keepDashboard(todayIso(ss.getSpreadsheetTimeZone()), {
    ...buildDashboard(result),
    cellWarning: warning,
  });
  return { result, outputs, cellWarning: warning };
}

/** For runs without a UI (the hourly trigger): what the summary would say about tabs goes to the execution log. */
export function recalculate(ss: Spreadsheet): EngineResult {
  const { result, outputs } = recalculateWithReport(ss);
  for (const line of outputLines(outputs)) console.log(`Bellringer: ${line}`);
  return result;
}

/** The lines about tabs: a user's tab left alone, and old outputs that could not be removed. */
function outputLines(outputs: OutputReport): string[] {
  const lines = outputs.leftAlone.map(
    (l) =>
      `Your tab "${l.name}" has the name of Bellringer's ${l.tab} tab, so Bellringer left it alone and wrote ${l.tab} to "${l.writtenAs}". Rename your tab if you want Bellringer to use the name.`,
  );
  if (outputs.leftovers.length > 0) {
    lines.push(
      `Google Sheets refused to delete the previous output tabs ${outputs.leftovers.map((n) => `"${n}"`).join(', ')}; the next Recalculate removes them.`,
    );
  }
  return lines;
}

export function recalcSummary(
  result: EngineResult,
  outputs?: OutputReport,
  warning: string | null = null,
): string {
  const w = result.workbook;
  const activeReps = w.reps.filter((r) => r.active).length;
  const lines = [
    `Recalculated as of ${isoDay(result.asOf)}: ${activeReps} active reps, ${w.deals.length} deals, ${w.contests.length} contests.`,
  ];
  const errors = result.issues.filter((i) => i.severity === 'error').length;
  if (result.issues.length === 0) lines.push('No data issues.');
  else {
    lines.push(
      `${result.issues.length} data ${plural('issue', result.issues.length)} (${errors} ${plural('row', errors)} left out): see the Issues tab, which says where each one is and how to fix it.`,
    );
  }
  const names = outputs ? outputs.written.map((w) => w.name) : result.tables.map((t) => t.tab);
  lines.push(`Updated tabs: ${names.join(', ')}.`);
  if (outputs) lines.push(...outputLines(outputs));
  if (warning) lines.push(`${warning} ${CELL_WARNING_FIX}`);
  return lines.join('\n\n');
}

/** Menu: Recalculate now. */
export function recalculateNow(): void {
  withAlerts('Recalculate now', () => {
    const ss = activeSpreadsheet();
    const { result, outputs, cellWarning: warning } = withLock(() => recalculateWithReport(ss));
    toast(ss, 'Done.');
    const ui = SpreadsheetApp.getUi();
    ui.alert(
      'Bellringer: Recalculate now',
      recalcSummary(result, outputs, warning),
      ui.ButtonSet.OK,
    );
  });
}
