// The team's working calendar: week start, fiscal year start, working weekdays and holidays.
import { weekdayOf } from './day';
import type { Day } from './types';

export interface Calendar {
  readonly weekStartsOn: 0 | 1;
  /** 1..12; 1 = fiscal years are calendar years. */
  readonly fiscalYearStartMonth: number;
  /** Weekdays that are working days, 0 = Sunday .. 6 = Saturday. */
  readonly workingDays: ReadonlySet<number>;
  readonly holidays: ReadonlySet<Day>;
}

export const DEFAULT_CALENDAR: Calendar = Object.freeze({
  weekStartsOn: 1,
  fiscalYearStartMonth: 1,
  workingDays: new Set([1, 2, 3, 4, 5]) as ReadonlySet<number>,
  holidays: new Set<Day>() as ReadonlySet<Day>,
});

export function isWorkingDay(day: Day, cal: Calendar): boolean {
  return cal.workingDays.has(weekdayOf(day)) && !cal.holidays.has(day);
}

function workingWeekdayCount(cal: Calendar): number {
  let n = 0;
  for (let w = 0; w < 7; w++) if (cal.workingDays.has(w)) n++;
  return n;
}

/**
 * Working days from `start` to `end`, both inclusive (0 when end < start). Whole weeks are
 * counted by multiplication and each holiday is checked once, so a range of years costs the same
 * as a week (a team lists tens of holidays, not thousands).
 */
export function workingDaysBetween(start: Day, end: Day, cal: Calendar): number {
  if (end < start) return 0;
  const length = end - start + 1;
  const weeks = Math.floor(length / 7);
  let count = weeks * workingWeekdayCount(cal);
  let weekday = weekdayOf(start);
  for (let i = weeks * 7; i < length; i++) {
    if (cal.workingDays.has(weekday)) count++;
    weekday = weekday === 6 ? 0 : weekday + 1;
  }
  for (const day of cal.holidays)
    if (day >= start && day <= end && cal.workingDays.has(weekdayOf(day))) count--;
  return count;
}

// With no working weekdays there is no answer; stepping one day keeps callers moving, not looping.
function stepToWorkingDay(day: Day, step: 1 | -1, cal: Calendar): Day {
  if (workingWeekdayCount(cal) === 0) return day + step;
  let d = day + step;
  while (!isWorkingDay(d, cal)) d += step;
  return d;
}

/** The last working day strictly before `day`. */
export function previousWorkingDay(day: Day, cal: Calendar): Day {
  return stepToWorkingDay(day, -1, cal);
}

/** The first working day strictly after `day`. */
export function nextWorkingDay(day: Day, cal: Calendar): Day {
  return stepToWorkingDay(day, 1, cal);
}
