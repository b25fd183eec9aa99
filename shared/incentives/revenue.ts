// Revenue and target of one pay period: won deals on their close day, plus deals won here and lost later.
import { dropFloatDust } from '../format';
import type { Day } from '../time';
import type { IncentiveRun } from './context';
import type { PaySegment } from './types';

export interface PeriodRevenue {
  readonly revenue: number;
  /** Deals rows counted, ascending. */
  readonly rows: readonly number[];
}

/** Revenue counts days start..min(end, asOf): nothing closed after today is paid yet. */
export function periodRevenue(
  run: IncentiveRun,
  repId: string,
  seg: PaySegment,
  withRows = true,
): PeriodRevenue {
  const end: Day = Math.min(seg.end, run.asOf);
  if (end < seg.start) return { revenue: 0, rows: [] };
  let revenue = run.ledger.sum(repId, 'revenue', seg.start, end);
  const rows = withRows ? Array.from(run.ledger.sourceRows(repId, 'revenue', seg.start, end)) : [];
  // A deal lost after being won still counts where it was won (it was paid there); the loss is a clawback.
  for (const c of run.clawbacksOf(repId)) {
    if (c.wonDay >= seg.start && c.wonDay <= end) {
      revenue += c.amount;
      if (withRows) rows.push(c.row);
    }
  }
  rows.sort((a, b) => a - b);
  return { revenue: dropFloatDust(revenue), rows };
}

/**
 * The revenue target of the period; a period cut by a plan change gets the prorated monthly
 * targets, kept exact (tier thresholds and attainment are computed from it, then rounded).
 */
export function periodTarget(run: IncentiveRun, repId: string, seg: PaySegment): number | null {
  const t = seg.clipped
    ? run.targets.forRange(repId, 'revenue', seg.start, seg.end)
    : run.targets.forPeriod(repId, 'revenue', seg.period);
  return t === null || !(t > 0) ? null : t;
}
