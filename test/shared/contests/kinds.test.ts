// Specs for percent_of_target, first_to, team, streak and improvement contests, computed by hand.
import { describe, expect, it } from 'vitest';
import { evaluateContest } from '../../../shared/contests';
import {
  act,
  calendarWithHolidays,
  contest,
  context,
  explain,
  d,
  deal,
  rep,
  target,
} from './fixtures';

const rows = (r: ReturnType<typeof evaluateContest>) =>
  r.standings.map((s) => [s.rank, s.repId ?? s.team, s.value]);

describe('percent_of_target contest', () => {
  // Whole-November window, so the monthly target applies in full.
  const c = contest({ kind: 'percent_of_target', start: d('2026-11-01'), end: d('2026-11-30') });
  const world = {
    reps: [rep('ann'), rep('bob'), rep('cat')],
    activities: [
      act(2, 'ann', '2026-11-03 09:00', 'demo', 5),
      act(3, 'bob', '2026-11-04 09:00', 'demo', 3),
      act(4, 'cat', '2026-11-04 09:00', 'demo', 9),
    ],
    targets: [target(2, 'ann', '2026-11', 'demo', 10), target(3, 'bob', '2026-11', 'demo', 4)],
    asOf: '2026-12-01',
  };

  it('ranks by % of own target; a rep without a target is listed last with value null', () => {
    const r = evaluateContest(c, context(world));
    expect(rows(r)).toEqual([
      [1, 'bob', 75],
      [2, 'ann', 50],
      [3, 'cat', null],
    ]);
    expect(r.standings[2]!.progressPct).toBeNull();
    expect(explain(r.standings[2]!)).toContain('No demo target');
  });

  it('never writes the target amount into the explanation', () => {
    const r = evaluateContest(c, context(world));
    expect(explain(r.standings[1]!)).toBe(
      '50% of own target for the contest window: 5 demos from 1 Nov to 30 Nov 2026 (Activities row 2).',
    );
    expect(explain(r.standings[1]!)).not.toContain('10');
  });
});

describe('first_to contest', () => {
  const c = contest({ kind: 'first_to', goal: 3 });
  const reps = [rep('ann'), rep('bob'), rep('cat'), rep('dan'), rep('eve')];
  const activities = [
    act(2, 'ann', '2026-11-05 10:15', 'demo', 3), // finishes Nov 5 10:15
    act(3, 'bob', '2026-11-05 08:00', 'demo', 2),
    act(4, 'bob', '2026-11-05 09:30'), // finishes Nov 5 09:30, earlier the same day
    act(5, 'cat', '2026-11-06 08:00', 'demo', 5), // more demos but later
    act(6, 'dan', '2026-11-03 08:00', 'demo', 2), // unfinished, 2
    act(7, 'eve', '2026-11-03 08:00'), // unfinished, 1
  ];

  it('ranks finishers by the minute they crossed the goal, then the unfinished by value', () => {
    const r = evaluateContest(c, context({ reps, activities, asOf: '2026-11-26' }));
    expect(r.standings.map((s) => [s.rank, s.repId, s.finishedAt])).toEqual([
      [1, 'bob', '2026-11-05T09:30'],
      [2, 'ann', '2026-11-05T10:15'],
      [3, 'cat', '2026-11-06T08:00'],
      [4, 'dan', null],
      [5, 'eve', null],
    ]);
    expect(r.standings.map((s) => s.progressPct)).toEqual([100, 100, 100, 66.7, 33.3]);
  });

  it('names the crossing row and time in the explanation', () => {
    const r = evaluateContest(c, context({ reps, activities, asOf: '2026-11-26' }));
    expect(explain(r.standings[0]!)).toMatch(
      /^Reached 3 demos on 5 Nov 2026 at 09:30 \(Activities row 4\)\./,
    );
    expect(explain(r.standings[3]!)).toBe(
      'Not finished: 2 of 3 demos from 2 Nov to 13 Nov 2026 (Activities row 6).',
    );
  });

  it('writes both amounts of a money contest as money', () => {
    const money = contest({ kind: 'first_to', metric: 'revenue', goal: 30000 });
    const deals = [
      deal(2, 'ann', 12100, '2026-11-03 10:00'),
      deal(3, 'ann', 10000, '2026-11-04 10:00'),
    ];
    const r = evaluateContest(money, context({ reps: [rep('ann')], deals, asOf: '2026-11-26' }));
    expect(explain(r.standings[0]!)).toBe(
      'Not finished: $22,100 of $30,000 revenue from 2 Nov to 13 Nov 2026 (Deals rows 2, 3).',
    );
  });

  it('does not count a crossing after asOf while live', () => {
    const r = evaluateContest(c, context({ reps, activities, asOf: '2026-11-05' }));
    expect(r.status).toBe('live');
    expect(r.standings.find((s) => s.repId === 'cat')!.finishedAt).toBeNull();
  });
});

describe('team contest', () => {
  it('ranks teams by the total of their reps; reps without a team do not score', () => {
    const reps = [
      rep('ann', { team: 'East' }),
      rep('bob', { team: 'East' }),
      rep('cat', { team: 'West' }),
      rep('solo'),
    ];
    const activities = [
      act(2, 'ann', '2026-11-02 09:00', 'demo', 3),
      act(3, 'bob', '2026-11-03 09:00', 'demo', 2),
      act(4, 'cat', '2026-11-03 09:00', 'demo', 4),
      act(5, 'solo', '2026-11-03 09:00', 'demo', 9),
    ];
    const r = evaluateContest(
      contest({ kind: 'team' }),
      context({ reps, activities, asOf: '2026-11-26' }),
    );
    expect(r.standings.map((s) => [s.rank, s.repId, s.team, s.value])).toEqual([
      [1, null, 'East', 5],
      [2, null, 'West', 4],
    ]);
    expect(explain(r.standings[0]!)).toBe(
      '5 demos by 2 reps from 2 Nov to 13 Nov 2026 (Activities rows 2, 3).',
    );
  });
});

describe('streak contest', () => {
  // 2..13 Nov 2026: Mon 2 .. Fri 6, weekend 7-8, Mon 9 .. Fri 13; Wed 11 is a holiday.
  const calendar = calendarWithHolidays('2026-11-11');
  const reps = [rep('ann'), rep('bob'), rep('cat')];
  const activities = [
    // Ann: Thu 5, Fri 6, (weekend), Mon 9, Tue 10, (holiday), Thu 12 -> 5 in a row.
    ...['05', '06', '09', '10', '12'].map((day, i) => act(2 + i, 'ann', `2026-11-${day} 09:00`)),
    // Bob: Mon 2, Tue 3, Wed 4, misses Thu 5, Fri 6 -> best 3.
    ...['02', '03', '04', '06'].map((day, i) => act(10 + i, 'bob', `2026-11-${day} 09:00`)),
    // Cat: 2 demos a day on Mon 2 and Tue 3 only, and one on Wed 4.
    act(20, 'cat', '2026-11-02 09:00', 'demo', 2),
    act(21, 'cat', '2026-11-03 09:00', 'demo', 2),
    act(22, 'cat', '2026-11-04 09:00'),
  ];

  it.each([
    [
      'goal 1 (default)',
      null,
      [
        ['ann', 5],
        ['bob', 3],
        ['cat', 3],
      ],
    ],
    [
      'goal 2',
      2,
      [
        ['cat', 2],
        ['ann', 0],
        ['bob', 0],
      ],
    ],
  ] as const)(
    'counts working days in a row with %s, skipping weekends and holidays',
    (_, goal, expected) => {
      const r = evaluateContest(
        contest({ kind: 'streak', goal }),
        context({ reps, activities, calendar, asOf: '2026-11-26' }),
      );
      expect(r.standings.map((s) => [s.repId, s.value])).toEqual(expected);
    },
  );

  it('breaks a tie on length by the earlier day the run reached it', () => {
    // Bob and Cat both reach 3 on Wed 4 at 09:00 -> same rank; listed by name (BOB, CAT).
    const r = evaluateContest(
      contest({ kind: 'streak' }),
      context({ reps, activities, calendar, asOf: '2026-11-26' }),
    );
    expect(r.standings.map((s) => [s.rank, s.repId])).toEqual([
      [1, 'ann'],
      [2, 'bob'],
      [2, 'cat'],
    ]);
    expect(explain(r.standings[0]!)).toBe(
      '5 working days in a row with at least 1 demo a day, 5 Nov to 12 Nov 2026 (Activities rows 2, 3, 4, 5, 6); weekends and holidays are skipped.',
    );
  });

  it('is broken by a missed working day when there is no holiday', () => {
    const r = evaluateContest(
      contest({ kind: 'streak' }),
      context({ reps: [rep('ann')], activities, asOf: '2026-11-26' }),
    );
    expect(r.standings[0]!.value).toBe(4);
  });
});

describe('improvement contest', () => {
  // Window 11..20 Nov (10 days); previous window 1..10 Nov.
  const c = contest({ kind: 'improvement', start: d('2026-11-11'), end: d('2026-11-20') });
  const reps = [rep('ann'), rep('bob'), rep('cat')];
  const activities = [
    act(2, 'ann', '2026-11-02 09:00', 'demo', 4),
    act(3, 'ann', '2026-11-12 09:00', 'demo', 2),
    act(4, 'ann', '2026-11-18 09:00', 'demo', 4),
    act(5, 'bob', '2026-11-09 09:00', 'demo', 2),
    act(6, 'bob', '2026-11-19 09:00', 'demo', 4),
    act(7, 'cat', '2026-11-12 09:00', 'demo', 9),
  ];

  it('ranks by % rise over the previous equal window; no previous result is null and last', () => {
    const r = evaluateContest(c, context({ reps, activities, asOf: '2026-11-26' }));
    expect(rows(r)).toEqual([
      [1, 'bob', 100],
      [2, 'ann', 50],
      [3, 'cat', null],
    ]);
    expect(explain(r.standings[1]!)).toBe(
      '+50%: 6 demos from 11 Nov to 20 Nov 2026 (Activities rows 3, 4) against 4 demos from 1 Nov to 10 Nov 2026 (Activities row 2).',
    );
  });

  it('compares elapsed days with the same number of days of the previous window while live', () => {
    // asOf 15 Nov: 11..15 against 1..5. Ann 2 against 4 = -50%; Bob and Cat have nothing in 1..5: null, tied.
    const r = evaluateContest(c, context({ reps, activities, asOf: '2026-11-15' }));
    expect(rows(r)).toEqual([
      [1, 'ann', -50],
      [2, 'bob', null],
      [2, 'cat', null],
    ]);
  });
});
