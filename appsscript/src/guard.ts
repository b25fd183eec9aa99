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

/** Holds the document lock while `fn` runs, so a manual run and the hourly run never interleave. */
export function withLock<T>(fn: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock?.tryLock(30_000)) {
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
