// Per-group running totals for O(1) or O(log n) range sums, sized by the rows, never by the dates.
import type { Day } from '../time';
import { MINUTES_PER_DAY } from '../time';
import type { LedgerGroups } from './ledger-groups';

/**
 * A group whose days span at most DENSE_PER_ENTRY × its entries + DENSE_SLACK days keeps daily
 * prefix sums (a range sum is two reads); a sparser group keeps running totals per entry (two
 * binary searches). Memory is then at most (DENSE_PER_ENTRY + 1) × rows + DENSE_SLACK × groups
 * numbers, whatever the dates: one row dated 9999-12-31 used to allocate a day for every day
 * between it and the other rows, for every rep and metric.
 */
export const DENSE_PER_ENTRY = 8;
export const DENSE_SLACK = 400;

export interface LedgerPrefix {
  /** Range covered by data, inclusive. With no data at all, firstDay > lastDay. */
  readonly firstDay: Day;
  readonly lastDay: Day;
  /** Dense groups: where their daily prefix sums start in `prefix`; -1 for sparse or empty groups. */
  readonly offset: Int32Array;
  /** Dense groups: the first and last day of their prefix sums. */
  readonly from: Int32Array;
  readonly to: Int32Array;
  /** prefix[offset[g] + i] = total of days from[g] .. from[g]+i-1. */
  readonly prefix: Float64Array;
  /** Sparse groups: where their running totals start in `running`; -1 for dense or empty groups. */
  readonly runStart: Int32Array;
  /** running[runStart[g] + i] = total of sparse group g's first i entries (dense groups have none). */
  readonly running: Float64Array;
}

export function prefixSums(groups: LedgerGroups): LedgerPrefix {
  const { groupCount: G, start, eAt, eVal } = groups;
  const dayOf = (k: number) => Math.floor(eAt[k]! / MINUTES_PER_DAY);
  let firstDay = 0;
  let lastDay = -1;
  const offset = new Int32Array(G).fill(-1);
  const from = new Int32Array(G);
  const to = new Int32Array(G);
  const runStart = new Int32Array(G).fill(-1);
  let runUsed = 0;
  let used = 0;
  for (let g = 0; g < G; g++) {
    const lo = start[g]!;
    const hi = start[g + 1]!;
    if (lo === hi) continue;
    // Entries are chronological within a group: its first and last entries bound its days.
    const first = dayOf(lo);
    const last = dayOf(hi - 1);
    if (lastDay < firstDay) {
      firstDay = first;
      lastDay = last;
    } else {
      firstDay = Math.min(firstDay, first);
      lastDay = Math.max(lastDay, last);
    }
    if (last - first + 1 > DENSE_PER_ENTRY * (hi - lo) + DENSE_SLACK) {
      // Sparse: running totals per entry (a dense group's daily sums answer every range).
      runStart[g] = runUsed;
      runUsed += hi - lo + 1;
      continue;
    }
    offset[g] = used;
    from[g] = first;
    to[g] = last;
    used += last - first + 2;
  }
  const running = new Float64Array(runUsed);
  for (let g = 0; g < G; g++) {
    const r = runStart[g]!;
    if (r < 0) continue;
    let acc = 0;
    for (let k = start[g]!, i = r + 1; k < start[g + 1]!; k++, i++) {
      acc += eVal[k]!;
      running[i] = acc;
    }
  }
  const prefix = new Float64Array(used);
  for (let g = 0; g < G; g++) {
    const o = offset[g]!;
    if (o < 0) continue;
    const base = from[g]!;
    for (let k = start[g]!; k < start[g + 1]!; k++) prefix[o + dayOf(k) - base + 1]! += eVal[k]!;
    for (let i = o + 1; i <= o + to[g]! - base + 1; i++) prefix[i]! += prefix[i - 1]!;
  }
  return { firstDay, lastDay, offset, from, to, prefix, runStart, running };
}
