// Manager words for leaderboard entries, one renderer per lens fact; money is always shown here.
import { formatCount, formatMoney, formatPct, formatRows } from '../format';
import { periodName } from '../time';
import type { LeaderboardFact, LeaderboardFactKind, WonFact } from './leaderboard-facts';

/** `7 won deals (Deals rows 989, 1016)`, after the amount when there is one; `no won deals`. */
export function wonDealsText(won: WonFact, amount: string | null): string {
  if (won.deals === 0) return 'no won deals';
  const rows = formatRows(won.sources.map((s) => s.row));
  const deals = `${won.deals} won ${won.deals === 1 ? 'deal' : 'deals'}`;
  return `${amount === null ? '' : `${amount} won from `}${deals} (Deals ${rows})`;
}

/** `Week 47, 2026: 120 activity points = 61 call ×1 + 1 demo ×5`. */
export function pointsText(f: Extract<LeaderboardFact, { kind: 'activity_points' }>): string {
  const parts = f.parts.map((p) => `${formatCount(p.count)} ${p.type} ×${formatCount(p.weight)}`);
  const sum = parts.length > 0 ? ` = ${parts.join(' + ')}` : '';
  return `${periodName(f.period)}: ${formatCount(f.points)} activity points${sum}`;
}

/** `Nov 2026: 80% of target vs 60% at the same point of Oct 2026 (+20 percentage points)`. */
export function improvementText(f: Extract<LeaderboardFact, { kind: 'improvement' }>): string {
  return `${periodName(f.period)}: ${formatPct(f.pct)} of target vs ${formatPct(f.previousPct)} at the same point of ${periodName(f.previous)} (+${formatCount(f.rise)} percentage points)`;
}

type Words = {
  readonly [K in LeaderboardFactKind]: (
    fact: Extract<LeaderboardFact, { kind: K }>,
    currency: string,
  ) => string;
};

export const LEADERBOARD_WORDS: Words = {
  revenue: (f, currency) =>
    `${periodName(f.period)}: ${wonDealsText(f.won, formatMoney(f.won.revenue, currency))}`,
  attainment: (f, currency) =>
    `${periodName(f.period)}: ${formatPct(f.pct)} of own revenue target; ${wonDealsText(f.won, formatMoney(f.won.revenue, currency))}`,
  activity_points: (f) => pointsText(f),
  improvement: (f) => improvementText(f),
};

/** The manager's explanation of a leaderboard entry (amounts always shown). */
export function leaderboardText(fact: LeaderboardFact, currency: string): string {
  return (LEADERBOARD_WORDS[fact.kind] as (f: LeaderboardFact, c: string) => string)(
    fact,
    currency,
  );
}
