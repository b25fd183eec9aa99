// Day arithmetic for the demo generator: ISO text <-> day numbers, months, working days, holidays.

export const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for an ISO date 'YYYY-MM-DD' (calendar arithmetic, no time zone). */
export function isoToDay(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`Expected a date as YYYY-MM-DD, got "${iso}"`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const day = ms / DAY_MS;
  if (dayToIso(day) !== iso) throw new Error(`Not a calendar date: "${iso}"`);
  return day;
}

export function dayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday .. 6 = Saturday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function dayOf(year: number, month1: number, date: number): number {
  return Date.UTC(year, month1 - 1, date) / DAY_MS;
}

export interface MonthSpan {
  /** 'YYYY-MM' */
  readonly label: string;
  readonly year: number;
  readonly month: number;
  readonly start: number;
  readonly end: number;
}

export function monthOf(day: number): MonthSpan {
  const d = new Date(day * DAY_MS);
  return monthSpan(d.getUTCFullYear(), d.getUTCMonth() + 1);
}

export function monthSpan(year: number, month: number): MonthSpan {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return {
    label: `${y}-${String(m).padStart(2, '0')}`,
    year: y,
    month: m,
    start: dayOf(y, m, 1),
    end: dayOf(y, m + 1, 1) - 1,
  };
}

/** The month `offset` months from the one holding `day` (negative = earlier). */
export function monthAt(day: number, offset: number): MonthSpan {
  const m = monthOf(day);
  return monthSpan(m.year, m.month + offset);
}

/** The same calendar date `months` months earlier/later, clamped to the month's last day. */
export function addMonths(day: number, months: number): number {
  const d = new Date(day * DAY_MS);
  const target = monthSpan(d.getUTCFullYear(), d.getUTCMonth() + 1 + months);
  return Math.min(target.start + d.getUTCDate() - 1, target.end);
}

/** US-style public holidays of a year (fixed and floating), as days. */
export function holidaysOfYear(year: number): number[] {
  const nthWeekday = (month: number, wd: number, n: number): number => {
    const first = dayOf(year, month, 1);
    return first + ((wd - weekday(first) + 7) % 7) + (n - 1) * 7;
  };
  const lastWeekday = (month: number, wd: number): number => {
    const last = dayOf(year, month + 1, 1) - 1;
    return last - ((weekday(last) - wd + 7) % 7);
  };
  return [
    dayOf(year, 1, 1),
    lastWeekday(5, 1),
    dayOf(year, 7, 3),
    nthWeekday(9, 1, 1),
    nthWeekday(11, 4, 4),
    dayOf(year, 12, 24),
    dayOf(year, 12, 25),
  ];
}

/** Holidays falling on a Monday–Friday inside [start, end], ascending. */
export function holidaysBetween(start: number, end: number): number[] {
  const out: number[] = [];
  for (let y = monthOf(start).year; y <= monthOf(end).year; y++) {
    for (const d of holidaysOfYear(y)) {
      const wd = weekday(d);
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
    const wd = weekday(d);
    if (wd >= 1 && wd <= 5 && !holidays.has(d)) out.push(d);
  }
  return out;
}
