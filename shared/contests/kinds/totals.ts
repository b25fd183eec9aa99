// Contest kinds scored on the window total: most, percent_of_target, first_to and team.
import { sourceTab } from '../../metrics/ledger';
import { formatPct } from '../../format';
import { formatAmount, formatDayRange, formatMetric, isoAt, round1, rowsSuffix } from '../describe';
import type { Contest } from '../../workbook';
import { findCrossing } from '../scan';
import type { ContestContext, ContestWindow, Participant, Score } from '../types';
import { lastScoreAt, runningTotals, sourceRowsOf, totalOf } from './common';

export function counted(w: ContestWindow): string {
  return w.cutoff < w.start
    ? 'nothing counted yet (starts ' + formatDayRange(w.start, w.start) + ')'
    : 'from ' + formatDayRange(w.start, w.cutoff);
}

function totalScore(c: Contest, p: Participant, w: ContestWindow, ctx: ContestContext): Score {
  const value = totalOf(ctx, p.repIds, c.metric, w.start, w.cutoff);
  const rows = sourceRowsOf(ctx, p.repIds, c.metric, w.start, w.cutoff);
  const by =
    p.repId === null ? ' by ' + p.repIds.length + (p.repIds.length === 1 ? ' rep' : ' reps') : '';
  return {
    value,
    finishedAt: null,
    reachedAt: lastScoreAt(ctx, p.repIds, c.metric, w.start, w.cutoff),
    series: runningTotals(ctx, p.repIds, c.metric, w.start, w.cutoff),
    explanation:
      formatMetric(c.metric, value, ctx.currency) +
      by +
      ' ' +
      counted(w) +
      rowsSuffix(sourceTab(c.metric), rows) +
      '.',
  };
}

/** most: a rep's window total; team: the same summed over the team's reps (see Participant). */
export const evaluateMost = totalScore;
export const evaluateTeam = totalScore;

/** value = total / target over the whole window × 100; the target amount itself stays private. */
export function evaluatePercentOfTarget(
  c: Contest,
  p: Participant,
  w: ContestWindow,
  ctx: ContestContext,
): Score {
  const base = totalScore(c, p, w, ctx);
  const repId = p.repIds[0]!;
  const target = ctx.targets.forRange(repId, c.metric, w.start, w.end);
  if (target === null || target <= 0) {
    return {
      ...base,
      value: null,
      series: base.series.map(() => null),
      explanation:
        'No ' +
        c.metric +
        ' target covers ' +
        formatDayRange(w.start, w.end) +
        ', so no percentage; listed last. ' +
        base.explanation,
    };
  }
  const value = round1(((base.value ?? 0) / target) * 100);
  return {
    ...base,
    value,
    series: base.series.map((v) => (v === null ? null : round1((v / target) * 100))),
    explanation: formatPct(value) + ' of own target for the contest window: ' + base.explanation,
  };
}

/** Finish = the minute of the event that took the running total to the goal. */
export function evaluateFirstTo(
  c: Contest,
  p: Participant,
  w: ContestWindow,
  ctx: ContestContext,
): Score {
  const base = totalScore(c, p, w, ctx);
  const goal = c.goal;
  if (goal === null || goal <= 0)
    return {
      ...base,
      explanation: 'This contest has no goal, so nobody can finish. ' + base.explanation,
    };
  const crossing = findCrossing(ctx.ledger, p.repIds[0]!, c.metric, w.start, w.cutoff, goal);
  if (crossing !== null) {
    const row = crossing.event
      ? ' (' + crossing.event.source.tab + ' row ' + crossing.event.source.row + ')'
      : '';
    return {
      ...base,
      finishedAt: crossing.at,
      explanation:
        'Reached ' +
        formatMetric(c.metric, goal, ctx.currency) +
        ' at ' +
        isoAt(crossing.at).replace('T', ' ') +
        row +
        '. ' +
        base.explanation,
    };
  }
  const rows = sourceRowsOf(ctx, p.repIds, c.metric, w.start, w.cutoff);
  const have =
    formatAmount(c.metric, base.value ?? 0, ctx.currency) +
    ' of ' +
    formatMetric(c.metric, goal, ctx.currency);
  return {
    ...base,
    explanation:
      'Not finished: ' + have + ' ' + counted(w) + rowsSuffix(sourceTab(c.metric), rows) + '.',
  };
}
