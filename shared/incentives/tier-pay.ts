// Base and tier pay for one period's revenue: marginal bands or retroactive tiers, one fact per line.
import type { CommissionPlan } from '../workbook';
import { cents } from './text';
import type { PayLine, TierReached } from './types';

export interface TierPay {
  readonly tier: TierReached | null;
  readonly lines: readonly PayLine[];
  readonly base: number;
  readonly tierPay: number;
}

type Rule = Pick<CommissionPlan, 'baseRatePct' | 'tiers' | 'tierMode'>;

/** Revenue at which each tier starts: target × from% / 100, in cents. */
function thresholds(plan: Rule, target: number): number[] {
  return plan.tiers.map((t) => cents((target * t.fromPct) / 100));
}

/** The highest tier whose threshold the revenue reaches (at the threshold counts as reached). */
export function tierReached(plan: Rule, revenue: number, target: number | null): number {
  if (target === null) return -1;
  const thr = thresholds(plan, target);
  let reached = -1;
  for (let i = 0; i < thr.length; i++) if (revenue >= thr[i]!) reached = i;
  return reached;
}

/**
 * Marginal: the base rate pays revenue below the first tier; each reached tier pays its
 * multiplier × the base rate on the band from its threshold to the next one. Retroactive: once a
 * tier is reached, all revenue is paid at its multiplier × the base rate. No target: base rate
 * on all revenue.
 */
export function tierPay(plan: Rule, revenue: number, target: number | null): TierPay {
  const rate = plan.baseRatePct;
  const pay = (m: number, amount: number) => cents((m * rate * amount) / 100);
  const reached = tierReached(plan, revenue, target);
  const tier = reached < 0 ? null : plan.tiers[reached]!;
  const baseLine = (revenue: number): PayLine => ({
    kind: 'base',
    amount: pay(1, revenue),
    ratePct: rate,
    revenue,
    sources: [],
  });
  const tierLine = (multiplier: number, revenue: number): PayLine => ({
    kind: 'tier',
    amount: pay(multiplier, revenue),
    multiplier,
    ratePct: rate,
    revenue,
    sources: [],
  });

  const lines: PayLine[] = [];
  if (target === null || tier === null) {
    lines.push(baseLine(revenue));
  } else if (plan.tierMode === 'retroactive') {
    lines.push(tierLine(tier.multiplier, revenue));
  } else {
    const thr = thresholds(plan, target);
    if (thr[0]! > 0) lines.push(baseLine(Math.min(revenue, thr[0]!)));
    for (let i = 0; i <= reached; i++) {
      const top = i + 1 < thr.length ? Math.min(revenue, thr[i + 1]!) : revenue;
      lines.push(tierLine(plan.tiers[i]!.multiplier, cents(top - thr[i]!)));
    }
  }
  let base = 0;
  let tierSum = 0;
  for (const l of lines) {
    if (l.kind === 'base') base += l.amount;
    else tierSum += l.amount;
  }
  return { tier, lines, base: cents(base), tierPay: cents(tierSum) };
}
