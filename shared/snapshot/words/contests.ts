// Public words for contests: the shared sentence cores, with money only through the policy.
import { type ContestRules, rulesWords, type StandingFact, standingWords } from '../../contests';
import { type PublicPolicy, publicMoneyWriter } from '../public-policy';

/** The public explanation of a standing; with amounts hidden, no money figure appears. */
export function publicStandingText(
  entry: { readonly fact: StandingFact; readonly tiedWithRank: number | null },
  policy: PublicPolicy,
): string {
  return standingWords(entry, publicMoneyWriter(policy));
}

/** The contest's rules in one public sentence; a money goal only when amounts are published. */
export function publicRulesText(rules: ContestRules, policy: PublicPolicy): string {
  return rulesWords(rules, publicMoneyWriter(policy));
}
