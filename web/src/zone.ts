// Calendar days in the team's time zone (IANA name from the snapshot), not the viewer's: ISO-day wrappers over shared/time.
import {
  dayOfAt,
  dayStartMs as dayStart,
  instantMsToAt,
  isoDay,
  isValidTimeZone,
  parseIsoDay,
} from '../../shared/time';

/** The zone if the browser knows it, else null (a typo in the workbook must not break the site). */
export function knownZone(timeZone: string): string | null {
  return isValidTimeZone(timeZone) ? timeZone : null;
}

/** The instant an ISO day (YYYY-MM-DD) begins in the zone; NaN for a malformed day. */
export function dayStartMs(day: string, timeZone: string): number {
  const d = parseIsoDay(day);
  return d === null ? Number.NaN : dayStart(d, timeZone);
}

/** The ISO day an instant falls on in the zone. */
export function dayIn(ms: number, timeZone: string): string {
  return isoDay(dayOfAt(instantMsToAt(ms, timeZone)));
}

/** Whole calendar days from one ISO day to another (negative when `to` is earlier); NaN for a malformed day. */
export function daysBetween(from: string, to: string): number {
  const a = parseIsoDay(from);
  const b = parseIsoDay(to);
  return a === null || b === null ? Number.NaN : b - a;
}

/** The ISO day after the given one. */
export function nextDay(day: string): string {
  const d = parseIsoDay(day);
  return d === null ? day : isoDay(d + 1);
}
