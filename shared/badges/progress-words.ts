// Words for progress facts, one sentence core for both audiences: where a rep stands toward a badge, money through a MoneyText.
import { formatPct, metricNoun, metricText, type MoneyText, moneyIn, round1 } from '../format';
import type { ProgressFact, ProgressFactKind } from './facts';
import type { Progress } from './types';
import { during, inWindow } from './windows';

type Words = {
  readonly [K in ProgressFactKind]: (
    fact: Extract<ProgressFact, { kind: K }>,
    pct: number,
    money: MoneyText,
  ) => string;
};

/** `Revenue`, `New pipeline`, `Demos`: a metric's noun starting a sentence. */
function nounFirst(metric: string): string {
  const noun = metricNoun(metric, 2);
  return noun.charAt(0).toUpperCase() + noun.slice(1);
}

/**
 * With every amount written (the manager) the figures are shown. With a money figure left out
 * (the public snapshot when amounts are not published) the sentence gives instead the progress
 * percentage `pct`, which the snapshot publishes anyway.
 */
const PROGRESS_WORDS: Words = {
  threshold: (f, pct, money) => {
    const value = metricText(f.metric, f.value, money);
    const bar = metricText(f.metric, f.threshold, money);
    return value === null || bar === null
      ? `${nounFirst(f.metric)} ${inWindow(f.window)}: ${formatPct(pct)} of the way.`
      : `${value} of ${bar} ${inWindow(f.window)}.`;
  },
  single_deal: (f, pct, money) => {
    const biggest = money(f.biggest);
    const bar = money(f.threshold);
    return biggest === null || bar === null
      ? `Biggest won deal ${inWindow(f.window)}: ${formatPct(pct)} of the size needed.`
      : `Biggest won deal ${inWindow(f.window)}: ${biggest} of ${bar} needed.`;
  },
  streak_days: (f) =>
    `${f.days} of ${f.threshold} working days in a row with ${metricNoun(f.metric, 2)} so far.`,
  streak_periods: (f) =>
    `${f.count} of ${f.threshold} ${f.periodKind}s in a row on ${metricNoun(f.metric, 1)} target so far.`,
  record: (f, pct, money) => {
    const value = metricText(f.metric, f.value, money);
    const best = metricText(f.metric, f.best, money);
    return value === null || best === null
      ? `${nounFirst(f.metric)} ${during(f.window)}: ${formatPct(pct)} of the personal best to beat (${f.bestWindow.name}).`
      : `${value} ${during(f.window)}; the personal best to beat is ${best} (${f.bestWindow.name}).`;
  },
  // The bar is shown to one decimal, as Progress.threshold stores it.
  improvement: (f, pct, money) => {
    const value = metricText(f.metric, f.value, money);
    const needed = metricText(f.metric, round1(f.needed), money);
    const before = metricText(f.metric, f.before, money);
    return value === null || needed === null || before === null
      ? `${nounFirst(f.metric)} ${during(f.window)}: ${formatPct(pct)} of what beats ${f.previous.name} by ${formatPct(f.risePct)}.`
      : `${value} ${during(f.window)}; ${needed} beats ${f.previous.name} (${before}) by ${formatPct(f.risePct)}.`;
  },
  target_hit: (f) =>
    `${formatPct(f.pct)} of the ${metricNoun(f.metric, 1)} target ${during(f.window)}; ${formatPct(f.bar)} earns it.`,
};

/** One sentence, money written by `money` (the one sentence core of both audiences); `pct` is the published progress. */
export function progressFactWords(fact: ProgressFact, pct: number, money: MoneyText): string {
  const words = PROGRESS_WORDS[fact.kind] as (f: ProgressFact, p: number, m: MoneyText) => string;
  return words(fact, pct, money);
}

/** One sentence for the manager: the figures so far and what earns the badge. */
export function progressWords(progress: Pick<Progress, 'fact' | 'pct'>, currency: string): string {
  return progressFactWords(progress.fact, progress.pct, moneyIn(currency));
}
