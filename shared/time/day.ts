// Calendar-day arithmetic on `Day` numbers: civil dates, ISO text, weekdays and months, without Date objects.
import type { Day } from './types';

export interface Ymd {
  readonly year: number;
  /** 1..12 */
  readonly month: number;
  /** 1..31 */
  readonly day: number;
}

// Howard Hinnant's days_from_civil / civil_from_days: exact integer maths over 400-year eras,
// so the hot path (every activity row) never allocates a Date.
export function dayFromYmd(year: number, month1to12: number, day: number): Day {
  const y = month1to12 <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month1to12 + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function ymdOfDay(day: Day): Ymd {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Number of days in a calendar month (month 1..12). */
export function daysInMonth(year: number, month1to12: number): number {
  if (month1to12 === 2 && isLeapYear(year)) return 29;
  return MONTH_LENGTHS[month1to12 - 1] ?? Number.NaN;
}

export function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

function pad4(n: number): string {
  if (n < 0) return '-' + pad4(-n);
  return n < 10 ? '000' + n : n < 100 ? '00' + n : n < 1000 ? '0' + n : String(n);
}

/** 'YYYY-MM-DD'. */
export function isoDay(day: Day): string {
  const { year, month, day: d } = ymdOfDay(day);
  return pad4(year) + '-' + pad2(month) + '-' + pad2(d);
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads 'YYYY-MM-DD' (surrounding blanks ignored); null for anything else or an impossible date. */
export function parseIsoDay(text: string): Day | null {
  const m = ISO_DAY.exec(text.trim());
  if (!m) return null;
  return validDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** The Day of a civil date, or null when the date does not exist (2026-02-30, month 13). */
export function validDay(year: number, month1to12: number, day: number): Day | null {
  if (!Number.isInteger(year) || !Number.isInteger(month1to12) || !Number.isInteger(day))
    return null;
  if (month1to12 < 1 || month1to12 > 12 || day < 1) return null;
  if (day > daysInMonth(year, month1to12)) return null;
  return dayFromYmd(year, month1to12, day);
}

/** 0 = Sunday .. 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(day: Day): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The first day of the month containing `day`. */
export function monthStart(day: Day): Day {
  const { year, month } = ymdOfDay(day);
  return dayFromYmd(year, month, 1);
}

/** The last day of the month containing `day`. */
export function monthEnd(day: Day): Day {
  const { year, month } = ymdOfDay(day);
  return dayFromYmd(year, month, daysInMonth(year, month));
}

/**
 * Moves by whole calendar months, keeping the day of month and clamping to the month's end
 * (2026-01-31 + 1 month = 2026-02-28), as people expect from "one month later".
 */
export function addMonthsToDay(day: Day, months: number): Day {
  const { year, month, day: d } = ymdOfDay(day);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return dayFromYmd(y, m, Math.min(d, daysInMonth(y, m)));
}
