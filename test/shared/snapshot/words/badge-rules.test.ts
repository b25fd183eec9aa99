// Public "how to earn" words for every rule kind, with amounts published and hidden.
import { describe, expect, it } from 'vitest';
import { moneyIn } from '../../../../shared/format';
import { type BadgeRule, ruleWords } from '../../../../shared/badges';
import { publicRuleWords } from '../../../../shared/snapshot/words/badge-rules';
import { RULES } from '../../badges/fact-samples';

/** [manager and public with amounts published, public with amounts hidden]. */
const WORDS: { readonly [K in BadgeRule['kind']]: readonly [string, string] } = {
  threshold: ['Reach $7,000,000 revenue in a month.', "Reach this badge's revenue bar in a month."],
  single_deal: [
    'Win a single deal of $2,000,000 or more (once a quarter at most).',
    "Win a single deal of this badge's size or more (once a quarter at most).",
  ],
  streak_days: [
    'Log meetings on 10 working days in a row (weekends and holidays are skipped).',
    'Log meetings on 10 working days in a row (weekends and holidays are skipped).',
  ],
  streak_periods: [
    'Meet your revenue target 3 months in a row.',
    'Meet your revenue target 3 months in a row.',
  ],
  record: [
    'Set a new personal best for activity points in a month, after at least 3 earlier months.',
    'Set a new personal best for activity points in a month, after at least 3 earlier months.',
  ],
  improvement: [
    "Beat your previous month's revenue by 50% or more.",
    "Beat your previous month's revenue by 50% or more.",
  ],
  target_hit: [
    'Reach 125% of your revenue target in a quarter.',
    'Reach 125% of your revenue target in a quarter.',
  ],
  manual: [
    'Awarded by your manager for outstanding work.',
    'Awarded by your manager for outstanding work.',
  ],
};

describe('badge rule words', () => {
  it.each(Object.keys(WORDS) as BadgeRule['kind'][])('%s', (kind) => {
    const rule = RULES[kind];
    expect(ruleWords(rule, moneyIn('USD'))).toBe(WORDS[kind][0]);
    expect(publicRuleWords(rule, { currency: 'USD', publishAmounts: true })).toBe(WORDS[kind][0]);
    expect(publicRuleWords(rule, { currency: 'USD', publishAmounts: false })).toBe(WORDS[kind][1]);
  });

  it("a manual badge's own description says how", () => {
    const rule = { kind: 'manual' as const, description: 'Finish the onboarding course.' };
    expect(publicRuleWords(rule, { currency: 'USD', publishAmounts: false })).toBe(
      'Finish the onboarding course.',
    );
  });
});
