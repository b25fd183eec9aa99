// What-if: the pay change from closing one more deal today, by recomputing under the same rules.
import { formatMoney } from '../format';
import type { Ledger, MetricKey } from '../metrics/ledger';
import type { Day } from '../time/types';
import { type IncentiveRun, prepareIncentives } from './context';
import { payoutAt } from './payout';
import { cents } from './text';
import type { Payout } from './types';

export interface WhatIf {
  readonly repId: string;
  readonly extraAmount: number;
  readonly before: Payout | null;
  readonly after: Payout | null;
  readonly delta: number;
  readonly explanation: string;
}

/** The ledger with one more won deal of `amount` for `repId` on `day` (revenue only). */
export function withExtraWin(ledger: Ledger, repId: string, day: Day, amount: number): Ledger {
  const extra = (id: string, metric: MetricKey, start: Day, end: Day) =>
    id === repId && metric === 'revenue' && start <= day && day <= end ? amount : 0;
  return {
    firstDay: Math.min(ledger.firstDay, day),
    lastDay: Math.max(ledger.lastDay, day),
    repIds: ledger.repIds,
    activityTypes: ledger.activityTypes,
    sum: (id, metric, start, end) =>
      ledger.sum(id, metric, start, end) + extra(id, metric, start, end),
    daily: (id, metric, d) => ledger.daily(id, metric, d) + extra(id, metric, d, d),
    sources: (id, metric, start, end) => ledger.sources(id, metric, start, end),
    sourceRows: (id, metric, start, end) => ledger.sourceRows(id, metric, start, end),
    events: (id, metric, start, end) => ledger.events(id, metric, start, end),
  };
}

/**
 * "Close $X more this period and earn $Y more": the current period's payout recomputed with one
 * more won deal of `extraAmount` closed on the as-of day. Contest results stay as they are: a
 * SPIF is paid only for final contests, which a deal closed today cannot change.
 */
export function whatIf(run: IncentiveRun, repId: string, extraAmount: number): WhatIf {
  const before = payoutAt(run, repId, run.asOf);
  const changed = prepareIncentives({
    ...run,
    ledger: withExtraWin(run.ledger, repId, run.asOf, extraAmount),
  });
  const after = payoutAt(changed, repId, run.asOf);
  const delta = cents((after?.total ?? 0) - (before?.total ?? 0));
  const money = (x: number) => formatMoney(x, run.currency);
  const explanation =
    before === null || after === null
      ? `No commission plan pays ${repId} today, so closing ${money(extraAmount)} more earns no commission.`
      : `Close ${money(extraAmount)} more this period and earn ${money(delta)} more: ${money(before.total)} now, ${money(after.total)} after. ${after.explanation}`;
  return { repId, extraAmount, before, after, delta, explanation };
}
