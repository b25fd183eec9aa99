// Public words for award facts: the allowlisted fields of a fact through the shared sentence core, money through the policy.
import { type AwardFact, type AwardFactView, awardFactWords } from '../../badges';
import { type PublicPolicy, publicMoneyWriter } from '../public-policy';

/**
 * What the public words may read of a fact. A training fact keeps only when and which rows: the
 * course names are private (Training tab) and are not copied, so no sentence can write them.
 */
export function publicAwardFact(fact: AwardFact): AwardFactView {
  if (fact.kind !== 'training') return fact;
  return {
    kind: 'training',
    courses: fact.courses.map((t) => ({ completed: t.completed, row: t.row })),
    sources: fact.sources,
  };
}

/** "<badge name>: <why>" for the public snapshot. With amounts published it reads as the manager's words. */
export function publicAwardWords(fact: AwardFact, badgeName: string, policy: PublicPolicy): string {
  return awardFactWords(publicAwardFact(fact), badgeName, publicMoneyWriter(policy));
}
