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

/**
 * Why a team contest shows no standings (ranked.ts publishes none when a team's total is
 * withheld): the site, the wall and the CLI summary all say this one sentence.
 */
export function withheldTeamsText(teams: readonly string[]): string {
  const why = 'reps who are not listed publicly), so no team is ranked here';
  return teams.length === 1
    ? `${teams[0]}'s total is not published (it includes ${why}.`
    : `The totals of ${teams.join(' and ')} are not published (they include ${why}.`;
}
