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

interface SortedHolidays {
  readonly size: number;
  readonly days: Float64Array;
}

// Sorted once per holiday set; the size check catches a set that was (wrongly) mutated later.
const sortedCache = new WeakMap<ReadonlySet<Day>, SortedHolidays>();

function sortedHolidays(holidays: ReadonlySet<Day>): Float64Array {
  const cached = sortedCache.get(holidays);
  if (cached && cached.size === holidays.size) return cached.days;
  const days = Float64Array.from(holidays).sort();
  sortedCache.set(holidays, { size: holidays.size, days });
  return days;
}

/** Index of the first element >= value. */
function lowerBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function workingWeekdayCount(cal: Calendar): number {
  let n = 0;
  for (let w = 0; w < 7; w++) if (cal.workingDays.has(w)) n++;
  return n;
}

/**
 * Working days from `start` to `end`, both inclusive (0 when end < start). Whole weeks are
 * counted by multiplication and holidays by binary search, so a range of years costs the same
 * as a week.
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
  if (cal.holidays.size > 0) {
    const holidays = sortedHolidays(cal.holidays);
    for (let i = lowerBound(holidays, start); i < holidays.length; i++) {
      const day = holidays[i] as number;
      if (day > end) break;
      if (cal.workingDays.has(weekdayOf(day))) count--;
    }
  }
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
