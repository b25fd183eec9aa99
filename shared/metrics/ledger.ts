// The ledger: per-rep, per-metric daily facts with prefix sums and the source rows behind them.
import type { At, Day } from '../time/types';
import { MINUTES_PER_DAY } from '../time/types';
import type { Activity, Deal, Rep, Settings } from '../workbook';

/** `revenue`, `won_deals`, `lost_deals`, `new_pipeline`, `activity_points` or an activity type. */
export type MetricKey = string;

export interface SourceRef {
  readonly tab: 'Deals' | 'Activities';
  readonly row: number;
}

export interface LedgerEvent {
  readonly at: At;
  readonly value: number;
  readonly source: SourceRef;
}

export interface Ledger {
  /** Range covered by data, inclusive. With no data at all, firstDay > lastDay. */
  readonly firstDay: Day;
  readonly lastDay: Day;
  /** Every rep of the Reps tab and every rep id seen in data, active or not; sorted. */
  readonly repIds: readonly string[];
  /** Activity types as seen in Activities, sorted. */
  readonly activityTypes: readonly string[];
  /** Inclusive range sum; 0 outside the data range or for an unknown rep/metric. */
  sum(repId: string, metric: MetricKey, start: Day, end: Day): number;
  daily(repId: string, metric: MetricKey, day: Day): number;
  /** Rows that contributed to the range, sorted by tab then row. */
  sources(repId: string, metric: MetricKey, start: Day, end: Day): SourceRef[];
  /** The same rows as bare row numbers, ascending (all in the metric's `sourceTab`): cheap for explanations. */
  sourceRows(repId: string, metric: MetricKey, start: Day, end: Day): Int32Array;
  /** Contributions in the range, chronological (at, then row). */
  events(repId: string, metric: MetricKey, start: Day, end: Day): readonly LedgerEvent[];
}

/** The parts of a Workbook the ledger reads (a full Workbook fits). */
export interface LedgerInput {
  readonly settings: Pick<Settings, 'activityWeights'>;
  readonly reps: readonly Pick<Rep, 'repId'>[];
  readonly activities: readonly Activity[];
  readonly deals: readonly Deal[];
}

export const DEAL_METRICS = ['revenue', 'won_deals', 'lost_deals', 'new_pipeline'] as const;

/** The tab a metric's source rows are in. */
export function sourceTab(metric: MetricKey): SourceRef['tab'] {
  return (DEAL_METRICS as readonly string[]).includes(metric) ? 'Deals' : 'Activities';
}

// Fixed metric slots; activity types follow from index 5.
const REVENUE = 0;
const WON = 1;
const LOST = 2;
const NEW_PIPELINE = 3;
const POINTS = 4;
const FIXED = [...DEAL_METRICS, 'activity_points'] as const;

/**
 * Range sums come from differences of float prefix sums, which can leave dust such as
 * 41999.99999999; results are rounded to 1e-6, far below a cent or a fraction of a point.
 */
function clean(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** The At of a fact, falling back to the start of its day when the two disagree. */
function atOnDay(at: At | null, day: Day): At {
  return at !== null && Math.floor(at / MINUTES_PER_DAY) === day ? at : day * MINUTES_PER_DAY;
}

/**
 * Sorts the entries lo..hi-1 of one group by (at, row). Entries arrive in sheet order, which is
 * nearly always time order within a rep and metric (at most a few same-day rows swapped), so an
 * insertion sort does it in about one pass; when the rows are far out of order it gives up after
 * a bounded number of moves and sorts the group by comparison instead.
 */
function sortGroup(
  eAt: Float64Array,
  eRow: Int32Array,
  eVal: Float64Array,
  lo: number,
  hi: number,
): void {
  let budget = 8 * (hi - lo);
  for (let k = lo + 1; k < hi; k++) {
    const at = eAt[k]!;
    const row = eRow[k]!;
    const val = eVal[k]!;
    let j = k - 1;
    while (j >= lo && (eAt[j]! > at || (eAt[j] === at && eRow[j]! > row))) {
      if (--budget < 0) {
        eAt[j + 1] = at;
        eRow[j + 1] = row;
        eVal[j + 1] = val;
        sortByComparison(eAt, eRow, eVal, lo, hi);
        return;
      }
      eAt[j + 1] = eAt[j]!;
      eRow[j + 1] = eRow[j]!;
      eVal[j + 1] = eVal[j]!;
      j--;
    }
    eAt[j + 1] = at;
    eRow[j + 1] = row;
    eVal[j + 1] = val;
  }
}

function sortByComparison(
  eAt: Float64Array,
  eRow: Int32Array,
  eVal: Float64Array,
  lo: number,
  hi: number,
): void {
  const order = Array.from({ length: hi - lo }, (_, i) => lo + i);
  order.sort((a, b) => eAt[a]! - eAt[b]! || eRow[a]! - eRow[b]!);
  const at = Float64Array.from(order, (k) => eAt[k]!);
  const row = Int32Array.from(order, (k) => eRow[k]!);
  const val = Float64Array.from(order, (k) => eVal[k]!);
  eAt.set(at, lo);
  eRow.set(row, lo);
  eVal.set(val, lo);
}

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

/** Dense codes for strings in first-seen order, so hot loops index typed arrays instead of Maps. */
class Codes {
  readonly byName = new Map<string, number>();
  readonly names: string[] = [];
  code(name: string): number {
    let c = this.byName.get(name);
    if (c === undefined) {
      c = this.names.length;
      this.byName.set(name, c);
      this.names.push(name);
    }
    return c;
  }
}

export function buildLedger(workbook: LedgerInput): Ledger {
  const { activities, deals } = workbook;
  const weights = workbook.settings.activityWeights as Readonly<Record<string, number>>;

  // One sequential pass per source into typed columns; strings become codes once.
  const repCodes = new Codes();
  const typeCodes = new Codes();
  for (const r of workbook.reps) repCodes.code(r.repId);
  const nA = activities.length;
  const aRep = new Int32Array(nA);
  const aType = new Int32Array(nA);
  const aAt = new Float64Array(nA);
  const aRow = new Int32Array(nA);
  const aCount = new Float64Array(nA);
  for (let i = 0; i < nA; i++) {
    const a = activities[i]!;
    aRep[i] = repCodes.code(a.repId);
    aType[i] = typeCodes.code(a.type);
    aAt[i] = atOnDay(a.at, a.day);
    aRow[i] = a.row;
    aCount[i] = a.count;
  }
  let nC = 0;
  let nP = 0;
  // Index loops over the large arrays: for-of allocates iterator results until optimised.
  for (let i = 0; i < deals.length; i++) {
    const d = deals[i]!;
    if (d.status !== 'open' && d.closeDay !== null) nC++;
    if (d.createdDay !== null) nP++;
  }
  const cRep = new Int32Array(nC);
  const cAt = new Float64Array(nC);
  const cRow = new Int32Array(nC);
  const cAmount = new Float64Array(nC);
  const cWon = new Uint8Array(nC);
  const pRep = new Int32Array(nP);
  const pAt = new Float64Array(nP);
  const pRow = new Int32Array(nP);
  const pAmount = new Float64Array(nP);
  nC = 0;
  nP = 0;
  for (let i = 0; i < deals.length; i++) {
    const d = deals[i]!;
    const rc = repCodes.code(d.repId);
    if (d.status !== 'open' && d.closeDay !== null) {
      cRep[nC] = rc;
      cAt[nC] = atOnDay(d.closeAt, d.closeDay);
      cRow[nC] = d.row;
      cAmount[nC] = d.amount;
      cWon[nC++] = d.status === 'won' ? 1 : 0;
    }
    if (d.createdDay !== null) {
      pRep[nP] = rc;
      pAt[nP] = d.createdDay * MINUTES_PER_DAY;
      pRow[nP] = d.row;
      pAmount[nP++] = d.amount;
    }
  }

  const repIds = [...repCodes.names].sort();
  const activityTypes = [...typeCodes.names].sort();
  const repIndex = new Map<string, number>();
  repIds.forEach((id, i) => {
    repIndex.set(id, i);
  });
  const metricIndex = new Map<string, number>();
  FIXED.forEach((m, i) => {
    metricIndex.set(m, i);
  });
  // A custom activity type named like a fixed metric would collide; the fixed meaning wins.
  for (const t of activityTypes) if (!metricIndex.has(t)) metricIndex.set(t, metricIndex.size);
  const M = metricIndex.size;
  const G = repIds.length * M;
  // Code -> sorted rep index × M (group base); type code -> metric slot and weight.
  const repBase = Int32Array.from(repCodes.names, (id) => repIndex.get(id)! * M);
  const typeSlot = Int32Array.from(typeCodes.names, (t) => metricIndex.get(t)!);
  const typeWeight = Float64Array.from(typeCodes.names, (t) => weights[t] ?? 1);

  // Count per group (rep × metric), then lay entries out group after group (CSR layout).
  const count = new Int32Array(G + 1);
  for (let i = 0; i < nA; i++) {
    const base = repBase[aRep[i]!]!;
    count[base + typeSlot[aType[i]!]!]!++;
    count[base + POINTS]!++;
  }
  for (let i = 0; i < nC; i++) {
    const base = repBase[cRep[i]!]!;
    if (cWon[i]) {
      count[base + REVENUE]!++;
      count[base + WON]!++;
    } else count[base + LOST]!++;
  }
  for (let i = 0; i < nP; i++) count[repBase[pRep[i]!]! + NEW_PIPELINE]!++;
  const start = new Int32Array(G + 1);
  for (let g = 0; g < G; g++) start[g + 1] = start[g]! + count[g]!;
  const total = start[G]!;
  const eAt = new Float64Array(total);
  const eRow = new Int32Array(total);
  const eVal = new Float64Array(total);
  const cursor = start.slice(0, G);
  const put = (g: number, at: At, row: number, value: number) => {
    const k = cursor[g]!++;
    eAt[k] = at;
    eRow[k] = row;
    eVal[k] = value;
  };
  for (let i = 0; i < nA; i++) {
    const base = repBase[aRep[i]!]!;
    const t = aType[i]!;
    put(base + typeSlot[t]!, aAt[i]!, aRow[i]!, aCount[i]!);
    put(base + POINTS, aAt[i]!, aRow[i]!, aCount[i]! * typeWeight[t]!);
  }
  for (let i = 0; i < nC; i++) {
    const base = repBase[cRep[i]!]!;
    if (cWon[i]) {
      put(base + REVENUE, cAt[i]!, cRow[i]!, cAmount[i]!);
      put(base + WON, cAt[i]!, cRow[i]!, 1);
    } else put(base + LOST, cAt[i]!, cRow[i]!, 1);
  }
  for (let i = 0; i < nP; i++) {
    put(repBase[pRep[i]!]! + NEW_PIPELINE, pAt[i]!, pRow[i]!, pAmount[i]!);
  }
  // Within a group, entries are chronological (at, then row): events() and sources() rely on it.
  for (let g = 0; g < G; g++) sortGroup(eAt, eRow, eVal, start[g]!, start[g + 1]!);

  let firstDay = 0;
  let lastDay = -1;
  if (total > 0) {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < total; k++) {
      const at = eAt[k]!;
      if (at < lo) lo = at;
      if (at > hi) hi = at;
    }
    firstDay = Math.floor(lo / MINUTES_PER_DAY);
    lastDay = Math.floor(hi / MINUTES_PER_DAY);
  }
  const span = lastDay - firstDay + 1;

  // Groups with data get span + 1 prefix sums in one shared array, from offset[g] (-1: no data):
  // prefix[offset[g] + i] = total of days firstDay .. firstDay+i-1.
  const offset = new Int32Array(G).fill(-1);
  let used = 0;
  for (let g = 0; g < G; g++) {
    if (start[g] === start[g + 1]) continue;
    offset[g] = used;
    used += span + 1;
  }
  const prefix = new Float64Array(used);
  for (let g = 0; g < G; g++) {
    const o = offset[g]!;
    if (o < 0) continue;
    for (let k = start[g]!; k < start[g + 1]!; k++) {
      prefix[o + Math.floor(eAt[k]! / MINUTES_PER_DAY) - firstDay + 1]! += eVal[k]!;
    }
    for (let i = o + 1; i <= o + span; i++) prefix[i]! += prefix[i - 1]!;
  }

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
      const o = g < 0 ? -1 : offset[g]!;
      if (o < 0) return 0;
      const a = Math.max(s, firstDay) - firstDay;
      const b = Math.min(e, lastDay) - firstDay;
      return a > b ? 0 : clean(prefix[o + b + 1]! - prefix[o + a]!);
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
