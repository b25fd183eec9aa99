// The demo generator's calendar: months as spans, US-style holidays and working days (day arithmetic from shared/time).
import {
  addMonthsToDay,
  dayFromYmd,
  monthEnd,
  monthStart,
  pad2,
  parseIsoDay,
  weekdayOf,
  ymdOfDay,
} from '../time';
import type { Day } from '../time';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The Day of an ISO date 'YYYY-MM-DD'; throws, since the demo's options are not a sheet with an Issues tab. */
export function isoToDay(iso: string): Day {
  if (!ISO_DATE.test(iso)) throw new Error(`Expected a date as YYYY-MM-DD, got "${iso}"`);
  const day = parseIsoDay(iso);
  if (day === null) throw new Error(`Not a calendar date: "${iso}"`);
  return day;
}

export interface MonthSpan {
  /** 'YYYY-MM' */
  readonly label: string;
  readonly year: number;
  readonly month: number;
  readonly start: number;
  readonly end: number;
}

export function monthOf(day: Day): MonthSpan {
  const { year, month } = ymdOfDay(day);
  return {
    label: `${year}-${pad2(month)}`,
    year,
    month,
    start: monthStart(day),
    end: monthEnd(day),
  };
}

/** The month `month` of `year`, where a month outside 1..12 rolls into a neighbouring year. */
export function monthSpan(year: number, month: number): MonthSpan {
  return monthOf(addMonthsToDay(dayFromYmd(year, 1, 1), month - 1));
}

/** The month `offset` months from the one holding `day` (negative = earlier). */
export function monthAt(day: Day, offset: number): MonthSpan {
  return monthOf(addMonthsToDay(day, offset));
}

/** US-style public holidays of a year (fixed and floating), as days. */
export function holidaysOfYear(year: number): number[] {
  const nthWeekday = (month: number, wd: number, n: number): number => {
    const first = dayFromYmd(year, month, 1);
    return first + ((wd - weekdayOf(first) + 7) % 7) + (n - 1) * 7;
  };
  const lastWeekday = (month: number, wd: number): number => {
    const last = dayFromYmd(year, month + 1, 1) - 1;
    return last - ((weekdayOf(last) - wd + 7) % 7);
  };
  return [
    dayFromYmd(year, 1, 1),
    lastWeekday(5, 1),
    dayFromYmd(year, 7, 3),
    nthWeekday(9, 1, 1),
    nthWeekday(11, 4, 4),
    dayFromYmd(year, 12, 24),
    dayFromYmd(year, 12, 25),
  ];
}

/** Holidays falling on a Monday–Friday inside [start, end], ascending. */
export function holidaysBetween(start: number, end: number): number[] {
  const out: number[] = [];
  for (let y = ymdOfDay(start).year; y <= ymdOfDay(end).year; y++) {
    for (const d of holidaysOfYear(y)) {
      const wd = weekdayOf(d);
      if (d >= start && d <= end && wd >= 1 && wd <= 5) out.push(d);
    }
  }
  return out.sort((a, b) => a - b);
}

/** Monday–Friday days in [start, end] that are not holidays. */
export function workingDaysBetween(
  start: number,
  end: number,
  holidays: ReadonlySet<number>,
): number[] {
  const out: number[] = [];
  for (let d = start; d <= end; d++) {
    const wd = weekdayOf(d);
    if (wd >= 1 && wd <= 5 && !holidays.has(d)) out.push(d);
  }
  return out;
}
