// Clawbacks: the commission a deal earned in its won period, taken back in the period it was lost.
import type { Rep } from '../workbook';
import type { IncentiveRun } from './context';
import { periodRevenue, periodTarget } from './revenue';
import { segmentAt } from './segments';
import { cents } from './text';
import { tierPay } from './tier-pay';
import type { PayLine, PaySegment } from './types';

/**
 * One negative line per deal lost inside the period after being won: the base and tier pay of
 * the won period with the deal minus the same without it (the cap, SPIFs and draw are left out).
 */
export function clawbackLines(run: IncentiveRun, rep: Rep, seg: PaySegment): PayLine[] {
  const out: PayLine[] = [];
  const last = Math.min(seg.end, run.asOf);
  for (const c of run.clawbacksOf(rep.repId)) {
    if (c.lostDay < seg.start || c.lostDay > last) continue;
    const line = {
      kind: 'clawback' as const,
      dealId: c.dealId,
      dealAmount: c.amount,
      wonDay: c.wonDay,
      lostDay: c.lostDay,
      sources: [{ tab: 'Deals' as const, row: c.row }],
    };
    const won = segmentAt(rep, run.plansOf(rep.repId), c.wonDay, run.workbook.calendar);
    if (won.kind !== 'segment') {
      out.push({ ...line, amount: 0, paid: null });
      continue;
    }
    const w = won.segment;
    const revenue = periodRevenue(run, rep.repId, w, false).revenue;
    const target = periodTarget(run, rep.repId, w);
    const withIt = tierPay(w.plan, revenue, target);
    const without = tierPay(w.plan, cents(revenue - c.amount), target);
    const a = cents(withIt.base + withIt.tierPay);
    const b = cents(without.base + without.tierPay);
    out.push({ ...line, amount: cents(b - a), paid: { segment: w, withIt: a, without: b } });
  }
  return out;
}
