// Clawbacks: the commission a deal earned in its won period, taken back in the period it was lost.
import { formatMoney } from '../format';
import { isoDay } from '../time/day';
import type { Rep } from '../workbook';
import type { IncentiveRun } from './context';
import { periodRevenue, periodTarget } from './revenue';
import { segmentAt } from './segments';
import { cents, segmentName } from './text';
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
    const money = (x: number) => formatMoney(x, run.currency);
    const head = `Clawback ${c.dealId} (${money(c.amount)}, won ${isoDay(c.wonDay)}, lost ${isoDay(c.lostDay)})`;
    const won = segmentAt(rep, run.plansOf(rep.repId), c.wonDay, run.workbook.calendar);
    if (won.kind !== 'segment') {
      out.push({
        kind: 'clawback',
        amount: 0,
        text: `${head}: no plan paid it, so $0`,
        rows: [c.row],
      });
      continue;
    }
    const w = won.segment;
    const revenue = periodRevenue(run, rep.repId, w, false).revenue;
    const target = periodTarget(run, rep.repId, w);
    const withIt = tierPay(w.plan, revenue, target, run.currency);
    const without = tierPay(w.plan, cents(revenue - c.amount), target, run.currency);
    const a = cents(withIt.base + withIt.tierPay);
    const b = cents(without.base + without.tierPay);
    const amount = cents(b - a);
    out.push({
      kind: 'clawback',
      amount,
      text: `${head}: ${segmentName(w)} base and tier pay ${money(a)} with it, ${money(b)} without it = ${money(amount)}`,
      rows: [c.row],
    });
  }
  return out;
}
