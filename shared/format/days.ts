// Days in words for explanations: "26 Nov 2026" and "1 Nov to 26 Nov 2026", fixed English whatever the locale.
import { MONTH_NAMES, parseIsoDay, ymdOfDay } from '../time';
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

/**
 * An ISO day (`2026-11-26`) as `26 Nov 2026`: the one way a day is written, in explanations, on
 * the site and in the CLI summary. Text that is not a valid day is returned as it is.
 */
export function formatIsoDay(iso: string): string {
  const day = parseIsoDay(iso);
  return day === null ? iso : formatDay(day);
}
