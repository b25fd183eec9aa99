// The one place where publish_amounts is applied: every public figure or sentence gets money through here.
import { formatMoney } from '../format';

/** What the public renderers may reveal about money, fixed once per snapshot from Settings. */
export interface PublicPolicy {
  readonly currency: string;
  readonly publishAmounts: boolean;
}

export function publicPolicy(team: {
  readonly currency: string;
  readonly publishAmounts: boolean;
}): PublicPolicy {
  return { currency: team.currency, publishAmounts: team.publishAmounts };
}

/** A money value for the public snapshot, or null when amounts are not published. */
export function publicMoney(policy: PublicPolicy, value: number): number | null {
  return policy.publishAmounts ? value : null;
}

/**
 * A money value written for the public, or null when amounts are not published: a public
 * renderer then leaves the figure out of its sentence (it never writes a placeholder that keeps
 * the sentence's shape, and never derives the figure from another one).
 */
export function publicMoneyText(policy: PublicPolicy, value: number): string | null {
  return policy.publishAmounts ? formatMoney(value, policy.currency) : null;
}
