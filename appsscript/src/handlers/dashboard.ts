// Dashboard sidebar: opens it, and answers its google.script.run calls (data, jump to Issues).
import { findOutput } from '../adapters/output-marker';
import { cellWarning, workbookCells } from '../adapters/cell-budget';
import { indexSheets, type SheetIndex } from '../adapters/sheet-index';
import { todayIso } from '../clock';
import { cachedDashboard, keepDashboard } from '../dashboard/cache';
import { buildDashboard } from '../dashboard/build-dashboard';
import type { DashboardData } from '../dashboard/types';
import { runEngineOn } from '../engine-run';
import { UserError } from '../errors';
import { withAlerts } from '../guard';
import { activeSpreadsheet, type Spreadsheet } from '../host';
import { htmlPage } from '../html/page';
import { autoRecalculateInfo } from './hourly';

/** Menu: Dashboard. */
export function showDashboard(): void {
  withAlerts('Dashboard', () => {
    const output = htmlPage('Sidebar').setTitle('Bellringer');
    SpreadsheetApp.getUi().showSidebar(output);
  });
}

/** The sidebar's model from a fresh read of the inputs, with the cell-limit warning. */
export function computeDashboard(ss: Spreadsheet, index: SheetIndex): DashboardData {
  return {
    ...buildDashboard(runEngineOn(ss, index)),
    cellWarning: cellWarning(workbookCells(index)),
  };
}

/**
 * google.script.run: the sidebar's data, without writing any cell. Between recalculations it is
 * the model the last Recalculate stored (dashboard/cache.ts); `fresh` (the Refresh button) reads
 * the inputs again.
 */
export function getDashboardData(fresh?: unknown): DashboardData {
  const ss = activeSpreadsheet();
  const today = todayIso(ss.getSpreadsheetTimeZone());
  // The trigger's state is read each time: it changes without a Recalculate.
  const cached = fresh === true ? null : cachedDashboard(today);
  if (cached) return { ...cached, autoRecalculate: autoRecalculateInfo() };
  const data = computeDashboard(ss, indexSheets(ss));
  keepDashboard(today, data);
  return { ...data, autoRecalculate: autoRecalculateInfo() };
}

/** google.script.run: shows the Issues tab. */
export function openIssuesTab(): void {
  const ss = activeSpreadsheet();
  // The Issues tab Bellringer wrote (it may be "Issues (Bellringer)"), never a user's tab of that name.
  const sheet = findOutput(indexSheets(ss), 'Issues');
  if (!sheet) {
    throw new UserError(
      'There is no Issues tab yet.',
      'Run Extensions → Bellringer → Recalculate now first.',
    );
  }
  ss.setActiveSheet(sheet);
}
