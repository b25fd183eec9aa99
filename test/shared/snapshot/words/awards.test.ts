// Public words for every award and progress kind, with amounts published and hidden; course names never.
import { describe, expect, it } from 'vitest';
import {
  type AwardFact,
  awardWords,
  type ProgressFact,
  progressWords,
} from '../../../../shared/badges';
import { publicAwardFact, publicAwardWords } from '../../../../shared/snapshot/words/awards';
import { publicProgressWords } from '../../../../shared/snapshot/words/progress';
import { AWARD_FACTS, PROGRESS_FACTS, SECRET_COURSE } from '../../badges/fact-samples';

const SHOWN = { currency: 'USD', publishAmounts: true };
const HIDDEN = { currency: 'USD', publishAmounts: false };

/** [with amounts published, with amounts hidden]; equal where the kind has no money. */
const AWARDS: { readonly [K in AwardFact['kind']]: readonly [string, string] } = {
  threshold: [
    'B: $1,234,567 revenue in Nov 2026, reaching $1,000,000 revenue on 20 Nov 2026 (Deals rows 4, 9).',
    'B: the revenue bar reached in Nov 2026, on 20 Nov 2026 (Deals rows 4, 9).',
  ],
  single_deal: [
    'B: won a deal of $2,345,678 on 12 Nov 2026 (Deals row 51); $2,000,000 or more earns it.',
    'B: won a deal big enough on 12 Nov 2026 (Deals row 51).',
  ],
  streak_days: [
    'B: 5 working days in a row with calls, 2 Nov to 6 Nov 2026 (Activities rows 2, 3, 5, 8, 13); weekends and holidays are skipped.',
    'B: 5 working days in a row with calls, 2 Nov to 6 Nov 2026 (Activities rows 2, 3, 5, 8, 13); weekends and holidays are skipped.',
  ],
  streak_periods: [
    'B: revenue target met 2 times in a row, Oct 2026 to Nov 2026, the last on 19 Nov 2026 (Deals rows 7, 11).',
    'B: revenue target met 2 times in a row, Oct 2026 to Nov 2026, the last on 19 Nov 2026 (Deals rows 7, 11).',
  ],
  record: [
    'B: personal best of $3,456,789 new pipeline in Nov 2026, beating $3,000,001 new pipeline in Oct 2026 on 17 Nov 2026 (Deals rows 21, 22).',
    'B: personal best for new pipeline in Nov 2026, beating Oct 2026 on 17 Nov 2026 (Deals rows 21, 22).',
  ],
  improvement: [
    'B: $4,567,890 revenue in Nov 2026 against $3,000,002 revenue in Oct 2026, +52.3% by 15 Nov 2026 (Deals row 30).',
    'B: revenue in Nov 2026 against Oct 2026, +52.3% by 15 Nov 2026 (Deals row 30).',
  ],
  target_hit: [
    'B: 112.3% of the revenue target in Q3 2026, 110% reached on 28 Sep 2026 (Deals rows 40, 41).',
    'B: 112.3% of the revenue target in Q3 2026, 110% reached on 28 Sep 2026 (Deals rows 40, 41).',
  ],
  manual: [
    'B: awarded on 5 Nov 2026 (Recognition row 2).',
    'B: awarded on 5 Nov 2026 (Recognition row 2).',
  ],
  training: [
    'B: completed 2 courses, the last on 2026-11-12 (Training rows 2, 4).',
    'B: completed 2 courses, the last on 2026-11-12 (Training rows 2, 4).',
  ],
  milestone: [
    'B: 10 hi-fives received by 2026-11-10, the 10th on Recognition row 14 (12 so far; Recognition rows 3, 4, 5, 6, 7, 8, 9, 10, 12, 14).',
    'B: 10 hi-fives received by 2026-11-10, the 10th on Recognition row 14 (12 so far; Recognition rows 3, 4, 5, 6, 7, 8, 9, 10, 12, 14).',
  ],
};

const PROGRESS: { readonly [K in ProgressFact['kind']]: readonly [string, string] } = {
  threshold: [
    '$5,678,901 revenue of $7,000,000 revenue in Nov 2026.',
    'Revenue in Nov 2026: 42.5% of the way.',
  ],
  single_deal: [
    'Biggest won deal in Q3 2026: $1,765,432 of $2,000,000 needed.',
    'Biggest won deal in Q3 2026: 42.5% of the size needed.',
  ],
  streak_days: [
    '3 of 8 working days in a row with demos so far.',
    '3 of 8 working days in a row with demos so far.',
  ],
  streak_periods: [
    '1 of 3 months in a row on revenue target so far.',
    '1 of 3 months in a row on revenue target so far.',
  ],
  record: [
    '$6,789,012 revenue in Nov 2026; the personal best to beat is $9,100,003 revenue (Q3 2026).',
    'Revenue in Nov 2026: 42.5% of the personal best to beat (Q3 2026).',
  ],
  improvement: [
    '$4,100,005 revenue in Nov 2026; $4,500,006 revenue beats Oct 2026 ($3,000,004 revenue) by 50%.',
    'Revenue in Nov 2026: 42.5% of what beats Oct 2026 by 50%.',
  ],
  target_hit: [
    '75% of the demo target in Nov 2026; 100% earns it.',
    '75% of the demo target in Nov 2026; 100% earns it.',
  ],
};

describe('publicAwardWords', () => {
  it.each(Object.keys(AWARDS) as AwardFact['kind'][])('%s', (kind) => {
    const fact = AWARD_FACTS[kind];
    expect(publicAwardWords(fact, 'B', SHOWN)).toBe(AWARDS[kind][0]);
    expect(publicAwardWords(fact, 'B', HIDDEN)).toBe(AWARDS[kind][1]);
  });

  it('never writes a training course name (the Training tab is private), whatever the setting', () => {
    const fact = AWARD_FACTS.training;
    // Control: the token is in the fact, and the manager's words would show it.
    expect(JSON.stringify(fact)).toContain(SECRET_COURSE);
    for (const policy of [SHOWN, HIDDEN]) {
      const text = publicAwardWords(fact, 'Learner', policy);
      expect(text).not.toContain(SECRET_COURSE);
      expect(text).not.toMatch(/Zq7|Xv9|Platform Basics/);
    }
  });

  it('copies only when and which row of each course into the public fact', () => {
    const view = publicAwardFact(AWARD_FACTS.training);
    expect(view).toEqual({
      kind: 'training',
      courses: [
        { completed: AWARD_FACTS.training.courses[0]!.completed, row: 2 },
        { completed: AWARD_FACTS.training.courses[1]!.completed, row: 4 },
      ],
      sources: AWARD_FACTS.training.sources,
    });
    expect(JSON.stringify(view)).not.toContain(SECRET_COURSE);
  });

  it('with amounts published reads as the manager, but for the training course names', () => {
    for (const fact of Object.values(AWARD_FACTS)) {
      const manager = awardWords({ fact }, 'B', 'USD');
      const shown = publicAwardWords(fact, 'B', SHOWN);
      if (fact.kind === 'training') expect(shown).not.toBe(manager);
      else expect(shown).toBe(manager);
    }
  });

  it('writes one course in the singular', () => {
    const one = {
      ...AWARD_FACTS.training,
      courses: AWARD_FACTS.training.courses.slice(0, 1),
      sources: { tab: 'Training' as const, rows: [2] },
    };
    expect(publicAwardWords(one, 'Learner', SHOWN)).toBe(
      'Learner: completed 1 course, the last on 2026-10-20 (Training row 2).',
    );
  });
});

describe('publicProgressWords', () => {
  it.each(Object.keys(PROGRESS) as ProgressFact['kind'][])('%s', (kind) => {
    const fact = PROGRESS_FACTS[kind];
    expect(publicProgressWords(fact, 42.5, SHOWN)).toBe(PROGRESS[kind][0]);
    expect(publicProgressWords(fact, 42.5, HIDDEN)).toBe(PROGRESS[kind][1]);
  });

  it('with amounts published reads as the manager', () => {
    for (const fact of Object.values(PROGRESS_FACTS))
      expect(publicProgressWords(fact, 42.5, SHOWN)).toBe(
        progressWords({ fact, pct: 42.5 }, 'USD'),
      );
  });
});
