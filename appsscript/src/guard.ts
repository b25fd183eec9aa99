// Runs a menu action so that every failure reaches the manager as an alert, and runs never interleave.
import { alertFor, BusyError } from './errors';
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
 * The document lock, or the script lock where there is none: getDocumentLock answers null in some
 * trigger and add-on contexts, and treating that as "busy" would skip every hourly run. The script
 * lock is coarser (every document running this script), which only costs a short wait.
 */
function runLock(): GoogleAppsScript.Lock.Lock {
  const documentLock: GoogleAppsScript.Lock.Lock | null = LockService.getDocumentLock();
  return documentLock ?? LockService.getScriptLock();
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
