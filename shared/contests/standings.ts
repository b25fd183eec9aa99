// Evaluates a contest: status, rules hash, ranked standings with their facts, and the race series.
import type { Day } from '../time';
import { isoAt } from '../time';
import type { Contest } from '../workbook';
import { contestEvaluators } from './evaluators';
import { progressPct, rankScored, type Scored } from './rank';
import { rulesHash } from './rules-hash';
import type { ContestContext, ContestResult, RaceSeries, StandingEntry } from './types';
import { contestStatus, contestWindow, participantsOf } from './window';

export function evaluateContest(contest: Contest, ctx: ContestContext): ContestResult {
  const window = contestWindow(contest, ctx.asOf);
  const evaluate = contestEvaluators[contest.kind];
  const scored: Scored[] = participantsOf(contest, ctx.reps).map((participant) => ({
    participant,
    score: evaluate(contest, participant, window, ctx),
  }));
  const ranked = rankScored(scored);
  let leader: number | null = null;
  for (const { score } of scored)
    if (score.value !== null && (leader === null || score.value > leader)) leader = score.value;

  const status = contestStatus(contest, ctx.asOf);
  const standings: StandingEntry[] = ranked.map(({ item, rank }, i) => ({
    contestId: contest.contestId,
    rank,
    repId: item.participant.repId,
    team: item.participant.team,
    value: item.score.value,
    progressPct: progressPct(contest, item.score.value, leader),
    finishedAt: item.score.finishedAt === null ? null : isoAt(item.score.finishedAt, 'T'),
    fact: status === 'upcoming' ? { kind: 'upcoming', start: contest.start } : item.score.fact,
    tiedWithRank: status === 'upcoming' ? null : tiedWith(ranked[i - 1], rank, item),
  }));
  const series: RaceSeries[] = ranked.map(({ item }) => ({
    key: item.participant.key,
    repId: item.participant.repId,
    team: item.participant.team,
    points: seriesPoints(item.score.series, window.start),
  }));
  return {
    contest,
    status,
    rulesHash: rulesHash(contest),
    window,
    standings,
    series,
  };
}

/** Every contest, in the order of the Contests tab. */
export function evaluateContests(
  ctx: ContestContext & { readonly contests: readonly Contest[] },
): ContestResult[] {
  return [...ctx.contests].sort((a, b) => a.row - b.row).map((c) => evaluateContest(c, ctx));
}

/** The days of a running series that have a value, as points (a day per index from `start`). */
function seriesPoints(
  series: readonly (number | null)[],
  start: Day,
): { day: Day; value: number }[] {
  const points: { day: Day; value: number }[] = [];
  for (let i = 0; i < series.length; i++) {
    const value = series[i];
    if (value !== null && value !== undefined) points.push({ day: start + i, value });
  }
  return points;
}

/**
 * The rank above when the tie-break decided this rank (rank.ts): the entry just above has the
 * same result (and finish) but a better rank because it reached that result first; else null.
 */
function tiedWith(
  above: { item: Scored; rank: number } | undefined,
  rank: number,
  item: Scored,
): number | null {
  if (!above || above.rank === rank || item.score.value === null) return null;
  const a = above.item.score;
  if (a.value !== item.score.value || a.finishedAt !== item.score.finishedAt) return null;
  return above.rank;
}
