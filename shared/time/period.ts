// Reporting periods (day, week, month, fiscal quarter, fiscal year): the period of a day and stepping.
import type { Calendar } from './calendar';
import { isoDay, monthEnd, monthStart, pad2, ymdOfDay } from './day';
import {
  fiscalQuarterOf,
  fiscalQuarterStart,
  fiscalStartMonth,
  fiscalYearOf,
  fiscalYearStart,
} from './fiscal';
import type { Day } from './types';
import { isoWeekOf, mondayOnOrBefore } from './week';

export type PeriodKind = 'day' | 'week' | 'month' | 'quarter' | 'year';

export const PERIOD_KINDS: readonly PeriodKind[] = ['day', 'week', 'month', 'quarter', 'year'];

export interface Period {
  readonly kind: PeriodKind;
  /** Canonical label: '2026-11-26', '2026-W48', '2026-11', '2026-Q4', '2026'. */
  readonly label: string;
  readonly start: Day;
  /** Inclusive. */
  readonly end: Day;
}

function make(kind: PeriodKind, label: string, start: Day, end: Day): Period {
  return Object.freeze({ kind, label, start, end });
}

/** Week label of the week starting at `start`: the ISO week of its Monday (Sunday + 1). */
function weekLabel(monday: Day): string {
  const { year, week } = isoWeekOf(monday);
  return year + '-W' + pad2(week);
}

const builders: { [K in PeriodKind]: (day: Day, cal: Calendar) => Period } = {
  day: (day) => make('day', isoDay(day), day, day),
  week: (day, cal) => {
    if (cal.weekStartsOn === 0) {
      const sunday = mondayOnOrBefore(day + 1) - 1;
      return make('week', weekLabel(sunday + 1), sunday, sunday + 6);
    }
    const monday = mondayOnOrBefore(day);
    return make('week', weekLabel(monday), monday, monday + 6);
  },
  month: (day) => {
    const { year, month } = ymdOfDay(day);
    return make('month', year + '-' + pad2(month), monthStart(day), monthEnd(day));
  },
  quarter: (day, cal) => {
    const { fiscalYear, quarter } = fiscalQuarterOf(day, cal);
    const start = fiscalQuarterStart(fiscalYear, quarter, cal);
    const end = fiscalQuarterStart(fiscalYear, quarter + 1, cal) - 1;
    return make('quarter', fiscalYear + '-Q' + quarter, start, end);
  },
  year: (day, cal) => {
    const fiscalYear = fiscalYearOf(day, cal);
    const start = fiscalYearStart(fiscalYear, cal);
    return make('year', String(fiscalYear), start, fiscalYearStart(fiscalYear + 1, cal) - 1);
  },
};

const KIND_INDEX: { [K in PeriodKind]: number } = {
  day: 0,
  week: 1,
  month: 2,
  quarter: 3,
  year: 4,
};
const CACHE_LIMIT = 200_000;
// Periods are frozen and depend only on (kind, day, week start, fiscal start), so they are shared.
const cache = new Map<number, Period>();

/** The period of `kind` that contains `day`. */
export function periodOf(kind: PeriodKind, day: Day, cal: Calendar): Period {
  if (!Number.isInteger(day)) return builders[kind](Math.floor(day), cal);
  const shape = (cal.weekStartsOn === 0 ? 0 : 12) + fiscalStartMonth(cal) - 1;
  const key = (day * 5 + KIND_INDEX[kind]) * 24 + shape;
  let period = cache.get(key);
  if (!period) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    period = builders[kind](day, cal);
    cache.set(key, period);
  }
  return period;
}

export function previousPeriod(p: Period, cal: Calendar): Period {
  return periodOf(p.kind, p.start - 1, cal);
}

export function nextPeriod(p: Period, cal: Calendar): Period {
  return periodOf(p.kind, p.end + 1, cal);
}

export function periodContains(p: Period, day: Day): boolean {
  return day >= p.start && day <= p.end;
}

/** Every period of `kind` that overlaps start..end (inclusive), in order. */
export function periodsInRange(kind: PeriodKind, start: Day, end: Day, cal: Calendar): Period[] {
  const out: Period[] = [];
  if (end < start) return out;
  let p = periodOf(kind, start, cal);
  while (p.start <= end) {
    out.push(p);
    p = periodOf(kind, p.end + 1, cal);
  }
  return out;
}

/**
 * The months that lie wholly inside `p`, in order: one for a month, three for a quarter, twelve
 * for a year; none for a day or a week (a month target does not roll down to them).
 */
export function monthsOf(p: Period, cal: Calendar): Period[] {
  return periodsInRange('month', p.start, p.end, cal).filter(
    (m) => m.start >= p.start && m.end <= p.end,
  );
}
