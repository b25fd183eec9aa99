// Per-run lookups for the incentives engine: each rep's candidate plans and deals won then lost.
import type { Day } from '../time';
import type { CommissionPlan, Rep } from '../workbook';
import { plansOfRep } from './plan-match';
import type { IncentiveInput } from './types';

/** A deal won on `wonDay` and lost on `lostDay`: its commission is clawed back then. */
export interface ClawbackDeal {
  readonly row: number;
  readonly dealId: string;
  readonly amount: number;
  readonly wonDay: Day;
  readonly lostDay: Day;
}

export interface IncentiveRun extends IncentiveInput {
  readonly currency: string;
  readonly repsById: ReadonlyMap<string, Rep>;
  plansOf(repId: string): readonly CommissionPlan[];
  /** Deals of the rep that were won and later lost (Deals column `won_date` filled, status lost). */
  clawbacksOf(repId: string): readonly ClawbackDeal[];
}

export function prepareIncentives(input: IncentiveInput): IncentiveRun {
  const wb = input.workbook;
  const plans = wb.commissionPlans;
  const repsById = new Map(wb.reps.map((r) => [r.repId, r] as const));
  const planCache = new Map<string, CommissionPlan[]>();
  const claws = new Map<string, ClawbackDeal[]>();
  for (let i = 0; i < wb.deals.length; i++) {
    const d = wb.deals[i]!;
    const won = d.wonDay;
    if (d.status !== 'lost' || won === null || d.closeDay === null || d.closeDay < won) continue;
    const list = claws.get(d.repId) ?? [];
    list.push({ row: d.row, dealId: d.dealId, amount: d.amount, wonDay: won, lostDay: d.closeDay });
    claws.set(d.repId, list);
  }
  for (const list of claws.values()) list.sort((a, b) => a.row - b.row);
  return {
    ...input,
    currency: wb.settings.currency,
    repsById,
    plansOf(repId) {
      let list = planCache.get(repId);
      if (!list) {
        const rep = repsById.get(repId);
        list = rep ? plansOfRep(rep, plans) : [];
        planCache.set(repId, list);
      }
      return list;
    },
    clawbacksOf: (repId) => claws.get(repId) ?? [],
  };
}
