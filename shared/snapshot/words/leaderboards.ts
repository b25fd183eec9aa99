// Public words for leaderboard entries: the won amount only through the policy, never a target amount.
import { type LeaderboardFact, improvementText, pointsText, wonDealsText } from '../../metrics';
import { formatPct } from '../../format';
import { periodName } from '../../time';
import { type PublicPolicy, publicMoneyText } from '../public-policy';

type Words = {
  readonly [K in LeaderboardFact['kind']]: (
    fact: Extract<LeaderboardFact, { kind: K }>,
    policy: PublicPolicy,
  ) => string;
};

const WORDS: Words = {
  revenue: (f, policy) =>
    `${periodName(f.period)}: ${wonDealsText(f.won, publicMoneyText(policy, f.won.revenue))}`,
  attainment: (f, policy) =>
    `${periodName(f.period)}: ${formatPct(f.pct)} of own revenue target; ${wonDealsText(f.won, publicMoneyText(policy, f.won.revenue))}`,
  activity_points: (f) => pointsText(f),
  improvement: (f) => improvementText(f),
};

/** The public explanation of a leaderboard entry; with amounts hidden it names deals, not money. */
export function publicLeaderboardText(fact: LeaderboardFact, policy: PublicPolicy): string {
  return (WORDS[fact.kind] as (f: LeaderboardFact, p: PublicPolicy) => string)(fact, policy);
}
