// Fiscal years and quarters: which fiscal year/quarter a day is in and where each one starts.
import { dayFromYmd, ymdOfDay } from './day';
import type { Calendar } from './calendar';
import type { Day } from './types';

export interface FiscalQuarter {
  /** Labelled by the calendar year in which the fiscal year ends. */
  readonly fiscalYear: number;
  readonly quarter: 1 | 2 | 3 | 4;
}

/** The calendar's fiscal start month, read as 1 (January) when it is not a whole month 1..12. */
export function fiscalStartMonth(cal: Calendar): number {
  const m = cal.fiscalYearStartMonth;
  return Number.isInteger(m) && m >= 1 && m <= 12 ? m : 1;
}

// Months are counted as year*12 + (month-1). A fiscal year starting in month s > 1 begins in
// the calendar year before its label, hence the -12.
function fiscalShift(cal: Calendar): number {
  const s = fiscalStartMonth(cal);
  return s === 1 ? 0 : s - 13;
}

function dayOfMonthIndex(index: number): Day {
  const year = Math.floor(index / 12);
  return dayFromYmd(year, index - year * 12 + 1, 1);
}

function monthIndexOf(day: Day): number {
  const { year, month } = ymdOfDay(day);
  return year * 12 + month - 1;
}

export function fiscalYearOf(day: Day, cal: Calendar): number {
  return Math.floor((monthIndexOf(day) - fiscalShift(cal)) / 12);
}

export function fiscalQuarterOf(day: Day, cal: Calendar): FiscalQuarter {
  const index = monthIndexOf(day);
  const fiscalYear = Math.floor((index - fiscalShift(cal)) / 12);
  const monthInYear = index - (fiscalYear * 12 + fiscalShift(cal));
  return { fiscalYear, quarter: (Math.floor(monthInYear / 3) + 1) as 1 | 2 | 3 | 4 };
}

/** First day of fiscal quarter `quarter` (1..4; 5 gives the next year's first quarter). */
export function fiscalQuarterStart(fiscalYear: number, quarter: number, cal: Calendar): Day {
  return dayOfMonthIndex(fiscalYear * 12 + fiscalShift(cal) + (quarter - 1) * 3);
}

export function fiscalYearStart(fiscalYear: number, cal: Calendar): Day {
  return fiscalQuarterStart(fiscalYear, 1, cal);
}
