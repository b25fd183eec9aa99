// Specs for streaks (working days only, weekends and holidays skipped) and personal records.
import { describe, expect, it } from 'vitest';
import { buildLedger } from '../../../shared/metrics/ledger';
import { computeStreak, computeStreaks } from '../../../shared/metrics/streaks';
import { act, calendar, d, deal, rep, workbook } from './fixtures';

// Nov 2026: the 14th-15th and 21st-22nd are weekends, the 26th is a holiday.
const cal = calendar({ holidays: new Set([d('2026-11-26')]) });
const days = (...isos: string[]) => isos.map((iso, i) => act(100 + i, 'z', iso, 'call'));
const wb = workbook({
  calendar: cal,
  activities: [
    ...days('2026-11-09', '2026-11-10', '2026-11-11'), // then the 12th has none: break
    ...days('2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20'),
    ...days('2026-11-21'), // a Saturday: neither counts nor matters
    ...days('2026-11-23', '2026-11-24', '2026-11-25', '2026-11-27'), // the 26th is a holiday
    act(200, 'y', '2026-11-30', 'email'),
  ],
  deals: [
    deal({
      row: 2,
      repId: 'z',
      amount: 3000,
      status: 'won',
      created: '2026-10-01',
      closed: '2026-10-05',
    }),
    deal({
      row: 3,
      repId: 'z',
      amount: 5000,
      status: 'won',
      created: '2026-10-01',
      closed: '2026-11-05',
    }),
    deal({
      row: 4,
      repId: 'z',
      amount: 1000,
      status: 'won',
      created: '2026-10-01',
      closed: '2026-11-25',
    }),
  ],
});
const ledger = buildLedger(wb);

describe('computeStreak', () => {
  it.each([
    [
      'over a weekend and a holiday; the as-of day without activity yet does not break it',
      '2026-11-30',
      9,
      9,
    ],
    ['a working day without activity before the as-of day breaks it', '2026-12-01', 0, 9],
    ['on the holiday itself', '2026-11-26', 8, 8],
    ['on a Saturday with activity (not counted)', '2026-11-21', 5, 5],
    ['on the Sunday after', '2026-11-22', 5, 5],
    ['in the first run', '2026-11-11', 3, 3],
    ['the day after the first run (as-of, no activity yet)', '2026-11-12', 3, 3],
    ['two days after the first run', '2026-11-13', 0, 3],
    ['before any data', '2026-01-05', 0, 0],
  ])('%s', (_what, asOf, current, best) => {
    const s = computeStreak(ledger, cal, 'z', d(asOf));
    expect([s.current, s.best]).toEqual([current, best]);
  });

  it('counts the as-of day when it has activity', () => {
    expect(computeStreak(ledger, cal, 'y', d('2026-11-30')).current).toBe(1);
  });

  it('dates and explains the best streak', () => {
    const s = computeStreak(ledger, cal, 'z', d('2026-11-30'));
    expect([s.bestStart, s.bestEnd]).toEqual([d('2026-11-16'), d('2026-11-27')]);
    expect(s.explanation).toBe(
      '9 working days in a row with activity up to 2026-11-30; best 9 (2026-11-16 to 2026-11-27); weekends and holidays are skipped',
    );
  });
});

describe('computeStreak against a daily bar of activity points (Settings streak_daily_points)', () => {
  // Mon 2 Nov to Fri 6 Nov 2026; weights: call 1, email 0.5, meeting 3 (the fixture's defaults).
  const week = workbook({
    calendar: cal,
    activities: [
      act(2, 'w', '2026-11-02', 'call', 30),
      act(3, 'w', '2026-11-03', 'meeting', 10),
      act(4, 'w', '2026-11-04', 'email', 1), // one email: "active", but far below any bar
      act(5, 'w', '2026-11-05', 'call', 20),
      act(6, 'w', '2026-11-05', 'meeting', 4), // 20 + 12 = 32 points
      act(7, 'w', '2026-11-06', 'call', 29),
    ],
  });
  const weekLedger = buildLedger(week);
  it.each([
    ['0: any activity counts, so one email keeps the run', 0, 5, 5],
    [
      '30 points: the one-email day breaks the run; the as-of day, still short, does not yet',
      30,
      1,
      2,
    ],
    ['29 points: the Friday reaches it exactly', 29, 2, 2],
    ['a bar nobody reaches: no streak at all', 1000, 0, 0],
  ])('%s', (_what, bar, current, best) => {
    const s = computeStreak(weekLedger, cal, 'w', d('2026-11-06'), bar);
    expect([s.current, s.best]).toEqual([current, best]);
  });

  it('names the bar in the explanation', () => {
    expect(computeStreak(weekLedger, cal, 'w', d('2026-11-06'), 29).explanation).toBe(
      '2 working days in a row with at least 29 activity points up to 2026-11-06; best 2 (2026-11-05 to 2026-11-06); weekends and holidays are skipped',
    );
  });
});

describe('computeStreaks', () => {
  it.each([
    [0, 9],
    [2, 0],
  ])('measures every rep against the Settings bar (%d points)', (bar, current) => {
    const [z] = computeStreaks({
      ledger,
      calendar: cal,
      reps: [rep('z')],
      asOf: d('2026-11-30'),
      settings: { streakDailyPoints: bar },
    });
    expect(z!.streak.current).toBe(current);
  });
});

describe('computeStreaks personal records', () => {
  it('finds the best month of revenue and the best week of activity points', () => {
    const [z] = computeStreaks({
      ledger,
      calendar: cal,
      reps: [rep('z')],
      asOf: d('2026-11-30'),
      settings: { streakDailyPoints: 0 },
    });
    expect([z!.bestMonthRevenue?.period.label, z!.bestMonthRevenue?.value]).toEqual([
      '2026-11',
      6000,
    ]);
    // Week 47 (16th-22nd) has 6 calls counting the Saturday; week 48 has 4.
    expect([z!.bestWeekActivityPoints?.period.label, z!.bestWeekActivityPoints?.value]).toEqual([
      '2026-W47',
      6,
    ]);
  });

  it('counts only up to the as-of day and has no record without data', () => {
    const [z, none] = computeStreaks({
      ledger,
      calendar: cal,
      reps: [rep('z'), rep('none')],
      asOf: d('2026-11-20'),
      settings: { streakDailyPoints: 0 },
    });
    expect([z!.bestMonthRevenue?.period.label, z!.bestMonthRevenue?.value]).toEqual([
      '2026-11',
      5000,
    ]);
    expect(none!.bestMonthRevenue).toBeNull();
    expect(none!.bestWeekActivityPoints).toBeNull();
  });
});
