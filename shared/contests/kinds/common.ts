// Ledger helpers the contest kinds share: totals, daily running series, last-score time, source rows.
import type { MetricKey, SourceRef } from '../../metrics/ledger';
import type { At, Day } from '../../time/types';
import { lastChangeAt } from '../scan';
import type { ContestContext } from '../types';

export function totalOf(
  ctx: ContestContext,
  repIds: readonly string[],
  metric: MetricKey,
  start: Day,
  end: Day,
): number {
  if (end < start) return 0;
  let total = 0;
  for (const id of repIds) total += ctx.ledger.sum(id, metric, start, end);
  return Math.round(total * 1e6) / 1e6;
}

/** Running total at the end of each day start..end (empty when end < start). */
export function runningTotals(
  ctx: ContestContext,
  repIds: readonly string[],
  metric: MetricKey,
  start: Day,
  end: Day,
): number[] {
  const out: number[] = [];
  let total = 0;
  for (let d = start; d <= end; d++) {
    for (const id of repIds) total += ctx.ledger.daily(id, metric, d);
    out.push(Math.round(total * 1e6) / 1e6);
  }
  return out;
}

/** The minute of the last non-zero contribution in the range, across the given reps. */
export function lastScoreAt(
  ctx: ContestContext,
  repIds: readonly string[],
  metric: MetricKey,
  start: Day,
  end: Day,
): At | null {
  let last: At | null = null;
  for (const id of repIds) {
    const at = lastChangeAt(ctx.ledger, id, metric, start, end);
    if (at !== null && (last === null || at > last)) last = at;
  }
  return last;
}

/** Source rows of the range across reps, sorted by tab then row. */
export function sourcesOf(
  ctx: ContestContext,
  repIds: readonly string[],
  metric: MetricKey,
  start: Day,
  end: Day,
): SourceRef[] {
  if (end < start) return [];
  const all: SourceRef[] = [];
  for (const id of repIds) all.push(...ctx.ledger.sources(id, metric, start, end));
  if (repIds.length > 1)
    all.sort((a, b) => (a.tab < b.tab ? -1 : a.tab > b.tab ? 1 : a.row - b.row));
  return all;
}
