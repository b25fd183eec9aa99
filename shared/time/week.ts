// ISO-8601 weeks: week numbers of Mondays, week 1 of a year, and which years have a week 53.
import { dayFromYmd, weekdayOf } from './day';
import type { Day } from './types';

export interface IsoWeek {
  readonly year: number;
  /** 1..53 */
  readonly week: number;
}

/** The Monday on or before `day`. */
export function mondayOnOrBefore(day: Day): Day {
  return day - ((weekdayOf(day) + 6) % 7);
}

/** The Monday of ISO week 1: the week holding 4 January. */
export function isoWeekOneMonday(isoYear: number): Day {
  return mondayOnOrBefore(dayFromYmd(isoYear, 1, 4));
}

/** The ISO year and week of any day (the week's Thursday decides the year). */
export function isoWeekOf(day: Day): IsoWeek {
  const thursday = mondayOnOrBefore(day) + 3;
  // The Thursday's calendar year is the ISO year.
  const year = yearOfDay(thursday);
  const week = Math.floor((thursday - dayFromYmd(year, 1, 1)) / 7) + 1;
  return { year, week };
}

// Year of a day without building a full civil date: estimate, then correct by one.
function yearOfDay(day: Day): number {
  let year = Math.floor(day / 365.2425) + 1970;
  if (dayFromYmd(year, 1, 1) > day) year--;
  else if (dayFromYmd(year + 1, 1, 1) <= day) year++;
  return year;
}

/** 53 when the ISO year has a week 53 (1 Jan on a Thursday, or on a Wednesday in a leap year). */
export function isoWeeksInYear(isoYear: number): 52 | 53 {
  return isoWeekOneMonday(isoYear + 1) - isoWeekOneMonday(isoYear) === 371 ? 53 : 52;
}
