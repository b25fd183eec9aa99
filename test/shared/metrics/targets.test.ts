// Specs for targets: explicit targets, monthly roll-ups to quarters and years, and prorated windows.
import { describe, expect, it } from 'vitest';
import { buildTargets } from '../../../shared/metrics/targets';
import type { Period } from '../../../shared/time/period';
import { calendar, d, target, workbook } from './fixtures';

const P = (kind: Period['kind'], label: string, start: string, end: string): Period => ({
  kind,
  label,
  start: d(start),
  end: d(end),
});
const Q4 = P('quarter', '2026-Q4', '2026-10-01', '2026-12-31');
const Q3 = P('quarter', '2026-Q3', '2026-07-01', '2026-09-30');
const Y2026 = P('year', '2026', '2026-01-01', '2026-12-31');

const months = (
  repId: string,
  metric: string,
  year: number,
  from: number,
  to: number,
  value: number,
  row0: number,
) =>
  Array.from({ length: to - from + 1 }, (_, i) =>
    target(row0 + i, repId, `${year}-${String(from + i).padStart(2, '0')}`, metric, value),
  );

describe('buildTargets.forPeriod', () => {
  const t = buildTargets(
    workbook({
      targets: [
        // full: every month of 2026 at 10,000, plus an explicit Q4 of 35,000.
        ...months('full', 'revenue', 2026, 1, 12, 10000, 2),
        target(20, 'full', '2026-Q4', 'revenue', 35000),
        // gap: Q4 months but no November.
        target(30, 'gap', '2026-10', 'revenue', 1000),
        target(31, 'gap', '2026-12', 'revenue', 1000),
        // quarters: explicit quarters only.
        target(40, 'quarters', '2026-Q1', 'call', 100),
        target(41, 'quarters', '2026-Q2', 'call', 200),
        target(42, 'quarters', '2026-Q3', 'call', 300),
        target(43, 'quarters', '2026-Q4', 'call', 400),
        // duplicate month: the lower row wins whatever the order of records.
        target(51, 'dup', '2026-11', 'revenue', 7),
        target(50, 'dup', '2026-11', 'revenue', 5),
        target(60, 'full', '2026-W48', 'call', 50),
      ],
    }),
  );

  it.each([
    [
      'an explicit month',
      'full',
      'revenue',
      P('month', '2026-11', '2026-11-01', '2026-11-30'),
      10000,
    ],
    ['a quarter rolled up from its three months', 'full', 'revenue', Q3, 30000],
    ['an explicit quarter wins over its months', 'full', 'revenue', Q4, 35000],
    ['a year from explicit Q4 and rolled-up Q1-Q3', 'full', 'revenue', Y2026, 125000],
    ['a quarter with a missing month', 'gap', 'revenue', Q4, null],
    ['a year with a missing month', 'gap', 'revenue', Y2026, null],
    ['a year from four explicit quarters', 'quarters', 'call', Y2026, 1000],
    [
      'a month under an explicit quarter (no split down)',
      'quarters',
      'call',
      P('month', '2026-11', '2026-11-01', '2026-11-30'),
      null,
    ],
    ['a metric without targets', 'full', 'won_deals', Q4, null],
    ['a rep without targets', 'nobody', 'revenue', Q4, null],
    ['an explicit week', 'full', 'call', P('week', '2026-W48', '2026-11-23', '2026-11-29'), 50],
    [
      'a week without its own target: 5 of November 21 working days of 10,000',
      'full',
      'revenue',
      P('week', '2026-W48', '2026-11-23', '2026-11-29'),
      // Exact until shown (issue 10): the fraction itself, not 2380.952381.
      (10000 * 5) / 21,
    ],
    [
      'a week across two months: 1/21 of November + 4/23 of December',
      'full',
      'revenue',
      P('week', '2026-W49', '2026-11-30', '2026-12-06'),
      (10000 * 1) / 21 + (10000 * 4) / 23,
    ],
    [
      'a week in a month without a target',
      'gap',
      'revenue',
      P('week', '2026-W48', '2026-11-23', '2026-11-29'),
      null,
    ],
    [
      'a week touching a month without a target (December 2026 and January 2027)',
      'gap',
      'revenue',
      P('week', '2026-W53', '2026-12-28', '2027-01-03'),
      null,
    ],
    [
      'a day is explicit only',
      'full',
      'revenue',
      P('day', '2026-11-24', '2026-11-24', '2026-11-24'),
      null,
    ],
    [
      'duplicates: lowest row wins',
      'dup',
      'revenue',
      P('month', '2026-11', '2026-11-01', '2026-11-30'),
      5,
    ],
  ])('%s', (_what, repId, metric, period, expected) => {
    expect(t.forPeriod(repId, metric, period)).toBe(expected);
  });

  it('rolls a fiscal year (starting July, labelled by its end year) up from its months', () => {
    const fiscal = buildTargets(
      workbook({
        calendar: calendar({ fiscalYearStartMonth: 7 }),
        targets: [
          ...months('r', 'revenue', 2026, 7, 12, 100, 2),
          ...months('r', 'revenue', 2027, 1, 6, 200, 20),
        ],
      }),
    );
    expect(fiscal.forPeriod('r', 'revenue', P('year', '2027', '2026-07-01', '2027-06-30'))).toBe(
      1800,
    );
    expect(
      fiscal.forPeriod('r', 'revenue', P('quarter', '2027-Q1', '2026-07-01', '2026-09-30')),
    ).toBe(300);
    expect(
      fiscal.forPeriod('r', 'revenue', P('quarter', '2027-Q3', '2027-01-01', '2027-03-31')),
    ).toBe(600);
  });
});

describe('buildTargets.forRange', () => {
  // November 2026: 21 weekdays, 20 with the 26th off; December 2026: 23 weekdays.
  const t = buildTargets(
    workbook({
      calendar: calendar({ holidays: new Set([d('2026-11-26')]) }),
      targets: [
        target(2, 'r', '2026-11', 'revenue', 40000),
        target(3, 'r', '2026-12', 'revenue', 46000),
        target(4, 'half', '2026-11', 'revenue', 40000),
      ],
    }),
  );

  it.each([
    ['a whole month', 'r', '2026-11-01', '2026-11-30', 40000],
    ['two months prorated: 10/20 of Nov + 4/23 of Dec', 'r', '2026-11-16', '2026-12-04', 28000],
    ['a weekend only', 'r', '2026-11-07', '2026-11-08', 0],
    ['a holiday only', 'r', '2026-11-26', '2026-11-26', 0],
    [
      'a month without target adds nothing: 10/20 of Nov',
      'half',
      '2026-11-16',
      '2026-12-04',
      20000,
    ],
    ['no overlapping month with a target', 'half', '2026-12-01', '2026-12-31', null],
    ['a rep without targets', 'none', '2026-11-01', '2026-11-30', null],
  ])('%s', (_what, repId, start, end, expected) => {
    expect(t.forRange(repId, 'revenue', d(start), d(end))).toBe(expected);
  });
});
