// The `improvement` contest kind: % rise of the window total over the previous window of equal length.
import { sourceTab } from '../../metrics/ledger';
import { formatPct } from '../../format';
import type { Contest } from '../../workbook';
import { formatDayRange, formatMetric, round1, rowsSuffix } from '../describe';
import type { ContestContext, ContestWindow, Participant, Score } from '../types';
import { lastScoreAt, sourceRowsOf, totalOf } from './common';

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
      explanation: 'Nothing counted yet.',
    };
  }
  const prevEnd = prevStart + elapsed - 1;
  const cur = totalOf(ctx, p.repIds, c.metric, w.start, w.cutoff);
  const prev = totalOf(ctx, p.repIds, c.metric, prevStart, prevEnd);
  const now =
    formatMetric(c.metric, cur, ctx.currency) +
    ' from ' +
    formatDayRange(w.start, w.cutoff) +
    rowsSuffix(sourceTab(c.metric), sourceRowsOf(ctx, p.repIds, c.metric, w.start, w.cutoff));
  const before =
    formatMetric(c.metric, prev, ctx.currency) + ' from ' + formatDayRange(prevStart, prevEnd);
  const reachedAt = lastScoreAt(ctx, p.repIds, c.metric, w.start, w.cutoff);
  if (prev <= 0) {
    return {
      value: null,
      finishedAt: null,
      reachedAt,
      series,
      explanation:
        'No previous result to compare with (' + before + '), listed last; now ' + now + '.',
    };
  }
  const value = round1(((cur - prev) / prev) * 100);
  const sign = value > 0 ? '+' : '';
  return {
    value,
    finishedAt: null,
    reachedAt,
    series,
    explanation:
      sign +
      formatPct(value) +
      ': ' +
      now +
      ' against ' +
      before +
      rowsSuffix(sourceTab(c.metric), sourceRowsOf(ctx, p.repIds, c.metric, prevStart, prevEnd)) +
      '.',
  };
}
