// One sample fact of every award, progress and rule kind, with distinctive figures, for the renderer specs.
import type { AwardFact, BadgeRule, BadgeWindowSpan, ProgressFact } from '../../../shared/badges';
import { DEFAULT_CALENDAR } from '../../../shared/time/calendar';
import { periodOf } from '../../../shared/time/period';
import { periodName } from '../../../shared/time/period-label';
import type { PeriodKind } from '../../../shared/time/period';
import { d } from './fixtures';

/** The badge window of `kind` holding `day`, as the evaluators build it (asOf 2026-11-26). */
export function span(kind: PeriodKind, day: string): BadgeWindowSpan {
  const p = periodOf(kind, d(day), DEFAULT_CALENDAR);
  return {
    label: p.label,
    name: periodName(p),
    kind,
    period: p,
    start: p.start,
    end: p.end,
    to: Math.min(p.end, d('2026-11-26')),
  };
}

export const ALL_TIME: BadgeWindowSpan = {
  label: null,
  name: 'all time',
  kind: 'all',
  period: null,
  start: d('2026-01-05'),
  end: d('2026-11-26'),
  to: d('2026-11-26'),
};

const NOV = span('month', '2026-11-10');
const OCT = span('month', '2026-10-10');
const Q3 = span('quarter', '2026-08-10');
const deals = (...rows: number[]) => ({ tab: 'Deals' as const, rows });
const acts = (...rows: number[]) => ({ tab: 'Activities' as const, rows });

/** The secret course name planted in the training fact: it must never reach public words. */
export const SECRET_COURSE = 'Zq7 Secret Course Xv9';

/** Every award kind once; money figures are 7-digit amounts that are easy to spot. */
export const AWARD_FACTS: { readonly [K in AwardFact['kind']]: Extract<AwardFact, { kind: K }> } = {
  threshold: {
    kind: 'threshold',
    metric: 'revenue',
    value: 1234567,
    threshold: 1000000,
    window: NOV,
    reachedOn: d('2026-11-20'),
    sources: deals(4, 9),
  },
  single_deal: {
    kind: 'single_deal',
    amount: 2345678,
    threshold: 2000000,
    wonOn: d('2026-11-12'),
    sources: deals(51),
  },
  streak_days: {
    kind: 'streak_days',
    metric: 'call',
    days: 5,
    start: d('2026-11-02'),
    end: d('2026-11-06'),
    sources: acts(2, 3, 5, 8, 13),
  },
  streak_periods: {
    kind: 'streak_periods',
    metric: 'revenue',
    count: 2,
    first: OCT,
    last: NOV,
    lastOn: d('2026-11-19'),
    sources: deals(7, 11),
  },
  record: {
    kind: 'record',
    metric: 'new_pipeline',
    value: 3456789,
    window: NOV,
    best: 3000001,
    bestWindow: OCT,
    beatenOn: d('2026-11-17'),
    sources: deals(21, 22),
  },
  improvement: {
    kind: 'improvement',
    metric: 'revenue',
    value: 4567890,
    window: NOV,
    before: 3000002,
    previous: OCT,
    risePct: 52.26,
    reachedOn: d('2026-11-15'),
    sources: deals(30),
  },
  target_hit: {
    kind: 'target_hit',
    metric: 'revenue',
    pct: 112.345,
    bar: 110,
    window: Q3,
    reachedOn: d('2026-09-28'),
    sources: deals(40, 41),
  },
  manual: {
    kind: 'manual',
    awardedOn: d('2026-11-05'),
    sources: { tab: 'Recognition', rows: [2] },
  },
  training: {
    kind: 'training',
    courses: [
      { course: 'Platform Basics', completed: d('2026-10-20'), row: 2 },
      { course: SECRET_COURSE, completed: d('2026-11-12'), row: 4 },
    ],
    sources: { tab: 'Training', rows: [2, 4] },
  },
  milestone: {
    kind: 'milestone',
    recognitionKind: 'hi-five',
    threshold: 10,
    count: 12,
    reachedOn: d('2026-11-10'),
    nthRow: 14,
    sources: { tab: 'Recognition', rows: [3, 4, 5, 6, 7, 8, 9, 10, 12, 14] },
  },
};

export const PROGRESS_FACTS: {
  readonly [K in ProgressFact['kind']]: Extract<ProgressFact, { kind: K }>;
} = {
  threshold: {
    kind: 'threshold',
    metric: 'revenue',
    value: 5678901,
    threshold: 7000000,
    window: NOV,
  },
  single_deal: { kind: 'single_deal', biggest: 1765432, threshold: 2000000, window: Q3 },
  streak_days: { kind: 'streak_days', metric: 'demo', days: 3, threshold: 8 },
  streak_periods: {
    kind: 'streak_periods',
    metric: 'revenue',
    periodKind: 'month',
    count: 1,
    threshold: 3,
  },
  record: {
    kind: 'record',
    metric: 'revenue',
    value: 6789012,
    window: NOV,
    best: 9100003,
    bestWindow: Q3,
  },
  improvement: {
    kind: 'improvement',
    metric: 'revenue',
    value: 4100005,
    window: NOV,
    needed: 4500006.04,
    before: 3000004,
    previous: OCT,
    risePct: 50,
  },
  target_hit: { kind: 'target_hit', metric: 'demo', pct: 74.96, bar: 100, window: NOV },
};

export const RULES: { readonly [K in BadgeRule['kind']]: Extract<BadgeRule, { kind: K }> } = {
  threshold: { kind: 'threshold', metric: 'revenue', threshold: 7000000, window: 'month' },
  single_deal: { kind: 'single_deal', threshold: 2000000, window: 'quarter' },
  streak_days: { kind: 'streak_days', metric: 'meeting', days: 10 },
  streak_periods: { kind: 'streak_periods', metric: 'revenue', count: 3, window: 'month' },
  record: { kind: 'record', metric: 'activity_points', window: 'month', priorWindows: 3 },
  improvement: { kind: 'improvement', metric: 'revenue', pct: 50, window: 'month' },
  target_hit: { kind: 'target_hit', metric: 'revenue', pct: 125, window: 'quarter' },
  manual: { kind: 'manual', description: null },
};

/** The planted amounts, as any renderer would write them: none may appear when amounts are hidden. */
export const PLANTED_FIGURES = [
  '1,234,567',
  '1,000,000',
  '2,345,678',
  '2,000,000',
  '3,456,789',
  '3,000,001',
  '4,567,890',
  '3,000,002',
  '5,678,901',
  '7,000,000',
  '1,765,432',
  '6,789,012',
  '9,100,003',
  '4,100,005',
  '4,500,006',
  '3,000,004',
];
