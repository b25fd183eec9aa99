// The manager's words for every award and progress kind: everything shown, money and course names included.
import { describe, expect, it } from 'vitest';
import {
  type AwardFact,
  awardWords,
  type ProgressFact,
  progressWords,
} from '../../../shared/badges';
import { AWARD_FACTS, PROGRESS_FACTS, SECRET_COURSE } from './fact-samples';

const AWARDS: { readonly [K in AwardFact['kind']]: string } = {
  threshold:
    'Badge: $1,234,567 revenue in Nov 2026, reaching $1,000,000 revenue on 20 Nov 2026 (Deals rows 4, 9).',
  single_deal:
    'Badge: won a deal of $2,345,678 on 12 Nov 2026 (Deals row 51); $2,000,000 or more earns it.',
  streak_days:
    'Badge: 5 working days in a row with calls, 2 Nov to 6 Nov 2026 (Activities rows 2, 3, 5, 8, 13); weekends and holidays are skipped.',
  streak_periods:
    'Badge: revenue target met 2 times in a row, Oct 2026 to Nov 2026, the last on 19 Nov 2026 (Deals rows 7, 11).',
  record:
    'Badge: personal best of $3,456,789 new pipeline in Nov 2026, beating $3,000,001 new pipeline in Oct 2026 on 17 Nov 2026 (Deals rows 21, 22).',
  improvement:
    'Badge: $4,567,890 revenue in Nov 2026 against $3,000,002 revenue in Oct 2026, +52.3% by 15 Nov 2026 (Deals row 30).',
  target_hit:
    'Badge: 112.3% of the revenue target in Q3 2026, 110% reached on 28 Sep 2026 (Deals rows 40, 41).',
  manual: 'Badge: awarded on 5 Nov 2026 (Recognition row 2).',
  training: `Badge: completed Platform Basics on 2026-10-20 (Training row 2), ${SECRET_COURSE} on 2026-11-12 (Training row 4).`,
  milestone:
    'Badge: 10 hi-fives received by 2026-11-10, the 10th on Recognition row 14 (12 so far; Recognition rows 3, 4, 5, 6, 7, 8, 9, 10, 12, 14).',
};

const PROGRESS: { readonly [K in ProgressFact['kind']]: string } = {
  threshold: '$5,678,901 revenue of $7,000,000 revenue in Nov 2026.',
  single_deal: 'Biggest won deal in Q3 2026: $1,765,432 of $2,000,000 needed.',
  streak_days: '3 of 8 working days in a row with demos so far.',
  streak_periods: '1 of 3 months in a row on revenue target so far.',
  record:
    '$6,789,012 revenue in Nov 2026; the personal best to beat is $9,100,003 revenue (Q3 2026).',
  improvement:
    '$4,100,005 revenue in Nov 2026; $4,500,006 revenue beats Oct 2026 ($3,000,004 revenue) by 50%.',
  target_hit: '75% of the demo target in Nov 2026; 100% earns it.',
};

describe('awardWords (manager)', () => {
  it.each(Object.keys(AWARDS) as AwardFact['kind'][])('%s', (kind) => {
    expect(awardWords({ fact: AWARD_FACTS[kind] }, 'Badge', 'USD')).toBe(AWARDS[kind]);
  });

  it('writes money in the team currency', () => {
    expect(awardWords({ fact: AWARD_FACTS.single_deal }, 'Big', 'SEK')).toContain('2,345,678 SEK');
  });

  it('a day window is its own crossing day: no "reaching … on"', () => {
    const fact = {
      ...AWARD_FACTS.threshold,
      window: {
        ...AWARD_FACTS.threshold.window,
        kind: 'day' as const,
        label: '2026-11-20',
        name: '20 Nov 2026',
      },
    };
    expect(awardWords({ fact }, 'Hat Trick', 'USD')).toBe(
      'Hat Trick: $1,234,567 revenue on 20 Nov 2026 (Deals rows 4, 9).',
    );
  });
});

describe('progressWords (manager)', () => {
  it.each(Object.keys(PROGRESS) as ProgressFact['kind'][])('%s', (kind) => {
    expect(progressWords({ fact: PROGRESS_FACTS[kind], pct: 42.5 }, 'USD')).toBe(PROGRESS[kind]);
  });
});
