// Targets per rep, metric and period: explicit ones, roll-ups of monthly targets, and prorated windows.
import { dropFloatDust } from '../format';
import { type Calendar, workingDaysBetween } from '../time';
import { addMonthsToDay, monthStart, pad2, ymdOfDay } from '../time';
import type { Period } from '../time';
import type { Day } from '../time';
import type { Target } from '../workbook';
import type { MetricKey } from './ledger';

export interface Targets {
  /**
   * The explicit target for the period's label; else, for a quarter, the sum of its three monthly
   * targets when all three exist; for a year, the sum of its four quarters' targets (each explicit
   * or rolled up from its months) when all four exist; for a week, its months' targets prorated by
   * working days (as forRange) when every month the week touches has one; else null. Days:
   * explicit only.
   */
  forPeriod(repId: string, metric: MetricKey, period: Period): number | null;
  /**
   * For windows that are not periods (contests): each overlapping month's explicit target times
   * working days of overlap / working days of the month (calendar days for a month without any
   * working day). Months without a target add 0; null when no overlapping month has one.
   */
  forRange(repId: string, metric: MetricKey, start: Day, end: Day): number | null;
}

export interface TargetsInput {
  readonly calendar: Calendar;
  readonly targets: readonly Pick<Target, 'row' | 'repId' | 'period' | 'metric' | 'target'>[];
}

function monthLabel(day: Day): string {
  const { year, month } = ymdOfDay(day);
  return year + '-' + pad2(month);
}

export function buildTargets(workbook: TargetsInput): Targets {
  const calendar = workbook.calendar;
  // One value per rep, metric and label (nested maps: no key strings built per look-up);
  // duplicates are resolved to the lowest sheet row.
  const byRep = new Map<string, Map<MetricKey, Map<string, number>>>();
  const sorted = [...workbook.targets].sort((a, b) => a.row - b.row);
  for (const t of sorted) {
    let byMetric = byRep.get(t.repId);
    if (!byMetric) {
      byMetric = new Map();
      byRep.set(t.repId, byMetric);
    }
    let byLabel = byMetric.get(t.metric);
    if (!byLabel) {
      byLabel = new Map();
      byMetric.set(t.metric, byLabel);
    }
    if (!byLabel.has(t.period)) byLabel.set(t.period, t.target);
  }
  const explicit = (repId: string, metric: MetricKey, label: string): number | null =>
    byRep.get(repId)?.get(metric)?.get(label) ?? null;

  /** Sum of monthly targets over `months` months from `first`, or null when one is missing. */
  const monthSum = (repId: string, metric: MetricKey, first: Day, months: number) => {
    let total = 0;
    for (let i = 0; i < months; i++) {
      const t = explicit(repId, metric, monthLabel(addMonthsToDay(first, i)));
      if (t === null) return null;
      total += t;
    }
    return dropFloatDust(total);
  };

  const forPeriod = (repId: string, metric: MetricKey, period: Period): number | null => {
    const own = explicit(repId, metric, period.label);
    if (own !== null || period.kind === 'day' || period.kind === 'month') return own;
    if (period.kind === 'week') {
      // A week with a month lacking a target would read as an easy week: no target instead.
      for (let m = monthStart(period.start); m <= period.end; m = addMonthsToDay(m, 1)) {
        if (explicit(repId, metric, monthLabel(m)) === null) return null;
      }
      return forRange(repId, metric, period.start, period.end);
    }
    const first = monthStart(period.start);
    if (period.kind === 'quarter') return monthSum(repId, metric, first, 3);
    let total = 0;
    for (let q = 0; q < 4; q++) {
      const t =
        explicit(repId, metric, period.label + '-Q' + (q + 1)) ??
        monthSum(repId, metric, addMonthsToDay(first, q * 3), 3);
      if (t === null) return null;
      total += t;
    }
    return dropFloatDust(total);
  };

  // Whole months add their targets as written (a sum of recorded amounts: only its float dust is
  // dropped); prorated parts stay exact fractions, rounded only when shown (issue 10, exact until shown).
  const forRange = (repId: string, metric: MetricKey, start: Day, end: Day): number | null => {
    let whole = 0;
    let prorated = 0;
    let found = false;
    for (let m = monthStart(start); m <= end; m = addMonthsToDay(m, 1)) {
      const t = explicit(repId, metric, monthLabel(m));
      if (t === null) continue;
      found = true;
      const mEnd = addMonthsToDay(m, 1) - 1;
      const s = Math.max(start, m);
      const e = Math.min(end, mEnd);
      if (s === m && e === mEnd) {
        whole += t;
        continue;
      }
      const monthWorking = workingDaysBetween(m, mEnd, calendar);
      prorated +=
        monthWorking > 0
          ? (t * workingDaysBetween(s, e, calendar)) / monthWorking
          : (t * (e - s + 1)) / (mEnd - m + 1);
    }
    return found ? dropFloatDust(whole) + prorated : null;
  };

  return { forPeriod, forRange };
}
