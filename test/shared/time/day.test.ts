// Specs for calendar-day arithmetic: civil dates, ISO text, weekdays, month steps and 29 February.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonthsToDay,
  dayFromYmd,
  daysInMonth,
  isoDay,
  monthEnd,
  monthStart,
  parseIsoDay,
  weekdayOf,
  ymdOfDay,
} from '../../../shared/time';

const MS_PER_DAY = 86_400_000;
// Date.UTC is an independent oracle here (tests may use Date; the engine's day maths does not).
const oracle = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / MS_PER_DAY;

describe('dayFromYmd / ymdOfDay', () => {
  it.each([
    [1970, 1, 1, 0],
    [1969, 12, 31, -1],
    [2000, 3, 1, 11017],
    [2026, 11, 26, 20783],
  ])('%i-%i-%i is day %i', (y, m, d, day) => {
    expect(dayFromYmd(y, m, d)).toBe(day);
    expect(ymdOfDay(day)).toEqual({ year: y, month: m, day: d });
  });

  it('agrees with Date.UTC and round-trips for any day from 1600 to 2400', () => {
    fc.assert(
      fc.property(fc.integer({ min: -135_000, max: 157_000 }), (day) => {
        const { year, month, day: d } = ymdOfDay(day);
        expect(oracle(year, month, d)).toBe(day);
        expect(dayFromYmd(year, month, d)).toBe(day);
      }),
    );
  });
});

describe('parseIsoDay', () => {
  it.each([
    ['2026-11-26', dayFromYmd(2026, 11, 26)],
    [' 2026-11-26 ', dayFromYmd(2026, 11, 26)],
    ['2028-02-29', dayFromYmd(2028, 2, 29)],
    ['2000-02-29', dayFromYmd(2000, 2, 29)],
    ['2026-12-31', dayFromYmd(2026, 12, 31)],
  ])('reads %j', (text, day) => {
    expect(parseIsoDay(text)).toBe(day);
  });

  it.each([
    '2027-02-29',
    '2100-02-29',
    '2026-02-30',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-11-00',
    '2026-1-5',
    '26-11-26',
    '2026/11/26',
    '2026-11-26 14:30',
    '',
    'tomorrow',
  ])('rejects %j', (text) => {
    expect(parseIsoDay(text)).toBeNull();
  });

  it('isoDay writes what parseIsoDay reads', () => {
    fc.assert(
      fc.property(fc.integer({ min: -600_000, max: 2_900_000 }), (day) => {
        expect(parseIsoDay(isoDay(day))).toBe(day);
      }),
    );
  });

  it('pads years and months', () => {
    expect(isoDay(dayFromYmd(987, 3, 4))).toBe('0987-03-04');
  });
});

describe('weekdayOf', () => {
  it.each([
    ['1970-01-01', 4], // a Thursday
    ['1969-12-28', 0],
    ['2026-11-26', 4],
    ['2026-11-29', 0],
    ['2026-11-28', 6],
    ['2026-11-23', 1],
  ])('%s is weekday %i', (text, weekday) => {
    expect(weekdayOf(parseIsoDay(text)!)).toBe(weekday);
  });

  it('agrees with Date.getUTCDay', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), (day) => {
        expect(weekdayOf(day)).toBe(new Date(day * MS_PER_DAY).getUTCDay());
      }),
    );
  });
});

describe('months', () => {
  it.each([
    [2026, 2, 28],
    [2028, 2, 29],
    [2100, 2, 28],
    [2000, 2, 29],
    [2026, 4, 30],
    [2026, 12, 31],
  ])('%i-%i has %i days', (y, m, n) => {
    expect(daysInMonth(y, m)).toBe(n);
  });

  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2026-11-26', 2, '2027-01-26'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-01-15', -13, '2024-12-15'],
    ['2026-05-31', 0, '2026-05-31'],
  ])('%s plus %i months is %s (clamped to month end)', (from, months, to) => {
    expect(isoDay(addMonthsToDay(parseIsoDay(from)!, months))).toBe(to);
  });

  it.each([
    ['2026-11-26', '2026-11-01', '2026-11-30'],
    ['2028-02-10', '2028-02-01', '2028-02-29'],
    ['2027-02-28', '2027-02-01', '2027-02-28'],
  ])('the month of %s runs %s..%s', (day, start, end) => {
    expect(isoDay(monthStart(parseIsoDay(day)!))).toBe(start);
    expect(isoDay(monthEnd(parseIsoDay(day)!))).toBe(end);
  });
});
