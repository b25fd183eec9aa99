// Runs a menu action so that every failure reaches the manager as an alert, and runs never interleave.
import { alertFor, BusyError, UserError } from './errors';
import { uiOrNull } from './host';

/** Runs `fn`; on failure shows an alert (or rethrows where there is no UI, so the log keeps it). */
export function withAlerts<T>(action: string, fn: () => T): T | undefined {
  try {
    return fn();
  } catch (error) {
    const ui = uiOrNull();
    if (!ui) throw error;
    const { title, message } = alertFor(action, error);
    ui.alert(title, message, ui.ButtonSet.OK);
    return undefined;
  }
}

/**
 * The document lock, and only it. The document lock and the script lock are different locks that
 * never exclude each other, so a fallback from one to the other would let a manual run and the
 * hourly run write at once. getDocumentLock answers null only outside a containing document
 * (a web app, a standalone script): https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()
 * Every run that writes the workbook runs in its document (menus, a bound script's triggers),
 * so there the lock exists; where it does not, there is no workbook to write either.
 */
function runLock(): GoogleAppsScript.Lock.Lock {
  const documentLock: GoogleAppsScript.Lock.Lock | null = LockService.getDocumentLock();
  if (documentLock) return documentLock;
  throw new UserError(
    'Bellringer can only run from inside its spreadsheet, and this run has none.',
    'Open the team workbook and use Extensions → Bellringer, or turn the automatic recalculation off and on again from the workbook.',
  );
}

/** Holds the lock while `fn` runs, so a manual run and the hourly run never interleave. */
export function withLock<T>(fn: () => T): T {
  const lock = runLock();
  if (!lock.tryLock(30_000)) {
    throw new BusyError(
      'Another Bellringer run (a recalculation or publish, perhaps the hourly one) is still going.',
      'Wait a minute for it to finish, then try again.',
    );
  }
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
}
