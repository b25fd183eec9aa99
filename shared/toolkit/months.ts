// Month windows, ramp and tenure: the calendar arithmetic the toolkit's rules share.
import type { Calendar } from '../time';
import { addMonthsToDay, ymdOfDay } from '../time';
import { type Period, periodOf } from '../time';
import type { Day } from '../time';

/**
 * The last `n` complete calendar months before the month of `asOf`, oldest first. The as-of
 * month itself is left out: it is still running, and judging a rep on a part month (or on a
 * prorated target) would make the verdict swing with the day of the month.
 */
export function completeMonthsBefore(asOf: Day, n: number, cal: Calendar): Period[] {
  const out: Period[] = [];
  let p = periodOf('month', asOf, cal);
  for (let i = 0; i < n; i++) {
    p = periodOf('month', p.start - 1, cal);
    out.push(p);
  }
  return out.reverse();
}

/** The first day after the ramp: `rampMonths` calendar months after the start date. */
export function rampEnd(startDate: Day | null, rampMonths: number): Day | null {
  return startDate === null ? null : addMonthsToDay(startDate, rampMonths);
}

/**
 * A rep is in ramp from the start date until `rampMonths` months later (exclusive); a rep with
 * a future start date is in ramp too. Without a start date the tenure is unknown and the rep is
 * judged like everyone else.
 */
export function isInRamp(startDate: Day | null, rampMonths: number, asOf: Day): boolean {
  const end = rampEnd(startDate, rampMonths);
  return end !== null && asOf < end;
}

/** Whole calendar months from the start date to `asOf` (0 before the first month is done). */
export function tenureMonths(startDate: Day | null, asOf: Day): number | null {
  if (startDate === null) return null;
  if (asOf < startDate) return 0;
  const a = ymdOfDay(startDate);
  const b = ymdOfDay(asOf);
  // Same "one month later" as the ramp (clamped to month ends), so tenure and ramp agree.
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  if (addMonthsToDay(startDate, months) > asOf) months--;
  return Math.max(0, months);
}
