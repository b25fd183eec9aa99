// Public words for progress facts: the shared sentence core, money only through the public policy.
import { type ProgressFact, progressFactWords } from '../../badges';
import { type PublicPolicy, publicMoneyWriter } from '../public-policy';

/**
 * One public sentence; `pct` is the progress percentage the snapshot publishes beside it. With
 * amounts published it reads as the manager's words; without, money figures give way to `pct`.
 */
export function publicProgressWords(fact: ProgressFact, pct: number, policy: PublicPolicy): string {
  return progressFactWords(fact, pct, publicMoneyWriter(policy));
}
