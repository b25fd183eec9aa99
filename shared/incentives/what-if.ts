// What-if: the pay change from closing one more deal today, by recomputing under the same rules.
import type { Ledger, MetricKey } from '../metrics';
import type { Day } from '../time';
import { type IncentiveRun, prepareIncentives } from './context';
import { payoutAt } from './payout';
import { cents } from './text';
import type { Payout } from './types';

interface WhatIfBase {
  readonly repId: string;
  readonly extraAmount: number;
  /** The change in the period's total pay, in cents. */
  readonly delta: number;
}

/** The what-if as a fact; words: `whatIfText` (pay-words.ts). */
export type WhatIf =
  /** No plan pays the rep today (before or after): the extra deal earns nothing. */
  | (WhatIfBase & {
      readonly kind: 'no_plan';
      readonly before: Payout | null;
      readonly after: Payout | null;
    })
  | (WhatIfBase & { readonly kind: 'change'; readonly before: Payout; readonly after: Payout });

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
  return before === null || after === null
    ? { kind: 'no_plan', repId, extraAmount, before, after, delta }
    : { kind: 'change', repId, extraAmount, before, after, delta };
}
