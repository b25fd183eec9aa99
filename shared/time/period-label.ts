// Period labels: parsing '2026', '2026-Q4', '2026-11', '2026-W48', '2026-11-26' and naming periods in English.
import type { Calendar } from './calendar';
import { dayFromYmd, parseIsoDay, weekdayOf, ymdOfDay } from './day';
import { fiscalQuarterStart, fiscalYearStart } from './fiscal';
import { type Period, periodOf } from './period';
import { isoWeekOf, isoWeekOneMonday, isoWeeksInYear } from './week';

const YEAR = /^(\d{4})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const WEEK = /^(\d{4})-W(\d{1,2})$/;

/**
 * The period a label names, in the calendar's sense (fiscal quarters and years, ISO weeks, the
 * week start). Case-insensitive, surrounding blanks ignored. Null for an unknown form or a
 * period that does not exist (month 13, 2027-W53, 2026-02-30).
 */
export function parsePeriodLabel(label: string, cal: Calendar): Period | null {
  const text = label.trim().toUpperCase();
  let m = YEAR.exec(text);
  if (m) return periodOf('year', fiscalYearStart(Number(m[1]), cal), cal);
  m = QUARTER.exec(text);
  if (m) return periodOf('quarter', fiscalQuarterStart(Number(m[1]), Number(m[2]), cal), cal);
  m = MONTH.exec(text);
  if (m) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    return periodOf('month', dayFromYmd(Number(m[1]), month, 1), cal);
  }
  m = WEEK.exec(text);
  if (m) {
    const year = Number(m[1]);
    const week = Number(m[2]);
    if (week < 1 || week > isoWeeksInYear(year)) return null;
    return periodOf('week', isoWeekOneMonday(year) + (week - 1) * 7, cal);
  }
  const day = parseIsoDay(text);
  return day === null ? null : periodOf('day', day, cal);
}

/** Fixed-English month abbreviations, January first: every date the engine writes uses them. */
export const MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/**
 * A fixed-English name for a period: '26 Nov 2026', 'Week 48, 2026', 'Nov 2026', 'Q4 2026' or
 * 'FY2027 Q1', '2026' or 'FY2027'. Fiscal names are used when the period is not the calendar
 * quarter/year of the same number, which the period's own dates tell.
 */
export function periodName(p: Period): string {
  const { year, month, day } = ymdOfDay(p.start);
  switch (p.kind) {
    case 'day':
      return day + ' ' + MONTH_NAMES[month - 1] + ' ' + year;
    case 'week': {
      // The label's week is the week of the Monday inside the period.
      const monday = p.start + ((8 - weekdayOf(p.start)) % 7);
      const iso = isoWeekOf(monday);
      return 'Week ' + iso.week + ', ' + iso.year;
    }
    case 'month':
      return MONTH_NAMES[month - 1] + ' ' + year;
    case 'quarter': {
      const [labelYear, q] = p.label.split('-Q').map(Number) as [number, number];
      const calendarQuarter = labelYear === year && month === (q - 1) * 3 + 1;
      return calendarQuarter ? 'Q' + q + ' ' + labelYear : 'FY' + labelYear + ' Q' + q;
    }
    case 'year':
      return month === 1 && day === 1 && p.label === String(year) ? p.label : 'FY' + p.label;
  }
}
