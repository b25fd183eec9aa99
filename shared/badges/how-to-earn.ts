// Words for a badge's rule: one sentence telling a rep how to earn it, for the manager and the public.
import { formatPct, metricNoun, metricText, type MoneyText, moneyIn } from '../format';
import type { BadgeDef } from '../workbook';
import { type BadgeRule, type BadgeRuleKind, badgeRule } from './rule';

/** `in a month`, `in total`: the span a total or a best is counted over. */
export const IN_WINDOW: Readonly<Record<string, string>> = {
  day: 'in a day',
  week: 'in a week',
  month: 'in a month',
  quarter: 'in a quarter',
  year: 'in a year',
  all: 'in total',
};

/** `once a quarter`, `once`: how often a single-deal badge can be earned. */
export const AT_MOST: Readonly<Record<string, string>> = {
  day: 'once a day',
  week: 'once a week',
  month: 'once a month',
  quarter: 'once a quarter',
  year: 'once a year',
  all: 'once',
};

/** The standard line of a manual badge without a description. */
export const MANUAL_RULE = 'Awarded by your manager for outstanding work.';

type Words = {
  readonly [K in BadgeRuleKind]: (
    rule: Extract<BadgeRule, { kind: K }>,
    money: MoneyText,
  ) => string;
};

/**
 * With every amount written these are the manager's words. With a money bar left out (the public
 * snapshot when amounts are not published) the sentence names the bar without its figure: a
 * progress percentage times a published bar would give a rep's revenue back.
 */
const RULE_WORDS: Words = {
  threshold: (r, money) => {
    const bar = metricText(r.metric, r.threshold, money);
    return bar === null
      ? `Reach this badge's ${metricNoun(r.metric, 2)} bar ${IN_WINDOW[r.window]}.`
      : `Reach ${bar} ${IN_WINDOW[r.window]}.`;
  },
  single_deal: (r, money) => {
    const bar = money(r.threshold);
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

/** One sentence for a rule, money written by `money` (the one sentence core of both audiences). */
export function ruleWords(rule: BadgeRule, money: MoneyText): string {
  return (RULE_WORDS[rule.kind] as (r: BadgeRule, m: MoneyText) => string)(rule, money);
}

/** How to earn a badge, for the manager (every amount in the team currency). */
export function howToEarn(badge: BadgeDef, currency: string): string {
  return ruleWords(badgeRule(badge), moneyIn(currency));
}
