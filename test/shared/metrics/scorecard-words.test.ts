// Manager words for Scorecard explanations: one case per target state, with and without won deals.
import { describe, expect, it } from 'vitest';
import { SCORECARD_TARGET_WORDS, type ScorecardFact, scorecardText } from '../../../shared/metrics';
import type { Period } from '../../../shared/time/period';
import { d } from './fixtures';

const NOV: Period = {
  kind: 'month',
  label: '2026-11',
  start: d('2026-11-01'),
  end: d('2026-11-30'),
};
const figures = {
  period: NOV,
  won: {
    revenue: 42000,
    deals: 3,
    sources: [14, 27, 31].map((row) => ({ tab: 'Deals' as const, row })),
  },
  pace: { pct: 86.96, elapsed: 20, days: 23 },
};
const none = { ...figures, won: { revenue: 0, deals: 0, sources: [] } };

const CASES: readonly (readonly [string, ScorecardFact, string])[] = [
  [
    'attainment',
    { ...figures, kind: 'attainment', target: 40000, pct: 105 },
    'Nov 2026: $42,000 won from 3 deals (Deals rows 14, 27, 31) = 105% of $40,000 target; pace 87% (20 of 23 working days)',
  ],
  [
    'target_only',
    { ...none, kind: 'target_only', target: 0 },
    'Nov 2026: no won deals; target $0; pace 87% (20 of 23 working days)',
  ],
  [
    'no_target',
    { ...figures, kind: 'no_target', won: { ...figures.won, deals: 1, revenue: 1234.5 } },
    'Nov 2026: $1,234.50 won from 1 deal (Deals rows 14, 27, 31); no revenue target; pace 87% (20 of 23 working days)',
  ],
];

describe('scorecardText', () => {
  it.each(CASES)('writes %s', (_name, fact, text) => {
    expect(scorecardText(fact, 'USD')).toBe(text);
  });

  it('covers every fact kind', () => {
    expect(CASES.map(([, f]) => f.kind).sort()).toEqual(Object.keys(SCORECARD_TARGET_WORDS).sort());
  });

  it('writes money in the team currency', () => {
    expect(scorecardText(CASES[0]![1], 'EUR')).toContain('€42,000 won from 3 deals');
  });
});
