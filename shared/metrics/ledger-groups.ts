// Lays ledger entries out group after group (one group per rep × metric), each in time order.
import { compareText } from '../order';
import type { At } from '../time';
import type { SourceColumns } from './ledger-columns';
import { FIXED_METRICS, LOST, NEW_PIPELINE, POINTS, REVENUE, WON } from './ledger-metrics';
import { sortGroup } from './ledger-sort';

/**
 * Entries in CSR layout: group g = rep index × metricCount + metric slot holds the entries
 * start[g] .. start[g + 1] - 1 of the parallel columns eAt, eRow and eVal.
 */
export interface LedgerGroups {
  /** Every rep id, sorted; a rep's index here is its place in the group numbering. */
  readonly repIds: readonly string[];
  /** Activity types, sorted. */
  readonly activityTypes: readonly string[];
  readonly repIndex: ReadonlyMap<string, number>;
  readonly metricIndex: ReadonlyMap<string, number>;
  readonly metricCount: number;
  readonly groupCount: number;
  readonly start: Int32Array;
  readonly eAt: Float64Array;
  readonly eRow: Int32Array;
  readonly eVal: Float64Array;
}

export function groupEntries(
  columns: SourceColumns,
  weights: ReadonlyMap<string, number>,
): LedgerGroups {
  const { repNames, typeNames } = columns;
  const { rep: aRep, type: aType, at: aAt, row: aRow, count: aCount } = columns.activities;
  const { rep: cRep, at: cAt, row: cRow, amount: cAmount, won: cWon } = columns.closed;
  const { rep: pRep, at: pAt, row: pRow, amount: pAmount } = columns.created;
  const nA = aRep.length;
  const nC = cRep.length;
  const nP = pRep.length;

  const repIds = [...repNames].sort(compareText);
  const activityTypes = [...typeNames].sort(compareText);
  const repIndex = new Map<string, number>();
  repIds.forEach((id, i) => {
    repIndex.set(id, i);
  });
  const metricIndex = new Map<string, number>();
  FIXED_METRICS.forEach((m, i) => {
    metricIndex.set(m, i);
  });
  // A custom activity type named like a fixed metric would collide; the fixed meaning wins.
  for (const t of activityTypes) if (!metricIndex.has(t)) metricIndex.set(t, metricIndex.size);
  const M = metricIndex.size;
  const G = repIds.length * M;
  // Code -> sorted rep index × M (group base); type code -> metric slot and weight.
  const repBase = Int32Array.from(repNames, (id) => repIndex.get(id)! * M);
  const typeSlot = Int32Array.from(typeNames, (t) => metricIndex.get(t)!);
  const typeWeight = Float64Array.from(typeNames, (t) => weights.get(t) ?? 1);

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

  return {
    repIds,
    activityTypes,
    repIndex,
    metricIndex,
    metricCount: M,
    groupCount: G,
    start,
    eAt,
    eRow,
    eVal,
  };
}
