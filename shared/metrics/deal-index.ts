// Per-rep sorted deal arrays, built once per run (RunContext.deals), for open pipeline and cycle time in O(log n).
import { dropFloatDust } from '../format';
import type { Day } from '../time';
import type { Deal } from '../workbook';

export interface DealIndex {
  /** Amount of the rep's deals open at the end of `day`: created on or before it, not closed by then. */
  openPipeline(repId: string, day: Day): number;
  /** Won deals closed in start..end that have a created day: how many and their total days to close. */
  cycle(repId: string, start: Day, end: Day): { deals: number; days: number };
}

interface RepDeals {
  /** Sorted opening days with prefix sums of amounts (open = opened minus closed by a day). */
  opened: Float64Array;
  openedSum: Float64Array;
  closed: Float64Array;
  closedSum: Float64Array;
  /** Won deals with a created day, sorted by close day, with prefix counts and cycle days. */
  wonClose: Float64Array;
  wonCycleSum: Float64Array;
}

/** Orders (key, value) columns by key, ties in input order, and returns the keys and the prefix sums of values. */
function sortedPrefix(
  keys: readonly number[],
  values: readonly number[],
): [Float64Array, Float64Array] {
  const n = keys.length;
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) if (keys[i - 1]! > keys[i]!) sorted = false;
  const order: number[] = [];
  for (let i = 0; i < n; i++) order.push(i);
  if (!sorted) order.sort((a, b) => keys[a]! - keys[b]! || a - b);
  const sortedKeys = new Float64Array(n);
  const sums = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    sortedKeys[i] = keys[order[i]!]!;
    sums[i + 1] = sums[i]! + values[order[i]!]!;
  }
  return [sortedKeys, sums];
}

/** Number of keys <= x. */
function countUpTo(keys: Float64Array, x: number): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function buildRepDeals(deals: readonly Deal[]): RepDeals {
  const openDays: number[] = [];
  const openAmounts: number[] = [];
  const closeDays: number[] = [];
  const closeAmounts: number[] = [];
  const wonDays: number[] = [];
  const wonCycles: number[] = [];
  for (const d of deals) {
    const close = d.status === 'open' ? null : d.closeDay;
    // A deal without a created day has been open since before any data; a close day before the
    // created day (bad data) opens the deal on its close day so it is never negative pipeline.
    let open = d.createdDay ?? Number.NEGATIVE_INFINITY;
    if (close !== null && close < open) open = close;
    openDays.push(open);
    openAmounts.push(d.amount);
    if (close !== null) {
      closeDays.push(close);
      closeAmounts.push(d.amount);
    }
    if (d.status === 'won' && close !== null && d.createdDay !== null) {
      wonDays.push(close);
      wonCycles.push(Math.max(0, close - d.createdDay));
    }
  }
  const [o, os] = sortedPrefix(openDays, openAmounts);
  const [c, cs] = sortedPrefix(closeDays, closeAmounts);
  const [w, ws] = sortedPrefix(wonDays, wonCycles);
  return { opened: o, openedSum: os, closed: c, closedSum: cs, wonClose: w, wonCycleSum: ws };
}

const EMPTY: RepDeals = buildRepDeals([]);

/** The index of a workbook's deals; the run builds it once (RunContext.deals). */
export function buildDealIndex(deals: readonly Deal[]): DealIndex {
  const byRep = new Map<string, Deal[]>();
  for (const d of deals) {
    const list = byRep.get(d.repId);
    if (list) list.push(d);
    else byRep.set(d.repId, [d]);
  }
  const reps = new Map<string, RepDeals>();
  for (const [repId, list] of byRep) reps.set(repId, buildRepDeals(list));
  const index: DealIndex = {
    openPipeline(repId, day) {
      const r = reps.get(repId) ?? EMPTY;
      return dropFloatDust(
        r.openedSum[countUpTo(r.opened, day)]! - r.closedSum[countUpTo(r.closed, day)]!,
      );
    },
    cycle(repId, start, end) {
      const r = reps.get(repId) ?? EMPTY;
      const lo = countUpTo(r.wonClose, start - 1);
      const hi = countUpTo(r.wonClose, end);
      return {
        deals: Math.max(0, hi - lo),
        days: hi > lo ? r.wonCycleSum[hi]! - r.wonCycleSum[lo]! : 0,
      };
    },
  };
  return index;
}
