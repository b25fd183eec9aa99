// Recalculate now: read inputs once, run the engine, replace every output tab at once, summarise.
import type { EngineResult } from '../../../shared/engine';
import { isoDay } from '../../../shared/time';
import { replaceOutputTabs } from '../adapters/replace-outputs';
import { indexSheets } from '../adapters/sheet-index';
import { runEngineOn } from '../engine-run';
import { withAlerts, withLock } from '../guard';
import { activeSpreadsheet, type Spreadsheet, toast } from '../host';

/** The whole recalculation; the caller holds the lock. Never writes to an input tab. */
export function recalculate(ss: Spreadsheet): EngineResult {
  toast(ss, 'Reading the workbook…');
  const index = indexSheets(ss);
  const result = runEngineOn(ss, index);
  toast(ss, `Writing ${result.tables.length} output tabs…`);
  const { settings } = result;
  replaceOutputTabs(ss, index, result.tables, {
    currency: settings.currency,
    tierAMinPct: settings.tierAMinPct,
    tierBMinPct: settings.tierBMinPct,
  });
  return result;
}

export function recalcSummary(result: EngineResult): string {
  const w = result.workbook;
  const activeReps = w.reps.filter((r) => r.active).length;
  const lines = [
    `Recalculated as of ${isoDay(result.asOf)}: ${activeReps} active reps, ${w.deals.length} deals, ${w.contests.length} contests.`,
  ];
  const errors = result.issues.filter((i) => i.severity === 'error').length;
  if (result.issues.length === 0) lines.push('No data issues.');
  else {
    lines.push(
      `${result.issues.length} data issue${result.issues.length === 1 ? '' : 's'} (${errors} row${errors === 1 ? '' : 's'} left out): see the Issues tab, which says where each one is and how to fix it.`,
    );
  }
  lines.push(`Updated tabs: ${result.tables.map((t) => t.tab).join(', ')}.`);
  return lines.join('\n\n');
}

/** Menu: Recalculate now. */
export function recalculateNow(): void {
  withAlerts('Recalculate now', () => {
    const ss = activeSpreadsheet();
    const result = withLock(() => recalculate(ss));
    toast(ss, 'Done.');
    const ui = SpreadsheetApp.getUi();
    ui.alert('Bellringer: Recalculate now', recalcSummary(result), ui.ButtonSet.OK);
  });
}
