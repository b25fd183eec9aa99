// One leaderboard fact of every lens, with the manager's words: shared by the renderer tests.
import type { LeaderboardFact } from '../../../shared/metrics';
import type { Period } from '../../../shared/time/period';
import { d } from './fixtures';

const NOV: Period = {
  kind: 'month',
  label: '2026-11',
  start: d('2026-11-01'),
  end: d('2026-11-30'),
};
const OCT: Period = {
  kind: 'month',
  label: '2026-10',
  start: d('2026-10-01'),
  end: d('2026-10-31'),
};
const WEEK: Period = {
  kind: 'week',
  label: '2026-W47',
  start: d('2026-11-16'),
  end: d('2026-11-22'),
};

const won = (revenue: number, rows: number[]) => ({
  revenue,
  deals: rows.length,
  sources: rows.map((row) => ({ tab: 'Deals' as const, row })),
});

/** [name, fact, manager words in USD, public words with amounts hidden]. */
export const LEADERBOARD_CASES: readonly (readonly [string, LeaderboardFact, string, string])[] = [
  [
    'revenue',
    { kind: 'revenue', period: NOV, won: won(22350, [989, 1016]) },
    'Nov 2026: $22,350 won from 2 won deals (Deals rows 989, 1016)',
    'Nov 2026: 2 won deals (Deals rows 989, 1016)',
  ],
  [
    'revenue of one deal in cents',
    { kind: 'revenue', period: NOV, won: won(1234.5, [7]) },
    'Nov 2026: $1,234.50 won from 1 won deal (Deals row 7)',
    'Nov 2026: 1 won deal (Deals row 7)',
  ],
  [
    'revenue without a deal',
    { kind: 'revenue', period: NOV, won: won(0, []) },
    'Nov 2026: no won deals',
    'Nov 2026: no won deals',
  ],
  [
    'attainment',
    { kind: 'attainment', period: NOV, pct: 66.25, won: won(6625, [4]) },
    'Nov 2026: 66.3% of own revenue target; $6,625 won from 1 won deal (Deals row 4)',
    'Nov 2026: 66.3% of own revenue target; 1 won deal (Deals row 4)',
  ],
  [
    'activity_points',
    {
      kind: 'activity_points',
      period: WEEK,
      points: 120,
      parts: [
        { type: 'call', count: 61, weight: 1 },
        { type: 'email', count: 46, weight: 0.5 },
      ],
    },
    'Week 47, 2026: 120 activity points = 61 call ×1 + 46 email ×0.5',
    'Week 47, 2026: 120 activity points = 61 call ×1 + 46 email ×0.5',
  ],
  [
    'activity_points without activity',
    { kind: 'activity_points', period: NOV, points: 0, parts: [] },
    'Nov 2026: 0 activity points',
    'Nov 2026: 0 activity points',
  ],
  [
    'improvement',
    { kind: 'improvement', period: NOV, pct: 50, previous: OCT, previousPct: 20, rise: 30 },
    'Nov 2026: 50% of target vs 20% at the same point of Oct 2026 (+30 percentage points)',
    'Nov 2026: 50% of target vs 20% at the same point of Oct 2026 (+30 percentage points)',
  ],
];
