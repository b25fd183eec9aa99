// Specs for ISO weeks: week numbers, the years with a week 53, and week 1 near New Year.
import { describe, expect, it } from 'vitest';
import {
  isoDay,
  isoWeekOf,
  isoWeekOneMonday,
  isoWeeksInYear,
  parseIsoDay,
} from '../../../shared/time';

describe('isoWeeksInYear', () => {
  // A year has 53 ISO weeks when 1 Jan is a Thursday, or a Wednesday in a leap year.
  it.each([
    [2015, 53], // Thursday
    [2020, 53], // Wednesday, leap
    [2026, 53], // Thursday
    [2032, 53], // Thursday, leap
    [2019, 52],
    [2021, 52],
    [2024, 52], // Monday, leap
    [2025, 52],
    [2027, 52], // Friday
    [2028, 52], // Saturday, leap
  ])('%i has %i weeks', (year, weeks) => {
    expect(isoWeeksInYear(year)).toBe(weeks);
  });
});

describe('isoWeekOf', () => {
  it.each([
    ['2026-11-26', 2026, 48],
    ['2026-01-01', 2026, 1], // a Thursday: week 1 of its own year
    ['2025-12-29', 2026, 1], // Monday of 2026-W01
    ['2025-12-28', 2025, 52],
    ['2026-12-28', 2026, 53],
    ['2027-01-03', 2026, 53], // Sunday still in 2026-W53
    ['2027-01-04', 2027, 1],
    ['2021-01-03', 2020, 53],
    ['2024-12-30', 2025, 1],
  ])('%s is %i-W%i', (day, year, week) => {
    expect(isoWeekOf(parseIsoDay(day)!)).toEqual({ year, week });
  });

  it.each([
    [2026, '2025-12-29'],
    [2027, '2027-01-04'],
    [2020, '2019-12-30'],
    [2021, '2021-01-04'],
  ])('week 1 of %i starts on %s', (year, monday) => {
    expect(isoDay(isoWeekOneMonday(year))).toBe(monday);
  });
});
