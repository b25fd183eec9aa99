// Manager words for progress facts: where a rep stands toward a badge in its current window.
import { formatMetric, formatMoney, formatPct, metricNoun, round1 } from '../format';
import type { ProgressFact, ProgressFactKind } from './facts';
import type { Progress } from './types';
import { during, inWindow } from './windows';

type Words = {
  readonly [K in ProgressFactKind]: (
    fact: Extract<ProgressFact, { kind: K }>,
    currency: string,
  ) => string;
};

const PROGRESS_WORDS: Words = {
  threshold: (f, c) =>
    `${formatMetric(f.metric, f.value, c)} of ${formatMetric(f.metric, f.threshold, c)} ${inWindow(f.window)}.`,
  single_deal: (f, c) =>
    `Biggest won deal ${inWindow(f.window)}: ${formatMoney(f.biggest, c)} of ${formatMoney(f.threshold, c)} needed.`,
  streak_days: (f) =>
    `${f.days} of ${f.threshold} working days in a row with ${metricNoun(f.metric, 2)} so far.`,
  streak_periods: (f) =>
    `${f.count} of ${f.threshold} ${f.periodKind}s in a row on ${metricNoun(f.metric, 1)} target so far.`,
  record: (f, c) =>
    `${formatMetric(f.metric, f.value, c)} ${during(f.window)}; the personal best to beat is ` +
    `${formatMetric(f.metric, f.best, c)} (${f.bestWindow.name}).`,
  // The bar is shown to one decimal, as Progress.threshold stores it.
  improvement: (f, c) =>
    `${formatMetric(f.metric, f.value, c)} ${during(f.window)}; ` +
    `${formatMetric(f.metric, round1(f.needed), c)} beats ${f.previous.name} ` +
    `(${formatMetric(f.metric, f.before, c)}) by ${formatPct(f.risePct)}.`,
  target_hit: (f) =>
    `${formatPct(f.pct)} of the ${metricNoun(f.metric, 1)} target ${during(f.window)}; ${formatPct(f.bar)} earns it.`,
};

/** One sentence for the manager: the figures so far and what earns the badge. */
export function progressWords(progress: Pick<Progress, 'fact'>, currency: string): string {
  const fact = progress.fact;
  return (PROGRESS_WORDS[fact.kind] as (f: ProgressFact, c: string) => string)(fact, currency);
}
