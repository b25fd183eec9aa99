// The Commissions tab: each rep's current pay period and the one before it, with the arithmetic.
import { roundTo } from '../format';
import { compareText } from '../order';
import { isoDay } from '../time';
import type { OutCell, Table } from '../outputs';
import type { IncentiveRun } from './context';
import { payoutText } from './pay-words';
import { payoutHistory } from './payout';
import { cents, multiplierText, rateText } from './text';
import type { Payout, TierReached } from './types';

export const COMMISSIONS_HEADER = [
  'rep_id',
  'name',
  'period',
  'period_start',
  'period_end',
  'status',
  'plan_id',
  'revenue',
  'target',
  'attainment_pct',
  'tier_reached',
  'base',
  'tier_uplift',
  'spiff',
  'clawback',
  'capped_by',
  'draw_paid',
  'draw_recovered',
  'draw_balance',
  'total',
  'explanation',
] as const;

export function tierText(tier: TierReached | null): string {
  return tier === null
    ? 'none'
    : `${multiplierText(tier.multiplier)}x from ${rateText(tier.fromPct)}`;
}

export interface CommissionRow {
  readonly payout: Payout;
  /** current: the period containing the as-of day (figures so far); closed: the one before it. */
  readonly status: 'current' | 'closed';
}

/**
 * Per rep (by rep id): the previous pay period, then the current one. Inactive reps appear only
 * for periods with money in them.
 */
export function commissionRows(run: IncentiveRun): CommissionRow[] {
  const reps = [...run.workbook.reps].sort((a, b) => compareText(a.repId, b.repId));
  const out: CommissionRow[] = [];
  for (const rep of reps) {
    const history = payoutHistory(run, rep.repId, run.asOf, 2);
    const current = history[history.length - 1];
    if (!current || current.segment.end < run.asOf) continue;
    const previous = history[history.length - 2];
    const keep = (p: Payout) =>
      rep.active || p.revenue !== 0 || p.total !== 0 || p.drawBalance !== 0;
    if (previous && previous.segment.end === current.segment.start - 1 && keep(previous))
      out.push({ payout: previous, status: 'closed' });
    if (keep(current)) out.push({ payout: current, status: 'current' });
  }
  return out;
}

function cells(run: IncentiveRun, row: CommissionRow): OutCell[] {
  const p = row.payout;
  const s = p.segment;
  return [
    p.repId,
    run.repsById.get(p.repId)?.name ?? p.repId,
    s.period.label,
    isoDay(s.start),
    isoDay(s.end),
    row.status,
    s.plan.planId,
    p.revenue,
    p.target === null ? null : cents(p.target),
    p.attainmentPct === null ? null : roundTo(p.attainmentPct, 2),
    tierText(p.tier),
    p.base,
    p.tierPay,
    p.spiff,
    p.clawback,
    p.cappedBy,
    p.drawPaid,
    p.drawRecovered,
    p.drawBalance,
    p.total,
    payoutText(p, run.currency),
  ];
}

const MONEY = [
  'revenue',
  'target',
  'base',
  'tier_uplift',
  'spiff',
  'clawback',
  'capped_by',
  'draw_paid',
  'draw_recovered',
  'draw_balance',
  'total',
] as const;

export function commissionsTable(
  run: IncentiveRun,
  rows: readonly CommissionRow[] = commissionRows(run),
): Table {
  const formats: Record<string, 'money' | 'percent' | 'date' | 'text'> = {
    period_start: 'date',
    period_end: 'date',
    attainment_pct: 'percent',
    explanation: 'text',
  };
  for (const m of MONEY) formats[m] = 'money';
  return {
    tab: 'Commissions',
    note: 'Private: commission per rep for the current pay period (so far) and the one before, with the arithmetic. See docs/commissions.md. Rewritten on every run; edits here are not kept.',
    header: [...COMMISSIONS_HEADER],
    rows: rows.map((r) => cells(run, r)),
    formats,
  };
}
