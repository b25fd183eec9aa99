// Metric wording shared by every explanation: nouns in the singular or plural, and amounts of a metric.
import { isMoneyMetric } from '../workbook';
import { formatCount, formatMoney } from './numbers';

/** `deal` -> `deals`, `match` -> `matches`, `reply` -> `replies`; the word itself for one. */
export function plural(word: string, n: number): string {
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
  return formatAmount(metric, value, currency) + ' ' + metricNoun(metric, value);
}

/** An amount of a metric without its noun: `$22,100` for money metrics, `12` otherwise. */
export function formatAmount(metric: string, value: number, currency: string): string {
  return isMoneyMetric(metric) ? formatMoney(value, currency) : formatCount(value);
}

/**
 * How a sentence writes an amount of money: the text, or null to leave the figure out. One
 * wording core per family takes it, so the manager's and the public sentences share their shape:
 * the manager passes `moneyIn(currency)`; the public snapshot passes its policy's writer, which
 * gives null when amounts are not published (shared/snapshot/public-policy.ts).
 */
export type MoneyText = (value: number) => string | null;

/** The manager's money: every amount written in the team currency. */
export function moneyIn(currency: string): MoneyText {
  return (value) => formatMoney(value, currency);
}

/** An amount of a metric: money through `money` (null: left out), counts as they are. */
export function amountText(metric: string, value: number, money: MoneyText): string | null {
  return isMoneyMetric(metric) ? money(value) : formatCount(value);
}

/** `$12,000 revenue`, `12 demos`; null when the metric is money and `money` leaves it out. */
export function metricText(metric: string, value: number, money: MoneyText): string | null {
  const amount = amountText(metric, value, money);
  return amount === null ? null : amount + ' ' + metricNoun(metric, value);
}
