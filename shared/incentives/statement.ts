// A commission statement for one rep and pay period, as facts: the payout and every deal counted.
import type { Day } from '../time';
import type { IncentiveRun } from './context';
import { payoutAt } from './payout';
import type { Payout } from './types';

/** A won deal counted in the period (its Deals row); `laterLost` when it was lost after. */
export interface StatementDeal {
  readonly dealId: string;
  readonly account: string | null;
  /** The won date (column won_date when lost later), else the close date; null when unknown. */
  readonly wonDay: Day | null;
  readonly laterLost: boolean;
  readonly amount: number;
  readonly row: number;
}

/** Words: statement-words.ts (`statementLines` for a dialog or page, `statementTable` for a sheet). */
export interface Statement {
  readonly repId: string;
  readonly name: string;
  /** The day the figures are as of. */
  readonly asOf: Day;
  readonly payout: Payout;
  readonly deals: readonly StatementDeal[];
}

/** The statement of the pay period containing `day` (default: today), or null when no plan pays the rep. */
export function commissionStatement(
  run: IncentiveRun,
  repId: string,
  day: Day = run.asOf,
): Statement | null {
  const payout = payoutAt(run, repId, day);
  if (!payout) return null;
  const byRow = new Map(run.workbook.deals.map((d) => [d.row, d] as const));
  const deals: StatementDeal[] = [];
  for (const r of payout.dealRows) {
    const d = byRow.get(r);
    if (!d) continue;
    deals.push({
      dealId: d.dealId,
      account: d.account,
      wonDay: d.wonDay ?? d.closeDay,
      laterLost: d.status === 'lost',
      amount: d.amount,
      row: d.row,
    });
  }
  const name = run.repsById.get(repId)?.name ?? repId;
  return { repId, name, asOf: run.asOf, payout, deals };
}
