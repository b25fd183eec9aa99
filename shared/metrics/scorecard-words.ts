// Manager words for Scorecard explanations, one renderer per target state (the Scorecard tab).
import { formatMoney, formatPct, formatRows } from '../format';
import { periodName } from '../time';
import type { WonFact } from './leaderboard-facts';
import type { ScorecardFact, ScorecardFactKind } from './scorecard-facts';

function wonText(won: WonFact, currency: string): string {
  if (won.deals === 0) return 'no won deals';
  const rows = formatRows(won.sources.map((s) => s.row));
  return `${formatMoney(won.revenue, currency)} won from ${won.deals} ${won.deals === 1 ? 'deal' : 'deals'} (Deals ${rows})`;
}

type Words = {
  readonly [K in ScorecardFactKind]: (
    fact: Extract<ScorecardFact, { kind: K }>,
    currency: string,
  ) => string;
};

/** What follows the won revenue: the target part of the sentence. */
const TARGET_WORDS: Words = {
  no_target: () => '; no revenue target',
  target_only: (f, currency) => `; target ${formatMoney(f.target, currency)}`,
  attainment: (f, currency) =>
    ` = ${formatPct(f.pct)} of ${formatMoney(f.target, currency)} target`,
};

/**
 * "Nov 2026: $42,000 won from 3 deals (Deals rows 14, 27, 31) = 105% of $40,000 target; pace 87%
 * (20 of 23 working days)".
 */
export function scorecardText(fact: ScorecardFact, currency: string): string {
  const target = (TARGET_WORDS[fact.kind] as (f: ScorecardFact, c: string) => string)(
    fact,
    currency,
  );
  const { pct, elapsed, days } = fact.pace;
  const pace = `; pace ${formatPct(pct)} (${elapsed} of ${days} working days)`;
  return `${periodName(fact.period)}: ${wonText(fact.won, currency)}${target}${pace}`;
}

export { TARGET_WORDS as SCORECARD_TARGET_WORDS };
