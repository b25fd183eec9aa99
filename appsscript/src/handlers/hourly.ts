// Auto-recalculate hourly: one time-driven trigger that recalculates and publishes.
import { BusyError, UserError } from '../errors';
import { withAlerts, withLock } from '../guard';
import { activeSpreadsheet } from '../host';
import { HOURLY_HANDLER } from '../menu';
import { publishResult } from './publish';
import { recalculate } from './recalculate';

function hourlyTriggers(): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === HOURLY_HANDLER);
}

/** Turns the hourly trigger on or off; returns whether it is on afterwards. */
export function toggleHourly(): boolean {
  const existing = hourlyTriggers();
  if (existing.length > 0) {
    for (const t of existing) ScriptApp.deleteTrigger(t);
    return false;
  }
  ScriptApp.newTrigger(HOURLY_HANDLER).timeBased().everyHours(1).create();
  return true;
}

/** Menu: Auto-recalculate hourly on/off. */
export function toggleHourlyRecalculation(): void {
  withAlerts('Auto-recalculate hourly', () => {
    const on = toggleHourly();
    const ui = SpreadsheetApp.getUi();
    ui.alert(
      'Bellringer: Auto-recalculate hourly',
      on
        ? 'Auto-recalculate is ON: every hour Bellringer recalculates the output tabs and publishes the leaderboard. Choose this menu item again to turn it off.'
        : 'Auto-recalculate is OFF. Use Recalculate now and Publish leaderboard when you want fresh numbers.',
      ui.ButtonSet.OK,
    );
  });
}

/** The hourly trigger: recalculate, then publish from the same run. */
export function onHourlyTrigger(): void {
  const ss = activeSpreadsheet();
  try {
    withLock(() => publishResult(recalculate(ss)));
  } catch (error) {
    // A manual run holding the lock is not a failure: the next hour catches up.
    if (error instanceof BusyError) console.log(`Bellringer hourly run skipped: ${error.message}`);
    // Nothing usable to publish: the outputs say why, and the last good snapshot stays served.
    else if (error instanceof UserError)
      console.log(`Bellringer hourly publish skipped: ${error.message}`);
    else throw error;
  }
}
