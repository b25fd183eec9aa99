// Dashboard sidebar: opens it, and answers its google.script.run calls (data, jump to Issues).
import { findOutput } from '../adapters/output-marker';
import { indexSheets } from '../adapters/sheet-index';
import { buildDashboard } from '../dashboard/build-dashboard';
import type { DashboardData } from '../dashboard/types';
import { runEngineOn } from '../engine-run';
import { UserError } from '../errors';
import { withAlerts } from '../guard';
import { activeSpreadsheet } from '../host';
import { htmlPage } from '../html/page';
import { autoRecalculateInfo } from './hourly';

/** Menu: Dashboard. */
export function showDashboard(): void {
  withAlerts('Dashboard', () => {
    const output = htmlPage('Sidebar').setTitle('Bellringer');
    SpreadsheetApp.getUi().showSidebar(output);
  });
}

/** google.script.run: the sidebar's data, computed from the current inputs without writing anything. */
export function getDashboardData(): DashboardData {
  const ss = activeSpreadsheet();
  return {
    ...buildDashboard(runEngineOn(ss, indexSheets(ss))),
    autoRecalculate: autoRecalculateInfo(),
  };
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
