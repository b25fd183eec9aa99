// Days in words for explanations: "26 Nov 2026" and "1 Nov to 26 Nov 2026", fixed English whatever the locale.
import { ymdOfDay } from '../time';
import { MONTH_NAMES } from '../time';
import type { Day } from '../time';

/** `26 Nov 2026`. */
export function formatDay(day: Day): string {
  const { year, month, day: d } = ymdOfDay(day);
  return d + ' ' + MONTH_NAMES[month - 1] + ' ' + year;
}

/** `1 Nov to 26 Nov 2026`; the first year is written only when the years differ. */
export function formatDayRange(start: Day, end: Day): string {
  if (start === end) return formatDay(start);
  const a = ymdOfDay(start);
  const b = ymdOfDay(end);
  const first = a.day + ' ' + MONTH_NAMES[a.month - 1] + (a.year === b.year ? '' : ' ' + a.year);
  return first + ' to ' + formatDay(end);
}
