// Specs for period labels: parsing every label form, rejecting impossible ones, English names.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Calendar,
  DEFAULT_CALENDAR,
  isoDay,
  PERIOD_KINDS,
  parseIsoDay,
  parsePeriodLabel,
  periodName,
  periodOf,
} from '../../../shared/time';
import { arbitraryCalendar, arbitraryDay } from './arbitraries';

const d = (text: string) => parseIsoDay(text)!;
const MONDAY = DEFAULT_CALENDAR;
const SUNDAY: Calendar = { ...DEFAULT_CALENDAR, weekStartsOn: 0 };
const JULY: Calendar = { ...DEFAULT_CALENDAR, fiscalYearStartMonth: 7 };
const APRIL: Calendar = { ...DEFAULT_CALENDAR, fiscalYearStartMonth: 4 };

describe('parsePeriodLabel', () => {
  it.each([
    ['2026', MONDAY, 'year', '2026', '2026-01-01', '2026-12-31'],
    ['2026-Q4', MONDAY, 'quarter', '2026-Q4', '2026-10-01', '2026-12-31'],
    ['2026-11', MONDAY, 'month', '2026-11', '2026-11-01', '2026-11-30'],
    ['2026-W48', MONDAY, 'week', '2026-W48', '2026-11-23', '2026-11-29'],
    ['2026-11-26', MONDAY, 'day', '2026-11-26', '2026-11-26', '2026-11-26'],
    // Case and blanks do not matter; the label comes back canonical.
    ['  2026-q4 ', MONDAY, 'quarter', '2026-Q4', '2026-10-01', '2026-12-31'],
    ['2026-w48', MONDAY, 'week', '2026-W48', '2026-11-23', '2026-11-29'],
    ['2026-W1', MONDAY, 'week', '2026-W01', '2025-12-29', '2026-01-04'],
    // Week 53 exists in 2026 and 2020.
    ['2026-W53', MONDAY, 'week', '2026-W53', '2026-12-28', '2027-01-03'],
    ['2020-W53', MONDAY, 'week', '2020-W53', '2020-12-28', '2021-01-03'],
    ['2026-W53', SUNDAY, 'week', '2026-W53', '2026-12-27', '2027-01-02'],
    ['2026-W48', SUNDAY, 'week', '2026-W48', '2026-11-22', '2026-11-28'],
    // Fiscal quarters and years follow the calendar's start month.
    ['2027', JULY, 'year', '2027', '2026-07-01', '2027-06-30'],
    ['2027-Q1', JULY, 'quarter', '2027-Q1', '2026-07-01', '2026-09-30'],
    ['2027-Q3', JULY, 'quarter', '2027-Q3', '2027-01-01', '2027-03-31'],
    ['2027-Q4', APRIL, 'quarter', '2027-Q4', '2027-01-01', '2027-03-31'],
    ['2028-02-29', MONDAY, 'day', '2028-02-29', '2028-02-29', '2028-02-29'],
    ['2028-02', MONDAY, 'month', '2028-02', '2028-02-01', '2028-02-29'],
  ] as [string, Calendar, string, string, string, string][])(
    '%j is the %s %s',
    (text, cal, kind, label, start, end) => {
      const p = parsePeriodLabel(text, cal)!;
      expect([p.kind, p.label, isoDay(p.start), isoDay(p.end)]).toEqual([kind, label, start, end]);
    },
  );

  it.each([
    '2027-W53',
    '2025-W53',
    '2026-W54',
    '2026-W00',
    '2026-Q0',
    '2026-Q5',
    '2026-13',
    '2026-00',
    '2026-1',
    '2027-02-29',
    '2026-02-30',
    '26',
    '2026-H1',
    'FY2027',
    'Nov 2026',
    '',
  ])('rejects %j', (text) => {
    expect(parsePeriodLabel(text, MONDAY)).toBeNull();
  });

  it('gives back the same period for the label of any period (round trip)', () => {
    fc.assert(
      fc.property(
        arbitraryCalendar,
        fc.constantFrom(...PERIOD_KINDS),
        arbitraryDay,
        (cal, kind, day) => {
          const p = periodOf(kind, day, cal);
          expect(parsePeriodLabel(p.label, cal)).toEqual(p);
          expect(parsePeriodLabel(` ${p.label.toLowerCase()} `, cal)).toEqual(p);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('periodName', () => {
  it.each([
    ['day', '2026-11-26', MONDAY, '26 Nov 2026'],
    ['day', '2026-03-05', MONDAY, '5 Mar 2026'],
    ['week', '2026-11-26', MONDAY, 'Week 48, 2026'],
    ['week', '2026-11-26', SUNDAY, 'Week 48, 2026'],
    ['week', '2027-01-02', SUNDAY, 'Week 53, 2026'],
    ['week', '2025-12-30', MONDAY, 'Week 1, 2026'],
    ['month', '2026-11-26', MONDAY, 'Nov 2026'],
    ['quarter', '2026-11-26', MONDAY, 'Q4 2026'],
    ['quarter', '2026-07-01', JULY, 'FY2027 Q1'],
    ['quarter', '2027-02-01', JULY, 'FY2027 Q3'],
    ['quarter', '2026-04-01', APRIL, 'FY2027 Q1'],
    ['year', '2026-11-26', MONDAY, '2026'],
    ['year', '2026-11-26', JULY, 'FY2027'],
    ['year', '2026-11-26', APRIL, 'FY2027'],
  ] as const)('the %s of %s is named %j', (kind, day, cal, name) => {
    expect(periodName(periodOf(kind, d(day), cal))).toBe(name);
  });
});
