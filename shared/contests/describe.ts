// Explanation wording shared by contests, badges and recognition: metric nouns, day ranges, source rows.
import { formatMoney, formatNumber, formatRows, roundTo } from '../format';
import { isoDay, pad2, ymdOfDay } from '../time/day';
import type { At, Day } from '../time/types';
import { MINUTES_PER_DAY } from '../time/types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONEY_METRICS = new Set(['revenue', 'new_pipeline']);

/** Rounds to one decimal, the precision of every percentage the engine stores. */
export function round1(x: number): number {
  return roundTo(x, 1);
}

/** A count as people write it: no decimals when whole, else at most two. */
export function formatCount(x: number): string {
  const r = roundTo(x, 2);
  return formatNumber(r, Number.isInteger(r) ? 0 : roundTo(r, 1) === r ? 1 : 2);
}

export function isMoneyMetric(metric: string): boolean {
  return MONEY_METRICS.has(metric);
}

function plural(word: string, n: number): string {
  if (n === 1) return word;
  if (/(s|x|z|ch|sh)$/.test(word)) return word + 'es';
  if (/[^aeiou]y$/.test(word)) return word.slice(0, -1) + 'ies';
  return word + 's';
}

/** The noun for an amount of a metric: `1 demo`, `3 won deals`, `revenue`. */
export function metricNoun(metric: string, n: number): string {
  if (metric === 'won_deals') return plural('won deal', n);
  if (metric === 'lost_deals') return plural('lost deal', n);
  if (metric === 'activity_points') return plural('activity point', n);
  if (metric === 'revenue') return 'revenue';
  if (metric === 'new_pipeline') return 'new pipeline';
  return plural(metric.replace(/_/g, ' '), n);
}

/** A metric amount as a person says it: `$12,000 revenue`, `12 demos`. */
export function formatMetric(metric: string, value: number, currency: string): string {
  if (isMoneyMetric(metric)) return formatMoney(value, currency) + ' ' + metricNoun(metric, value);
  return formatCount(value) + ' ' + metricNoun(metric, value);
}

/** An amount of a metric without its noun: `$22,100` for money metrics, `12` otherwise. */
export function formatAmount(metric: string, value: number, currency: string): string {
  return isMoneyMetric(metric) ? formatMoney(value, currency) : formatCount(value);
}

/** `26 Nov 2026`. */
export function formatDay(day: Day): string {
  const { year, month, day: d } = ymdOfDay(day);
  return d + ' ' + MONTHS[month - 1] + ' ' + year;
}

/** `1 Nov to 26 Nov 2026`; the first year is written only when the years differ. */
export function formatDayRange(start: Day, end: Day): string {
  if (start === end) return formatDay(start);
  const a = ymdOfDay(start);
  const b = ymdOfDay(end);
  const first = a.day + ' ' + MONTHS[a.month - 1] + (a.year === b.year ? '' : ' ' + a.year);
  return first + ' to ' + formatDay(end);
}

/** ISO local date-time of a wall-clock minute: `2026-11-26T14:30`. */
export function isoAt(at: At): string {
  const day = Math.floor(at / MINUTES_PER_DAY);
  const minutes = at - day * MINUTES_PER_DAY;
  return isoDay(day) + 'T' + pad2(Math.floor(minutes / 60)) + ':' + pad2(minutes % 60);
}

export interface RowRef {
  readonly tab: string;
  readonly row: number;
}

/** ` (Activities rows 5, 9 and 3 more)` for rows of one tab, ascending; '' when there are none. */
export function rowsSuffix(tab: string, rows: readonly number[] | Int32Array, cap = 10): string {
  return rows.length === 0 ? '' : ' (' + tab + ' ' + formatRows(rows, cap) + ')';
}

/** ` (Activities rows 5, 9 and 3 more)` to append to a sentence; '' when there are no rows. */
export function sourcesSuffix(refs: readonly RowRef[], cap = 10): string {
  if (refs.length === 0) return '';
  const first = refs[0]!.tab;
  // Most explanations read one metric, so one tab: skip the grouping.
  if (refs.every((r) => r.tab === first))
    return (
      ' (' +
      first +
      ' ' +
      formatRows(
        refs.map((r) => r.row),
        cap,
      ) +
      ')'
    );
  const byTab = new Map<string, number[]>();
  for (const ref of refs) {
    const rows = byTab.get(ref.tab);
    if (rows) rows.push(ref.row);
    else byTab.set(ref.tab, [ref.row]);
  }
  const parts: string[] = [];
  for (const [tab, rows] of byTab) parts.push(tab + ' ' + formatRows(rows, cap));
  return ' (' + parts.join('; ') + ')';
}
