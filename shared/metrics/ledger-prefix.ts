// The day range the ledger covers and per-group daily prefix sums, for O(1) range sums.
import type { Day } from '../time/types';
import { MINUTES_PER_DAY } from '../time/types';
import type { LedgerGroups } from './ledger-groups';

export interface LedgerPrefix {
  /** Range covered by data, inclusive. With no data at all, firstDay > lastDay. */
  readonly firstDay: Day;
  readonly lastDay: Day;
  /** Where group g's prefix sums start in `prefix`; -1 when the group has no data. */
  readonly offset: Int32Array;
  /** prefix[offset[g] + i] = total of days firstDay .. firstDay+i-1. */
  readonly prefix: Float64Array;
}

export function prefixSums(groups: LedgerGroups): LedgerPrefix {
  const { groupCount: G, start, eAt, eVal } = groups;
  const total = start[G]!;
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

  // Groups with data get span + 1 prefix sums in one shared array, from offset[g] (-1: no data).
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
  return { firstDay, lastDay, offset, prefix };
}
