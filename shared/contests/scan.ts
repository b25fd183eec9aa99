// Fast ledger scans by day: when a running total crossed a bar, and when a total last changed.
import type { Ledger, LedgerEvent, MetricKey } from '../metrics';
import type { At, Day } from '../time';
import { MINUTES_PER_DAY } from '../time';

export interface Crossing {
  readonly day: Day;
  readonly at: At;
  /** The contribution that crossed the bar, when the ledger has one. */
  readonly event: LedgerEvent | null;
}

/**
 * The first moment in start..end at which the running total reached `needed` (or passed it,
 * when strict). Days are scanned with O(1) daily sums; only the crossing day's events are read.
 */
export function findCrossing(
  ledger: Ledger,
  repId: string,
  metric: MetricKey,
  start: Day,
  end: Day,
  needed: number,
  strict = false,
): Crossing | null {
  const reached = (x: number) => (strict ? x > needed + 1e-9 : x >= needed - 1e-9);
  let running = 0;
  for (let d = Math.max(start, ledger.firstDay); d <= Math.min(end, ledger.lastDay); d++) {
    const today = ledger.daily(repId, metric, d);
    if (today === 0 || !reached(running + today)) {
      running += today;
      continue;
    }
    for (const e of ledger.events(repId, metric, d, d)) {
      running += e.value;
      if (reached(running)) return { day: d, at: e.at, event: e };
    }
    return { day: d, at: d * MINUTES_PER_DAY, event: null };
  }
  return null;
}

/** The minute of the last non-zero contribution in start..end, or null. */
export function lastChangeAt(
  ledger: Ledger,
  repId: string,
  metric: MetricKey,
  start: Day,
  end: Day,
): At | null {
  for (let d = Math.min(end, ledger.lastDay); d >= Math.max(start, ledger.firstDay); d--) {
    if (ledger.daily(repId, metric, d) === 0) continue;
    const events = ledger.events(repId, metric, d, d);
    for (let i = events.length - 1; i >= 0; i--) if (events[i]!.value !== 0) return events[i]!.at;
    return d * MINUTES_PER_DAY;
  }
  return null;
}
