// Public words for progress facts: where a rep stands toward a badge, money only through the public policy.
import type { ProgressFact, ProgressFactKind } from '../../badges';
import { during, inWindow } from '../../badges';
import { formatPct, metricNoun, round1 } from '../../format';
import { type PublicPolicy, publicMoneyText } from '../public-policy';
import { nounFirst, publicMetricText } from './money';

type Words = {
  readonly [K in ProgressFactKind]: (
    fact: Extract<ProgressFact, { kind: K }>,
    pct: number,
    policy: PublicPolicy,
  ) => string;
};

/**
 * With amounts published these read as the manager's words. Without, the figures are left out
 * and the sentence gives the progress percentage the snapshot publishes anyway.
 */
const PUBLIC_PROGRESS_WORDS: Words = {
  threshold: (f, pct, p) => {
    const value = publicMetricText(f.metric, f.value, p);
    const bar = publicMetricText(f.metric, f.threshold, p);
    return value === null || bar === null
      ? `${nounFirst(f.metric)} ${inWindow(f.window)}: ${formatPct(pct)} of the way.`
      : `${value} of ${bar} ${inWindow(f.window)}.`;
  },
  single_deal: (f, pct, p) => {
    const biggest = publicMoneyText(p, f.biggest);
    const bar = publicMoneyText(p, f.threshold);
    return biggest === null || bar === null
      ? `Biggest won deal ${inWindow(f.window)}: ${formatPct(pct)} of the size needed.`
      : `Biggest won deal ${inWindow(f.window)}: ${biggest} of ${bar} needed.`;
  },
  streak_days: (f) =>
    `${f.days} of ${f.threshold} working days in a row with ${metricNoun(f.metric, 2)} so far.`,
  streak_periods: (f) =>
    `${f.count} of ${f.threshold} ${f.periodKind}s in a row on ${metricNoun(f.metric, 1)} target so far.`,
  record: (f, pct, p) => {
    const value = publicMetricText(f.metric, f.value, p);
    const best = publicMetricText(f.metric, f.best, p);
    return value === null || best === null
      ? `${nounFirst(f.metric)} ${during(f.window)}: ${formatPct(pct)} of the personal best to beat (${f.bestWindow.name}).`
      : `${value} ${during(f.window)}; the personal best to beat is ${best} (${f.bestWindow.name}).`;
  },
  improvement: (f, pct, p) => {
    const value = publicMetricText(f.metric, f.value, p);
    const needed = publicMetricText(f.metric, round1(f.needed), p);
    const before = publicMetricText(f.metric, f.before, p);
    return value === null || needed === null || before === null
      ? `${nounFirst(f.metric)} ${during(f.window)}: ${formatPct(pct)} of what beats ${f.previous.name} by ${formatPct(f.risePct)}.`
      : `${value} ${during(f.window)}; ${needed} beats ${f.previous.name} (${before}) by ${formatPct(f.risePct)}.`;
  },
  target_hit: (f) =>
    `${formatPct(f.pct)} of the ${metricNoun(f.metric, 1)} target ${during(f.window)}; ${formatPct(f.bar)} earns it.`,
};

/** One public sentence; `pct` is the progress percentage the snapshot publishes beside it. */
export function publicProgressWords(fact: ProgressFact, pct: number, policy: PublicPolicy): string {
  const words = PUBLIC_PROGRESS_WORDS[fact.kind] as (
    f: ProgressFact,
    pct: number,
    p: PublicPolicy,
  ) => string;
  return words(fact, pct, policy);
}
