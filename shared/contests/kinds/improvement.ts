// The `improvement` contest kind: % rise of the window total over the previous window of equal length.
import type { Contest } from '../../workbook';
import { round1 } from '../../format';
import type { ContestContext, ContestWindow, Participant, Score } from '../types';
import { lastScoreAt, totalFactOf, totalOf } from './common';

/**
 * While live, the days counted so far are compared with the same number of days at the start
 * of the previous window, so the race is fair mid-way; once final both windows are whole.
 */
export function evaluateImprovement(
  c: Contest,
  p: Participant,
  w: ContestWindow,
  ctx: ContestContext,
): Score {
  const length = w.end - w.start + 1;
  const prevStart = w.start - length;
  const elapsed = w.cutoff - w.start + 1;
  const series: (number | null)[] = [];
  for (let k = 1; k <= elapsed; k++) {
    const cur = totalOf(ctx, p.repIds, c.metric, w.start, w.start + k - 1);
    const prev = totalOf(ctx, p.repIds, c.metric, prevStart, prevStart + k - 1);
    series.push(prev > 0 ? round1(((cur - prev) / prev) * 100) : null);
  }
  if (elapsed <= 0) {
    return {
      value: null,
      finishedAt: null,
      reachedAt: null,
      series,
      fact: { kind: 'nothing_counted' },
    };
  }
  const prevEnd = prevStart + elapsed - 1;
  const now = totalFactOf(ctx, p, c.metric, w.start, w.cutoff);
  const before = totalFactOf(ctx, p, c.metric, prevStart, prevEnd);
  const reachedAt = lastScoreAt(ctx, p.repIds, c.metric, w.start, w.cutoff);
  if (before.value <= 0) {
    return {
      value: null,
      finishedAt: null,
      reachedAt,
      series,
      fact: { kind: 'no_previous', now, before },
    };
  }
  const value = round1(((now.value - before.value) / before.value) * 100);
  return {
    value,
    finishedAt: null,
    reachedAt,
    series,
    fact: { kind: 'improvement', pct: value, now, before },
  };
}
