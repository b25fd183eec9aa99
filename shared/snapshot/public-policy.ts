// The one place where publish_amounts is applied: every public figure or sentence gets money through here.
import { formatMoney, type MoneyText } from '../format';
import { isMoneyMetric } from '../workbook';

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

/** The policy's money for the shared sentence cores (shared/format MoneyText): publicMoneyText. */
export function publicMoneyWriter(policy: PublicPolicy): MoneyText {
  return (value) => publicMoneyText(policy, value);
}

/**
 * A figure that is proportional to a money result (progress toward a money bar or goal, a race
 * line scaled to the leader), or null when amounts are not published. Such a figure times the
 * bar (often written in a badge's description or a contest's name), or divided by another rep's
 * figure, gives the amount back: with amounts hidden it is left out, not rescaled.
 */
export function publicMoneyShare(
  policy: PublicPolicy,
  measuresMoney: boolean,
  value: number | null,
): number | null {
  return moneyHidden(policy, measuresMoney) ? null : value;
}

/** Whether figures of a money rule are hidden: it measures money and amounts are not published. */
export function moneyHidden(policy: PublicPolicy, measuresMoney: boolean): boolean {
  return measuresMoney && !policy.publishAmounts;
}

/** Whether a rule's figures are amounts of money: its metric is one of the money metrics. */
export function measuresMoney(metric: string | null): boolean {
  return metric !== null && isMoneyMetric(metric);
}

/**
 * Whether a badge's progress is a money result over a money bar: threshold, record and
 * improvement badges on a money metric (their progress compares amounts), and single deals. A
 * target_hit badge's progress is attainment (already public) and a streak's a count of periods.
 */
export function badgeMeasuresMoney(badge: {
  readonly kind: string;
  readonly metric: string | null;
}): boolean {
  if (badge.kind === 'single_deal') return true;
  if (badge.kind === 'target_hit' || badge.kind === 'streak' || badge.kind === 'manual')
    return false;
  return measuresMoney(badge.metric);
}
