// Public words for badge rules (the site's "How to earn"), money only through the public policy.
import { AT_MOST, IN_WINDOW, MANUAL_RULE } from '../../badges';
import type { BadgeRule, BadgeRuleKind } from '../../badges';
import { formatPct, metricNoun } from '../../format';
import { type PublicPolicy, publicMoneyText } from '../public-policy';
import { publicMetricText } from './money';

type Words = {
  readonly [K in BadgeRuleKind]: (
    rule: Extract<BadgeRule, { kind: K }>,
    policy: PublicPolicy,
  ) => string;
};

/**
 * With amounts published these read as the manager's words. Without, a money bar is left out:
 * a progress percentage times a published bar would give a rep's revenue back.
 */
const PUBLIC_RULE_WORDS: Words = {
  threshold: (r, p) => {
    const bar = publicMetricText(r.metric, r.threshold, p);
    return bar === null
      ? `Reach this badge's ${metricNoun(r.metric, 2)} bar ${IN_WINDOW[r.window]}.`
      : `Reach ${bar} ${IN_WINDOW[r.window]}.`;
  },
  single_deal: (r, p) => {
    const bar = publicMoneyText(p, r.threshold);
    return bar === null
      ? `Win a single deal of this badge's size or more (${AT_MOST[r.window]} at most).`
      : `Win a single deal of ${bar} or more (${AT_MOST[r.window]} at most).`;
  },
  streak_days: (r) =>
    `Log ${metricNoun(r.metric, 2)} on ${r.days} working days in a row (weekends and holidays are skipped).`,
  streak_periods: (r) =>
    `Meet your ${metricNoun(r.metric, 1)} target ${r.count} ${r.window}s in a row.`,
  record: (r) =>
    `Set a new personal best for ${metricNoun(r.metric, 2)} ${IN_WINDOW[r.window]}, after at least ${r.priorWindows} earlier ${r.window}s.`,
  improvement: (r) =>
    `Beat your previous ${r.window}'s ${metricNoun(r.metric, 2)} by ${formatPct(r.pct)} or more.`,
  target_hit: (r) =>
    `Reach ${formatPct(r.pct)} of your ${metricNoun(r.metric, 1)} target ${IN_WINDOW[r.window]}.`,
  // The manager's description is published as the badge's description too.
  manual: (r) => r.description ?? MANUAL_RULE,
};

export function publicRuleWords(rule: BadgeRule, policy: PublicPolicy): string {
  return (PUBLIC_RULE_WORDS[rule.kind] as (r: BadgeRule, p: PublicPolicy) => string)(rule, policy);
}
