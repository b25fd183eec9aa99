// Public words for badge rules (the site's "How to earn"): the shared sentence core, money through the policy.
import { type BadgeRule, ruleWords } from '../../badges';
import { type PublicPolicy, publicMoneyWriter } from '../public-policy';

/** With amounts published these read as the manager's words; without, a money bar is left out. */
export function publicRuleWords(rule: BadgeRule, policy: PublicPolicy): string {
  return ruleWords(rule, publicMoneyWriter(policy));
}
