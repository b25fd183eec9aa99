// Ledger helpers the contest kinds share: totals, daily running series, last-score time, source rows.
import { dropFloatDust } from '../../format';
import { type MetricKey, type SourceRef, sourceTab } from '../../metrics';
import type { At, Day } from '../../time';
import { lastChangeAt } from '../scan';
import type { TotalFact } from '../facts';
import type { ContestContext, Participant } from '../types';

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
  return dropFloatDust(total);
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
    out.push(dropFloatDust(total));
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

/** Source rows of the range across reps, ascending (all in the metric's `sourceTab`). */
export function sourceRowsOf(
  ctx: ContestContext,
  repIds: readonly string[],
  metric: MetricKey,
  start: Day,
  end: Day,
): Int32Array {
  if (end < start) return new Int32Array(0);
  if (repIds.length === 1) return ctx.ledger.sourceRows(repIds[0]!, metric, start, end);
  const parts = repIds.map((id) => ctx.ledger.sourceRows(id, metric, start, end));
  const all = new Int32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  return all.sort();
}

/** The same rows as references into the metric's source tab, for facts. */
export function sourcesOf(
  ctx: ContestContext,
  repIds: readonly string[],
  metric: MetricKey,
  start: Day,
  end: Day,
): SourceRef[] {
  const tab = sourceTab(metric);
  return Array.from(sourceRowsOf(ctx, repIds, metric, start, end), (row) => ({ tab, row }));
}

/** The participant's total of `metric` over start..cutoff, with its source rows, as a fact. */
export function totalFactOf(
  ctx: ContestContext,
  p: Participant,
  metric: MetricKey,
  start: Day,
  cutoff: Day,
): TotalFact {
  return {
    metric,
    value: totalOf(ctx, p.repIds, metric, start, cutoff),
    reps: p.repId === null ? p.repIds.length : null,
    start,
    cutoff,
    sources: sourcesOf(ctx, p.repIds, metric, start, cutoff),
  };
}
