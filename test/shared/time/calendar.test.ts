// Specs for the working calendar: working days, counts between days, and stepping to working days.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Calendar,
  DEFAULT_CALENDAR,
  isWorkingDay,
  nextWorkingDay,
  parseIsoDay,
  previousWorkingDay,
  workingDaysBetween,
  isoDay,
} from '../../../shared/time';

const d = (text: string) => parseIsoDay(text)!;
const withHolidays = (...days: string[]): Calendar => ({
  ...DEFAULT_CALENDAR,
  holidays: new Set(days.map(d)),
});
const thanksgiving = withHolidays('2026-11-26', '2026-11-27', '2026-12-25');

describe('isWorkingDay', () => {
  it.each([
    ['2026-11-23', DEFAULT_CALENDAR, true], // Monday
    ['2026-11-27', DEFAULT_CALENDAR, true], // Friday
    ['2026-11-28', DEFAULT_CALENDAR, false], // Saturday
    ['2026-11-29', DEFAULT_CALENDAR, false], // Sunday
    ['2026-11-26', thanksgiving, false], // a Thursday holiday
    ['2026-11-25', thanksgiving, true],
  ])('%s -> %s', (day, cal, expected) => {
    expect(isWorkingDay(d(day), cal)).toBe(expected);
  });

  it('follows custom working weekdays (Sunday to Thursday)', () => {
    const cal: Calendar = { ...DEFAULT_CALENDAR, workingDays: new Set([0, 1, 2, 3, 4]) };
    expect(isWorkingDay(d('2026-11-29'), cal)).toBe(true);
    expect(isWorkingDay(d('2026-11-27'), cal)).toBe(false);
  });
});

describe('workingDaysBetween', () => {
  it.each([
    // November 2026 starts on a Sunday: 30 days less 5 Sundays and 4 Saturdays.
    ['2026-11-01', '2026-11-30', DEFAULT_CALENDAR, 21],
    ['2026-11-01', '2026-11-30', thanksgiving, 19],
    ['2026-11-23', '2026-11-29', DEFAULT_CALENDAR, 5],
    ['2026-11-28', '2026-11-29', DEFAULT_CALENDAR, 0],
    ['2026-11-26', '2026-11-26', DEFAULT_CALENDAR, 1],
    ['2026-11-26', '2026-11-26', thanksgiving, 0],
    ['2026-11-27', '2026-11-26', DEFAULT_CALENDAR, 0], // end before start
    // 2026 has 365 days = 52 weeks + 1 day, and 1 Jan 2026 is a Thursday.
    ['2026-01-01', '2026-12-31', DEFAULT_CALENDAR, 261],
    ['2026-01-01', '2026-12-31', thanksgiving, 258],
  ])('%s..%s -> %i', (start, end, cal, expected) => {
    expect(workingDaysBetween(d(start), d(end), cal)).toBe(expected);
  });

  it('ignores holidays on weekends (they are not working days anyway)', () => {
    expect(workingDaysBetween(d('2026-11-23'), d('2026-11-29'), withHolidays('2026-11-28'))).toBe(
      5,
    );
  });

  it('equals a day-by-day count for random ranges and calendars', () => {
    const calendar = fc.record({
      weekStartsOn: fc.constantFrom(0 as const, 1 as const),
      fiscalYearStartMonth: fc.integer({ min: 1, max: 12 }),
      workingDays: fc.uniqueArray(fc.integer({ min: 0, max: 6 })).map((a) => new Set(a)),
      holidays: fc
        .uniqueArray(fc.integer({ min: 20_000, max: 21_500 }), { maxLength: 40 })
        .map((a) => new Set(a)),
    });
    fc.assert(
      fc.property(
        calendar,
        fc.integer({ min: 19_900, max: 21_600 }),
        fc.integer({ min: -10, max: 800 }),
        (cal, start, length) => {
          const end = start + length;
          let expected = 0;
          for (let day = start; day <= end; day++) if (isWorkingDay(day, cal)) expected++;
          expect(workingDaysBetween(start, end, cal)).toBe(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('previousWorkingDay / nextWorkingDay', () => {
  it.each([
    ['2026-11-23', DEFAULT_CALENDAR, '2026-11-20', '2026-11-24'], // Monday
    ['2026-11-28', DEFAULT_CALENDAR, '2026-11-27', '2026-11-30'], // Saturday
    ['2026-11-25', thanksgiving, '2026-11-24', '2026-11-30'], // before a long weekend
    ['2026-11-30', thanksgiving, '2026-11-25', '2026-12-01'],
    ['2026-12-28', thanksgiving, '2026-12-24', '2026-12-29'],
  ])('around %s the working days are %s (before) and %s (after)', (day, cal, previous, next) => {
    expect(isoDay(previousWorkingDay(d(day), cal))).toBe(previous);
    expect(isoDay(nextWorkingDay(d(day), cal))).toBe(next);
  });

  it('does not loop forever on a calendar without working days', () => {
    const cal: Calendar = { ...DEFAULT_CALENDAR, workingDays: new Set() };
    expect(nextWorkingDay(100, cal)).toBe(101);
    expect(previousWorkingDay(100, cal)).toBe(99);
  });
});
