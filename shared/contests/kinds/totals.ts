// Contest kinds scored on the window total: most, percent_of_target, first_to and team.
import type { Contest } from '../../workbook';
import { round1 } from '../../format';
import type { TotalFact } from '../facts';
import { findCrossing } from '../scan';
import type { ContestContext, ContestWindow, Participant, Score } from '../types';
import { lastScoreAt, runningTotals, totalFactOf } from './common';

/** The score on the window total, with the total fact for the kinds that build on it. */
function totalScore(
  c: Contest,
  p: Participant,
  w: ContestWindow,
  ctx: ContestContext,
): Score & { readonly total: TotalFact } {
  const total = totalFactOf(ctx, p, c.metric, w.start, w.cutoff);
  return {
    value: total.value,
    finishedAt: null,
    reachedAt: lastScoreAt(ctx, p.repIds, c.metric, w.start, w.cutoff),
    series: runningTotals(ctx, p.repIds, c.metric, w.start, w.cutoff),
    fact: { kind: 'total', total },
    total,
  };
}

/** most: a rep's window total; team: the same summed over the team's reps (see Participant). */
export const evaluateMost: (
  c: Contest,
  p: Participant,
  w: ContestWindow,
  ctx: ContestContext,
) => Score = totalScore;
export const evaluateTeam = evaluateMost;

/** value = total / target over the whole window × 100; the target amount itself stays private. */
export function evaluatePercentOfTarget(
  c: Contest,
  p: Participant,
  w: ContestWindow,
  ctx: ContestContext,
): Score {
  const { total, ...base } = totalScore(c, p, w, ctx);
  const repId = p.repIds[0]!;
  const target = ctx.targets.forRange(repId, c.metric, w.start, w.end);
  if (target === null || target <= 0) {
    return {
      ...base,
      value: null,
      series: base.series.map(() => null),
      fact: { kind: 'no_target', start: w.start, end: w.end, total },
    };
  }
  const value = round1(((base.value ?? 0) / target) * 100);
  return {
    ...base,
    value,
    series: base.series.map((v) => (v === null ? null : round1((v / target) * 100))),
    fact: { kind: 'percent_of_target', pct: value, total },
  };
}

/** Finish = the minute of the event that took the running total to the goal. */
export function evaluateFirstTo(
  c: Contest,
  p: Participant,
  w: ContestWindow,
  ctx: ContestContext,
): Score {
  const { total, ...base } = totalScore(c, p, w, ctx);
  const goal = c.goal;
  if (goal === null || goal <= 0) return { ...base, fact: { kind: 'no_goal', total } };
  const crossing = findCrossing(ctx.ledger, p.repIds[0]!, c.metric, w.start, w.cutoff, goal);
  if (crossing !== null) {
    return {
      ...base,
      finishedAt: crossing.at,
      fact: {
        kind: 'goal_reached',
        goal,
        at: crossing.at,
        source: crossing.event?.source ?? null,
        total,
      },
    };
  }
  return { ...base, fact: { kind: 'goal_not_reached', goal, total } };
}
