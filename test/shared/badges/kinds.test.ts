// Specs for every badge kind: awards (when, for which window, value, rows) and progress, by hand.
import { describe, expect, it } from 'vitest';
import { type Award, awardWords, type Progress, progressWords } from '../../../shared/badges';
import type { BadgeDef } from '../../../shared/workbook';
import { isoDay } from '../../../shared/time/day';
import {
  act,
  badge,
  badgeContext,
  calendarWithHolidays,
  deal,
  recognition,
  rep,
  target,
  awardsOf,
  progressOf,
} from './fixtures';

const summary = (awards: ReturnType<typeof awardsOf>) =>
  awards.map((a) => [a.repId, isoDay(a.earnedOn), a.window, a.value]);

/** The manager's words for an award of badge `b` (the Awards tab's explanation). */
const said = (a: Award, b: BadgeDef) => awardWords(a, b.name, 'USD');

/** Progress as the manager reads it: the figures and the sentence, without the fact's data. */
const shown = (list: readonly Progress[]) =>
  list.map(({ fact: _fact, ...p }, i) => ({ ...p, explanation: progressWords(list[i]!, 'USD') }));

describe('threshold badge', () => {
  const b = badge({ kind: 'threshold', metric: 'demo', threshold: 3, window: 'week' });
  const activities = [
    act(2, 'ann', '2026-11-02 09:00'), // week 45: Mon 1 + Wed 2 = 3
    act(3, 'ann', '2026-11-04 09:00', 'demo', 2),
    act(4, 'ann', '2026-11-10 09:00', 'demo', 2), // week 46: 2, not enough
    act(5, 'ann', '2026-11-16 09:00', 'demo', 4), // week 47: 4
    act(6, 'ann', '2026-11-24 09:00'), // week 48 (current): 1
  ];

  it('is earned once per window, on the day the total crossed the threshold', () => {
    const ctx = badgeContext({ reps: [rep('ann')], activities, asOf: '2026-11-26' });
    expect(summary(awardsOf([b], ctx))).toEqual([
      ['ann', '2026-11-04', '2026-W45', 3],
      ['ann', '2026-11-16', '2026-W47', 4],
    ]);
    expect(said(awardsOf([b], ctx)[0]!, b)).toBe(
      'Test Badge: 3 demos in Week 45, 2026, reaching 3 demos on 4 Nov 2026 (Activities rows 2, 3).',
    );
  });

  it('says "on" the day for a day window (Hat Trick), without repeating the day', () => {
    const hatTrick = badge({ kind: 'threshold', metric: 'won_deals', threshold: 3, window: 'day' });
    const deals = [
      deal(2, 'ann', 500, '2026-11-09 09:00'),
      deal(3, 'ann', 700, '2026-11-09 11:00'),
      deal(4, 'ann', 900, '2026-11-09 15:00'),
      deal(5, 'ann', 900, '2026-11-10 15:00'),
    ];
    const ctx = badgeContext({ reps: [rep('ann')], deals, asOf: '2026-11-26' });
    const awards = awardsOf([hatTrick], ctx);
    expect(summary(awards)).toEqual([['ann', '2026-11-09', '2026-11-09', 3]]);
    expect(said(awards[0]!, hatTrick)).toBe(
      'Test Badge: 3 won deals on 9 Nov 2026 (Deals rows 2, 3, 4).',
    );
  });

  it('says "on" the day in the progress of a day window too', () => {
    const today = badge({ kind: 'threshold', metric: 'demo', threshold: 3, window: 'day' });
    const ctx = badgeContext({ reps: [rep('ann')], activities, asOf: '2026-11-24' });
    expect(progressOf([today], ctx).map((p) => progressWords(p, 'USD'))).toEqual([
      '1 demo of 3 demos on 24 Nov 2026.',
    ]);
  });

  it('judges the current window only up to asOf', () => {
    const ctx = badgeContext({ reps: [rep('ann')], activities, asOf: '2026-11-03' });
    expect(awardsOf([b], ctx)).toEqual([]);
  });

  it('is earned once ever with window all', () => {
    const ever = badge({ kind: 'threshold', metric: 'won_deals', threshold: 1, window: 'all' });
    const deals = [
      deal(2, 'ann', 500, '2026-10-05 10:00'),
      deal(3, 'ann', 700, '2026-11-05 10:00'),
    ];
    const ctx = badgeContext({ reps: [rep('ann')], deals, asOf: '2026-11-26' });
    expect(summary(awardsOf([ever], ctx))).toEqual([['ann', '2026-10-05', null, 2]]);
  });

  it('shows progress in the current window', () => {
    const ctx = badgeContext({ reps: [rep('ann')], activities, asOf: '2026-11-26' });
    expect(shown(progressOf([b], ctx))).toEqual([
      {
        repId: 'ann',
        badgeId: 'B1',
        current: 1,
        threshold: 3,
        pct: 33.3,
        explanation: '1 demo of 3 demos in Week 48, 2026.',
      },
    ]);
  });
});

describe('single_deal badge', () => {
  const deals = [
    deal(2, 'ann', 30000, '2026-10-05 10:00'),
    deal(3, 'ann', 40000, '2026-10-20 10:00'),
    deal(4, 'ann', 10000, '2026-11-05 10:00'),
    deal(5, 'ann', 90000, '2026-11-06 10:00', 'lost'),
  ];

  it.each([
    ['month', [['ann', '2026-10-05', '2026-10', 30000]]],
    ['all', [['ann', '2026-10-05', null, 30000]]],
  ] as const)(
    'is earned by the first won deal at or above the threshold per %s window',
    (window, expected) => {
      const b = badge({ kind: 'single_deal', metric: 'revenue', threshold: 25000, window });
      const ctx = badgeContext({ reps: [rep('ann')], deals, asOf: '2026-11-26' });
      const awards = awardsOf([b], ctx);
      expect(summary(awards)).toEqual(expected);
      expect(said(awards[0]!, b)).toBe(
        'Test Badge: won a deal of $30,000 on 5 Oct 2026 (Deals row 2); $25,000 or more earns it.',
      );
    },
  );

  it('shows the biggest won deal of the current window as progress; lost deals do not count', () => {
    const b = badge({ kind: 'single_deal', metric: 'revenue', threshold: 25000, window: 'month' });
    const ctx = badgeContext({ reps: [rep('ann')], deals, asOf: '2026-11-26' });
    expect(progressOf([b], ctx).map((p) => [p.current, p.threshold, p.pct])).toEqual([
      [10000, 25000, 40],
    ]);
  });
});

describe('streak badge (working days)', () => {
  const b = badge({ kind: 'streak', metric: 'demo', threshold: 5, window: 'day' });
  // Thu 5, Fri 6, weekend, Mon 9, Tue 10, Wed 11 (holiday or missed), Thu 12, Fri 13.
  const activities = ['05', '06', '09', '10', '12', '13'].map((day, i) =>
    act(2 + i, 'ann', `2026-11-${day} 09:00`),
  );

  it('runs across a weekend and a holiday and is earned on the day it reaches the threshold, once per run', () => {
    const ctx = badgeContext({
      reps: [rep('ann')],
      activities,
      calendar: calendarWithHolidays('2026-11-11'),
      asOf: '2026-11-26',
    });
    const awards = awardsOf([b], ctx);
    expect(summary(awards)).toEqual([['ann', '2026-11-12', null, 5]]);
    expect(said(awards[0]!, b)).toBe(
      'Test Badge: 5 working days in a row with demos, 5 Nov to 12 Nov 2026 (Activities rows 2, 3, 4, 5, 6); weekends and holidays are skipped.',
    );
  });

  it('is broken by a missed working day', () => {
    const ctx = badgeContext({ reps: [rep('ann')], activities, asOf: '2026-11-26' });
    expect(awardsOf([b], ctx)).toEqual([]);
  });

  it('is earned once per run: again only after the run breaks and builds up again', () => {
    const cal = calendarWithHolidays('2026-11-11');
    // Same run continuing Mon 16 .. Fri 20: still one award.
    const longer = [
      ...activities,
      ...['16', '17', '18', '19', '20'].map((day, i) => act(20 + i, 'ann', `2026-11-${day} 09:00`)),
    ];
    expect(
      summary(
        awardsOf(
          [b],
          badgeContext({
            reps: [rep('ann')],
            activities: longer,
            calendar: cal,
            asOf: '2026-11-26',
          }),
        ),
      ),
    ).toEqual([['ann', '2026-11-12', null, 5]]);
    // Missing Mon 16 breaks it; Tue 17 .. Fri 20 + Mon 23 is a new run of 5.
    const rebuilt = [...longer.filter((a) => a.row !== 20), act(30, 'ann', '2026-11-23 09:00')];
    expect(
      summary(
        awardsOf(
          [b],
          badgeContext({
            reps: [rep('ann')],
            activities: rebuilt,
            calendar: cal,
            asOf: '2026-11-26',
          }),
        ),
      ),
    ).toEqual([
      ['ann', '2026-11-12', null, 5],
      ['ann', '2026-11-23', null, 5],
    ]);
  });

  it('does not let an unfinished today break the run shown as progress', () => {
    const ctx = badgeContext({
      reps: [rep('ann')],
      activities,
      calendar: calendarWithHolidays('2026-11-11'),
      asOf: '2026-11-16',
    });
    // Run: 5, 6, 9, 10, 12, 13 = 6 >= 5, so it is earned and no progress is shown.
    expect(shown(progressOf([b], ctx))).toEqual([]);
    const short = badgeContext({
      reps: [rep('ann')],
      activities: activities.slice(0, 3),
      asOf: '2026-11-10',
    });
    // Thu 5, Fri 6, Mon 9 logged; Tue 10 is today, not over yet: 3 of 5.
    expect(progressOf([b], short).map((p) => [p.current, p.threshold, p.pct])).toEqual([
      [3, 5, 60],
    ]);
  });
});

describe('streak badge (windows on target)', () => {
  const b = badge({ kind: 'streak', metric: 'revenue', threshold: 2, window: 'month' });
  const targets = ['2026-08', '2026-09', '2026-10', '2026-11'].map((m, i) =>
    target(2 + i, 'ann', m, 'revenue', 10000),
  );
  const deals = [
    deal(2, 'ann', 9000, '2026-08-10 10:00'), // Aug missed
    deal(3, 'ann', 12000, '2026-09-10 10:00'), // Sep met
    deal(4, 'ann', 6000, '2026-10-05 10:00'),
    deal(5, 'ann', 4000, '2026-10-19 10:00'), // Oct met on 19 Oct: 2 in a row
    deal(6, 'ann', 5000, '2026-11-05 10:00'), // Nov current, not yet met
  ];

  it('is earned in the window that makes the run long enough, on the day its target was met', () => {
    const ctx = badgeContext({ reps: [rep('ann')], deals, targets, asOf: '2026-11-26' });
    const awards = awardsOf([b], ctx);
    expect(summary(awards)).toEqual([['ann', '2026-10-19', '2026-10', 2]]);
    expect(said(awards[0]!, b)).not.toContain('10,000');
  });
});

describe('record badge', () => {
  const b = badge({ kind: 'record', metric: 'demo', threshold: null, window: 'month' });
  const activities = [
    act(2, 'ann', '2026-07-06 09:00', 'demo', 2), // Jul 2
    act(3, 'ann', '2026-08-06 09:00', 'demo', 3), // Aug 3: higher, but only 1 prior window
    act(4, 'ann', '2026-09-07 09:00'), // Sep 1
    act(5, 'ann', '2026-10-05 09:00', 'demo', 2),
    act(6, 'ann', '2026-10-20 09:00', 'demo', 2), // Oct 4 > 3 after 3 prior windows, passed on 20 Oct
    act(7, 'ann', '2026-11-03 09:00', 'demo', 5), // Nov 5: another record
  ];

  it('is earned for each new personal best after at least three prior windows', () => {
    const ctx = badgeContext({ reps: [rep('ann')], activities, asOf: '2026-11-26' });
    const awards = awardsOf([b], ctx);
    expect(summary(awards)).toEqual([
      ['ann', '2026-10-20', '2026-10', 4],
      ['ann', '2026-11-03', '2026-11', 5],
    ]);
    expect(said(awards[0]!, b)).toBe(
      'Test Badge: personal best of 4 demos in Oct 2026, beating 3 demos in Aug 2026 on 20 Oct 2026 (Activities rows 5, 6).',
    );
  });

  it('is not earned without three prior windows of history', () => {
    const late = activities.filter((a) => a.row >= 4); // history starts in September
    const ctx = badgeContext({ reps: [rep('ann')], activities: late, asOf: '2026-11-26' });
    expect(awardsOf([b], ctx)).toEqual([]);
  });

  it('shows the best to beat as progress', () => {
    const ctx = badgeContext({
      reps: [rep('ann')],
      activities: activities.slice(0, 5),
      asOf: '2026-10-10',
    });
    // Oct so far 2; best of Jul..Sep is 3 (Aug).
    expect(
      progressOf([b], ctx).map((p) => [p.current, p.threshold, p.pct, progressWords(p, 'USD')]),
    ).toEqual([
      [2, 3, 66.7, '2 demos in Oct 2026; the personal best to beat is 3 demos (Aug 2026).'],
    ]);
  });
});

describe('improvement badge', () => {
  const b = badge({ kind: 'improvement', metric: 'revenue', threshold: 50, window: 'month' });
  const deals = [
    deal(2, 'ann', 10000, '2026-09-10 10:00'), // Sep 10,000
    deal(3, 'ann', 8000, '2026-10-03 10:00'),
    deal(4, 'ann', 8000, '2026-10-15 10:00'), // Oct 16,000 = +60%; 15,000 needed, crossed 15 Oct
    deal(5, 'ann', 20000, '2026-11-20 10:00'), // Nov 20,000 = +25%: not enough
  ];

  it('is earned when a window beats the previous one by the threshold %, on the crossing day', () => {
    const ctx = badgeContext({ reps: [rep('ann')], deals, asOf: '2026-11-26' });
    const awards = awardsOf([b], ctx);
    expect(summary(awards)).toEqual([['ann', '2026-10-15', '2026-10', 60]]);
    expect(said(awards[0]!, b)).toBe(
      'Test Badge: $16,000 revenue in Oct 2026 against $10,000 revenue in Sep 2026, +60% by 15 Oct 2026 (Deals rows 3, 4).',
    );
  });

  it('shows the total that would earn it this window as progress', () => {
    const ctx = badgeContext({ reps: [rep('ann')], deals, asOf: '2026-11-26' });
    // 16,000 × 1.5 = 24,000 needed in November; 20,000 so far.
    expect(progressOf([b], ctx).map((p) => [p.current, p.threshold, p.pct])).toEqual([
      [20000, 24000, 83.3],
    ]);
  });
});

describe('target_hit badge', () => {
  const b = badge({ kind: 'target_hit', metric: 'demo', threshold: 100, window: 'month' });
  const reps = [rep('ann'), rep('bob'), rep('cat')];
  const targets = [target(2, 'ann', '2026-11', 'demo', 4), target(3, 'bob', '2026-11', 'demo', 4)];
  const activities = [
    act(2, 'ann', '2026-11-03 09:00', 'demo', 2),
    act(3, 'ann', '2026-11-12 09:00', 'demo', 3),
    act(4, 'bob', '2026-11-12 09:00', 'demo', 3),
    act(5, 'cat', '2026-11-12 09:00', 'demo', 30),
  ];

  it('is earned at the threshold % of target; reps without a target cannot earn it', () => {
    const ctx = badgeContext({ reps, activities, targets, asOf: '2026-11-26' });
    const awards = awardsOf([b], ctx);
    expect(summary(awards)).toEqual([['ann', '2026-11-12', '2026-11', 125]]);
    expect(said(awards[0]!, b)).toBe(
      'Test Badge: 125% of the demo target in Nov 2026, 100% reached on 12 Nov 2026 (Activities rows 2, 3).',
    );
  });

  it('shows attainment toward the threshold as progress, never the target amount', () => {
    const ctx = badgeContext({ reps, activities, targets, asOf: '2026-11-26' });
    expect(shown(progressOf([b], ctx))).toEqual([
      {
        repId: 'bob',
        badgeId: 'B1',
        current: 75,
        threshold: 100,
        pct: 75,
        explanation: '75% of the demo target in Nov 2026; 100% earns it.',
      },
    ]);
  });
});

describe('manual badge', () => {
  const b = badge({
    kind: 'manual',
    badgeId: 'mvp',
    name: 'Team MVP',
    metric: null,
    threshold: null,
    window: null,
  });
  const rows = [
    recognition(2, 'ann', '2026-11-05', { kind: 'award', badgeId: 'mvp' }),
    recognition(3, 'ann', '2026-11-06', { kind: 'hi-five', badgeId: 'mvp' }), // not an award
    recognition(4, 'bob', '2026-11-07', { kind: 'award', badgeId: 'other' }), // another badge
    recognition(5, 'bob', '2026-12-01', { kind: 'award', badgeId: 'mvp' }), // after asOf
  ];

  it('is awarded by Recognition rows of kind award naming the badge', () => {
    const ctx = badgeContext({
      reps: [rep('ann'), rep('bob')],
      recognition: rows,
      asOf: '2026-11-26',
    });
    const awards = awardsOf([b], ctx);
    expect(summary(awards)).toEqual([['ann', '2026-11-05', null, null]]);
    expect(said(awards[0]!, b)).toBe('Team MVP: awarded on 5 Nov 2026 (Recognition row 2).');
    expect(shown(progressOf([b], ctx))).toEqual([]);
  });
});
