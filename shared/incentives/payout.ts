// The payout of one rep for each pay period: base, tiers, SPIFs, clawbacks, cap and a recoverable draw.
import type { Day } from '../time';
import type { Rep } from '../workbook';
import { clawbackLines } from './clawback';
import type { IncentiveRun } from './context';
import { periodRevenue, periodTarget } from './revenue';
import { segmentsBetween } from './segments';
import { spiffLines } from './spiff';
import { cents } from './text';
import { tierPay } from './tier-pay';
import type { PayLine, PaySegment, Payout } from './types';

function sumOf(lines: readonly PayLine[], kind: PayLine['kind']): number {
  let s = 0;
  for (const l of lines) if (l.kind === kind) s += l.amount;
  return cents(s);
}

/**
 * The payout for one pay period, given the balance still owed from earlier draws. The cap limits
 * base + tier + SPIF + clawback. Then the draw: below it, the draw is paid and the shortfall is
 * added to the balance; above it, the balance is recovered from the excess over the draw. A
 * plan without a draw guarantees $0, so a negative period pays $0 and carries the rest.
 */
export function payoutFor(
  run: IncentiveRun,
  rep: Rep,
  seg: PaySegment,
  balanceIn: number,
  detail = true,
): Payout {
  const { revenue, rows } = periodRevenue(run, rep.repId, seg, detail);
  const target = periodTarget(run, rep.repId, seg);
  const attainmentPct = target === null ? null : (revenue / target) * 100;
  const pay = tierPay(seg.plan, revenue, target);
  const lines: PayLine[] = [
    ...pay.lines,
    ...spiffLines(rep.repId, seg, run.contests, run.workbook.reps),
    ...clawbackLines(run, rep, seg),
  ];
  const spiff = sumOf(lines, 'spiff');
  const clawback = sumOf(lines, 'clawback');
  const earned = cents(pay.base + pay.tierPay + spiff + clawback);
  const cap = seg.plan.cap;
  const cappedBy = cap !== null && earned > cap ? cents(earned - cap) : 0;
  const afterCap = cents(earned - cappedBy);
  const guaranteed = seg.plan.draw ?? 0;
  let drawPaid = 0;
  let drawRecovered = 0;
  if (afterCap < guaranteed) drawPaid = cents(guaranteed - afterCap);
  else drawRecovered = cents(Math.min(balanceIn, afterCap - guaranteed));
  const drawBalance = cents(balanceIn + drawPaid - drawRecovered);
  const total = cents(afterCap + drawPaid - drawRecovered);

  const base: Payout = {
    repId: rep.repId,
    segment: seg,
    revenue,
    target,
    attainmentPct,
    tier: pay.tier,
    lines,
    base: pay.base,
    tierPay: pay.tierPay,
    spiff,
    clawback,
    earned,
    cappedBy,
    drawBalanceIn: balanceIn,
    drawPaid,
    drawRecovered,
    drawBalance,
    total,
    dealRows: rows,
  };
  return base;
}

/** The first day whose pay matters: data start (or the first clawed-back win), not before the rep started. */
function historyStart(run: IncentiveRun, rep: Rep, through: Day): Day {
  let start = run.ledger.firstDay <= run.ledger.lastDay ? run.ledger.firstDay : through;
  for (const c of run.clawbacksOf(rep.repId)) start = Math.min(start, c.wonDay);
  if (rep.startDate !== null) start = Math.max(start, rep.startDate);
  return Math.min(start, through);
}

/**
 * Every payout of the rep from the start of the data to the period containing `through`, in
 * order, with the draw balance carried from one period to the next. Only the last `detailLast`
 * carry their deal rows (the rest only carry the balance forward).
 */
export function payoutHistory(
  run: IncentiveRun,
  repId: string,
  through: Day = run.asOf,
  detailLast = Number.POSITIVE_INFINITY,
): Payout[] {
  const rep = run.repsById.get(repId);
  if (!rep) return [];
  const plans = run.plansOf(repId);
  if (plans.length === 0) return [];
  const segs = segmentsBetween(
    rep,
    plans,
    historyStart(run, rep, through),
    through,
    run.workbook.calendar,
  );
  const out: Payout[] = [];
  let balance = 0;
  for (let i = 0; i < segs.length; i++) {
    const p = payoutFor(run, rep, segs[i]!, balance, i >= segs.length - detailLast);
    balance = p.drawBalance;
    out.push(p);
  }
  return out;
}

/** The payout of the pay period containing `day` (with the draw balance carried from before), or null. */
export function payoutAt(run: IncentiveRun, repId: string, day: Day): Payout | null {
  const history = payoutHistory(run, repId, day, 1);
  const last = history[history.length - 1];
  return last && last.segment.start <= day && day <= last.segment.end ? last : null;
}
