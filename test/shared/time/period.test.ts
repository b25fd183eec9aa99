// Specs for periods: weeks (Monday and Sunday starts, week 53), months, fiscal quarters and years.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Calendar,
  DEFAULT_CALENDAR,
  isoDay,
  monthsOf,
  nextPeriod,
  PERIOD_KINDS,
  type Period,
  type PeriodKind,
  parseIsoDay,
  periodContains,
  periodOf,
  periodsInRange,
  previousPeriod,
} from '../../../shared/time';
import { arbitraryCalendar, arbitraryDay } from './arbitraries';

const d = (text: string) => parseIsoDay(text)!;
const MONDAY = DEFAULT_CALENDAR;
const SUNDAY: Calendar = { ...DEFAULT_CALENDAR, weekStartsOn: 0 };
const JULY: Calendar = { ...DEFAULT_CALENDAR, fiscalYearStartMonth: 7 };
const APRIL: Calendar = { ...DEFAULT_CALENDAR, fiscalYearStartMonth: 4 };
const show = (p: Period) => [p.label, isoDay(p.start), isoDay(p.end)];

describe('periodOf', () => {
  it.each([
    ['day', '2026-11-26', MONDAY, '2026-11-26', '2026-11-26', '2026-11-26'],
    ['week', '2026-11-26', MONDAY, '2026-W48', '2026-11-23', '2026-11-29'],
    ['week', '2026-11-29', MONDAY, '2026-W48', '2026-11-23', '2026-11-29'],
    ['month', '2026-11-26', MONDAY, '2026-11', '2026-11-01', '2026-11-30'],
    ['quarter', '2026-11-26', MONDAY, '2026-Q4', '2026-10-01', '2026-12-31'],
    ['year', '2026-11-26', MONDAY, '2026', '2026-01-01', '2026-12-31'],
    // Week 53 and the weeks around New Year take the ISO year of their Monday.
    ['week', '2026-12-31', MONDAY, '2026-W53', '2026-12-28', '2027-01-03'],
    ['week', '2027-01-03', MONDAY, '2026-W53', '2026-12-28', '2027-01-03'],
    ['week', '2027-01-04', MONDAY, '2027-W01', '2027-01-04', '2027-01-10'],
    ['week', '2021-01-01', MONDAY, '2020-W53', '2020-12-28', '2021-01-03'],
    // Sunday-start weeks carry the label of the Monday after their Sunday.
    ['week', '2026-11-26', SUNDAY, '2026-W48', '2026-11-22', '2026-11-28'],
    ['week', '2026-11-22', SUNDAY, '2026-W48', '2026-11-22', '2026-11-28'],
    ['week', '2026-11-29', SUNDAY, '2026-W49', '2026-11-29', '2026-12-05'],
    ['week', '2026-12-27', SUNDAY, '2026-W53', '2026-12-27', '2027-01-02'],
    ['week', '2027-01-02', SUNDAY, '2026-W53', '2026-12-27', '2027-01-02'],
    ['week', '2027-01-03', SUNDAY, '2027-W01', '2027-01-03', '2027-01-09'],
    ['week', '2025-12-28', SUNDAY, '2026-W01', '2025-12-28', '2026-01-03'],
    // Fiscal year from July: labelled by the calendar year in which it ends.
    ['year', '2026-07-01', JULY, '2027', '2026-07-01', '2027-06-30'],
    ['year', '2026-06-30', JULY, '2026', '2025-07-01', '2026-06-30'],
    ['year', '2027-06-30', JULY, '2027', '2026-07-01', '2027-06-30'],
    ['quarter', '2026-07-01', JULY, '2027-Q1', '2026-07-01', '2026-09-30'],
    ['quarter', '2026-11-26', JULY, '2027-Q2', '2026-10-01', '2026-12-31'],
    ['quarter', '2027-02-15', JULY, '2027-Q3', '2027-01-01', '2027-03-31'],
    ['quarter', '2027-06-30', JULY, '2027-Q4', '2027-04-01', '2027-06-30'],
    ['quarter', '2026-06-30', JULY, '2026-Q4', '2026-04-01', '2026-06-30'],
    ['month', '2026-07-15', JULY, '2026-07', '2026-07-01', '2026-07-31'], // months stay calendar
    ['quarter', '2026-04-01', APRIL, '2027-Q1', '2026-04-01', '2026-06-30'],
    ['quarter', '2026-03-31', APRIL, '2026-Q4', '2026-01-01', '2026-03-31'],
    // 29 February inside its month, quarter and year.
    ['month', '2028-02-29', MONDAY, '2028-02', '2028-02-01', '2028-02-29'],
    ['quarter', '2028-02-29', MONDAY, '2028-Q1', '2028-01-01', '2028-03-31'],
    ['year', '2028-02-29', JULY, '2028', '2027-07-01', '2028-06-30'],
    ['week', '2028-02-29', MONDAY, '2028-W09', '2028-02-28', '2028-03-05'],
  ] as [PeriodKind, string, Calendar, string, string, string][])(
    '%s of %s is %s..',
    (kind, day, cal, label, start, end) => {
      expect(show(periodOf(kind, d(day), cal))).toEqual([label, start, end]);
    },
  );

  it('the leap-year quarter and fiscal year are one day longer', () => {
    const q = periodOf('quarter', d('2028-02-29'), MONDAY);
    expect(q.end - q.start + 1).toBe(91);
    const fy = periodOf('year', d('2028-02-29'), JULY);
    expect(fy.end - fy.start + 1).toBe(366);
  });
});

describe('stepping', () => {
  it.each([
    ['2027-Q1', JULY, '2026-Q4', '2027-Q2'],
    ['2027-Q4', JULY, '2027-Q3', '2028-Q1'],
    ['2027', JULY, '2026', '2028'],
    ['2026-W53', MONDAY, '2026-W52', '2027-W01'],
    ['2026-W53', SUNDAY, '2026-W52', '2027-W01'],
    ['2026-12', MONDAY, '2026-11', '2027-01'],
    ['2026-Q1', MONDAY, '2025-Q4', '2026-Q2'],
  ] as [string, Calendar, string, string][])(
    'before %s comes %s, after it %s',
    (label, cal, before, after) => {
      const p = periodsByLabel(label, cal);
      expect(previousPeriod(p, cal).label).toBe(before);
      expect(nextPeriod(p, cal).label).toBe(after);
    },
  );

  it('previous and next tile the timeline without gaps for every kind and calendar', () => {
    fc.assert(
      fc.property(
        arbitraryCalendar,
        fc.constantFrom(...PERIOD_KINDS),
        arbitraryDay,
        (cal, kind, day) => {
          const p = periodOf(kind, day, cal);
          expect(periodContains(p, day)).toBe(true);
          expect(nextPeriod(p, cal).start).toBe(p.end + 1);
          expect(previousPeriod(p, cal).end).toBe(p.start - 1);
          expect(previousPeriod(nextPeriod(p, cal), cal)).toEqual(p);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('periodsInRange and monthsOf', () => {
  it('lists every overlapping period in order, partial ones included', () => {
    const weeks = periodsInRange('week', d('2026-11-26'), d('2026-12-08'), MONDAY);
    expect(weeks.map((p) => p.label)).toEqual(['2026-W48', '2026-W49', '2026-W50']);
    expect(periodsInRange('month', d('2026-12-01'), d('2026-11-30'), MONDAY)).toEqual([]);
  });

  it.each([
    ['2027-Q1', JULY, ['2026-07', '2026-08', '2026-09']],
    ['2026-Q4', MONDAY, ['2026-10', '2026-11', '2026-12']],
    ['2026-11', MONDAY, ['2026-11']],
    ['2026-W48', MONDAY, []],
  ] as [string, Calendar, string[]][])('the months of %s are %j', (label, cal, months) => {
    expect(monthsOf(periodsByLabel(label, cal), cal).map((p) => p.label)).toEqual(months);
  });

  it('a fiscal year holds its twelve months, July to June', () => {
    const months = monthsOf(periodsByLabel('2027', JULY), JULY).map((p) => p.label);
    expect(months).toHaveLength(12);
    expect(months[0]).toBe('2026-07');
    expect(months[11]).toBe('2027-06');
  });
});

// Finds a period by label by scanning days (independent of parsePeriodLabel).
function periodsByLabel(label: string, cal: Calendar): Period {
  const kind: PeriodKind = /^\d{4}$/.test(label)
    ? 'year'
    : label.includes('Q')
      ? 'quarter'
      : label.includes('W')
        ? 'week'
        : label.length === 7
          ? 'month'
          : 'day';
  for (let day = d('2024-01-01'); day < d('2030-01-01'); day++) {
    const p = periodOf(kind, day, cal);
    if (p.label === label) return p;
  }
  throw new Error(`no period ${label}`);
}

describe('fiscal start month out of range', () => {
  it.each([0, 13, 6.5, Number.NaN])('reads %s as January', (month) => {
    const cal: Calendar = { ...DEFAULT_CALENDAR, fiscalYearStartMonth: month };
    expect(show(periodOf('year', d('2026-11-26'), cal))).toEqual([
      '2026',
      '2026-01-01',
      '2026-12-31',
    ]);
  });
});
