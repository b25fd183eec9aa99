// The `streak` contest kind: most consecutive working days meeting the daily goal.
import { isWorkingDay } from '../../time';
import { MINUTES_PER_DAY } from '../../time';
import type { Contest } from '../../workbook';
import { findCrossing } from '../scan';
import type { ContestContext, ContestWindow, Participant, Score } from '../types';
import { sourcesOf } from './common';

/**
 * Weekends and holidays neither extend nor break a run. The value is the longest run in the
 * counted days; a live contest's unfinished today can only lengthen a run, never shorten the best.
 */
export function evaluateStreak(
  c: Contest,
  p: Participant,
  w: ContestWindow,
  ctx: ContestContext,
): Score {
  const goal = c.goal ?? 1;
  const repId = p.repIds[0]!;
  const series: number[] = [];
  let run = 0;
  let runStart = w.start;
  let best = 0;
  let bestStart = w.start;
  let bestEnd = w.start - 1;
  for (let d = w.start; d <= w.cutoff; d++) {
    if (isWorkingDay(d, ctx.calendar)) {
      if (ctx.ledger.daily(repId, c.metric, d) >= goal - 1e-9) {
        if (run === 0) runStart = d;
        run++;
        if (run > best) {
          best = run;
          bestStart = runStart;
          bestEnd = d;
        }
      } else run = 0;
    }
    series.push(best);
  }
  if (best === 0) {
    return {
      value: 0,
      finishedAt: null,
      reachedAt: null,
      series,
      fact: { kind: 'no_streak', metric: c.metric, goal, start: w.start, cutoff: w.cutoff },
    };
  }
  return {
    value: best,
    finishedAt: null,
    reachedAt:
      findCrossing(ctx.ledger, repId, c.metric, bestEnd, bestEnd, goal)?.at ??
      bestEnd * MINUTES_PER_DAY,
    series,
    fact: {
      kind: 'streak',
      metric: c.metric,
      goal,
      days: best,
      first: bestStart,
      last: bestEnd,
      sources: sourcesOf(ctx, p.repIds, c.metric, bestStart, bestEnd),
    },
  };
}
