// The Ledger object: range sums, source rows and events answered from the grouped entries.
import { dropFloatDust } from '../format';
import type { Day } from '../time';
import { MINUTES_PER_DAY } from '../time';
import type { LedgerGroups } from './ledger-groups';
import { sourceTab } from './ledger-metrics';
import type { LedgerPrefix } from './ledger-prefix';
import type { Ledger, LedgerEvent, MetricKey } from './ledger-types';

function lowerBound(a: Float64Array, from: number, to: number, x: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function queryLedger(groups: LedgerGroups, days: LedgerPrefix): Ledger {
  const {
    repIds,
    activityTypes,
    repIndex,
    metricIndex,
    metricCount: M,
    start,
    eAt,
    eRow,
    eVal,
  } = groups;
  const { firstDay, lastDay, offset, from, to, prefix, runStart, running } = days;

  // Callers scan one rep and metric day after day, so the last look-up is remembered.
  let lastRep = '';
  let lastMetric = '';
  let lastGroup = -1;
  const groupOf = (repId: string, metric: MetricKey): number => {
    if (repId === lastRep && metric === lastMetric) return lastGroup;
    const r = repIndex.get(repId);
    const m = metricIndex.get(metric);
    lastRep = repId;
    lastMetric = metric;
    lastGroup = r === undefined || m === undefined ? -1 : r * M + m;
    return lastGroup;
  };
  /** Entry index range [lo, hi) of a group for days start..end. */
  const span2 = (g: number, s: Day, e: Day): [number, number] => {
    if (g < 0 || s > e) return [0, 0];
    const lo = lowerBound(eAt, start[g]!, start[g + 1]!, s * MINUTES_PER_DAY);
    const hi = lowerBound(eAt, lo, start[g + 1]!, (e + 1) * MINUTES_PER_DAY);
    return [lo, hi];
  };

  return {
    firstDay,
    lastDay,
    repIds,
    activityTypes,
    sum(repId, metric, s, e) {
      const g = groupOf(repId, metric);
      if (g < 0) return 0;
      const o = offset[g]!;
      if (o >= 0) {
        const base = from[g]!;
        const a = Math.max(s, base) - base;
        const b = Math.min(e, to[g]!) - base;
        // Differences of float prefix sums leave dust such as 41999.99999999.
        return a > b ? 0 : dropFloatDust(prefix[o + b + 1]! - prefix[o + a]!);
      }
      const [lo, hi] = span2(g, s, e);
      const r = runStart[g]! - start[g]!;
      return lo >= hi ? 0 : dropFloatDust(running[r + hi]! - running[r + lo]!);
    },
    daily(repId, metric, day) {
      return this.sum(repId, metric, day, day);
    },
    sources(repId, metric, s, e) {
      const tab = sourceTab(metric);
      return Array.from(this.sourceRows(repId, metric, s, e), (row) => ({ tab, row }));
    },
    sourceRows(repId, metric, s, e) {
      const [lo, hi] = span2(groupOf(repId, metric), s, e);
      return eRow.slice(lo, hi).sort();
    },
    events(repId, metric, s, e) {
      const [lo, hi] = span2(groupOf(repId, metric), s, e);
      const tab = sourceTab(metric);
      const out: LedgerEvent[] = [];
      for (let k = lo; k < hi; k++) {
        out.push({ at: eAt[k]!, value: eVal[k]!, source: { tab, row: eRow[k]! } });
      }
      return out;
    },
  };
}
