// Deals: a believable funnel per rep and month (won revenue near the rep's story, ~25-35% win rate, open pipeline).
import { tabHeader } from '../workbook';
import { compareText } from '../order';
import { isoDay } from '../time';
import type { DemoContext, DemoRow } from './context';
import { ACCOUNTS, OPEN_STAGES, PRODUCTS } from './names';
import type { Rng } from './prng';
import { type RepPlan, rampFactor } from './roster';

interface DealDraft {
  repId: string;
  account: string;
  product: string;
  amount: number;
  stage: string;
  status: 'open' | 'won' | 'lost';
  created: number;
  close: number | null;
  expected: number | null;
  /** For a won deal later lost: the day it was won (column won_date). */
  won?: number;
}

const round50 = (n: number) => Math.max(50, Math.round(n / 50) * 50);

function draftAmount(rng: Rng): { product: string; amount: number } {
  const p = rng.pick(PRODUCTS);
  return { product: p.name, amount: round50(Math.min(150_000, rng.logNormal(p.median, 0.55))) };
}

export function dealsGrid(ctx: DemoContext, reps: readonly RepPlan[]): DemoRow[] {
  const rng = ctx.rng('deals');
  const drafts: DealDraft[] = [];
  for (const rep of reps) {
    ctx.months.forEach((month, m) => {
      const from = Math.max(month.start, ctx.windowStart, rep.startDay);
      const to = Math.min(month.end, ctx.asOf, rep.lastDay);
      if (from > to) return;
      const open = ctx.workingDays(from, to);
      if (open.length === 0) return;
      const share = open.length / ctx.workingDays(month.start, month.end).length;
      const goal = rep.revenueTarget * rampFactor(rep, month) * rep.attainment[m]! * share;
      let won = 0;
      let wonCount = 0;
      // Add deals while they fit; a final smaller deal lands the month near the story's figure.
      for (let guard = 0; guard < 200 && won < goal; guard++) {
        let { product, amount } = draftAmount(rng);
        if (won + amount > goal * 1.03) {
          if (goal - won < 1500) break;
          amount = round50(goal - won);
        }
        won += amount;
        wonCount++;
        drafts.push(closed(rng, rep, product, amount, 'won', rng.pick(open)));
      }
      const lost = Math.round((Math.max(wonCount, 1) * (1 - rep.winRate)) / rep.winRate);
      for (let k = 0; k < lost; k++) {
        const { product, amount } = draftAmount(rng);
        drafts.push(closed(rng, rep, product, amount, 'lost', rng.pick(open)));
      }
    });
    if (rep.active) {
      const n = rng.int(4, 9);
      for (let k = 0; k < n; k++) {
        const { product, amount } = draftAmount(rng);
        const created = Math.max(rep.startDay, ctx.asOf - rng.int(0, 45));
        drafts.push({
          repId: rep.repId,
          account: rng.pick(ACCOUNTS),
          product,
          amount,
          stage: rng.pick(OPEN_STAGES),
          status: 'open',
          created,
          close: null,
          expected: ctx.asOf + rng.int(5, 60),
        });
      }
    }
  }
  const clawed = wonThenLost(ctx, reps);
  // Ids follow creation order, as a CRM would number them.
  drafts.sort(
    (a, b) =>
      a.created - b.created || (a.close ?? 0) - (b.close ?? 0) || compareText(a.repId, b.repId),
  );
  const rows: DemoRow[] = [tabHeader('Deals')];
  const iso = new Map<number, string>();
  const text = (d: number | null) => {
    if (d === null) return '';
    const cached = iso.get(d);
    if (cached !== undefined) return cached;
    const s = isoDay(d);
    iso.set(d, s);
    return s;
  };
  const width = ctx.size === 'large' ? 6 : 4;
  // The won-then-lost deal goes last (its own rng stream), so the other deals keep their ids.
  if (clawed) drafts.push(clawed);
  drafts.forEach((d, i) => {
    rows.push([
      `D-${String(i + 1).padStart(width, '0')}`,
      d.repId,
      d.account,
      d.product,
      d.amount,
      d.stage,
      d.status,
      text(d.created),
      text(d.close),
      text(d.expected),
      d.won === undefined ? '' : text(d.won),
    ]);
  });
  return rows;
}

function closed(
  rng: Rng,
  rep: RepPlan,
  product: string,
  amount: number,
  status: 'won' | 'lost',
  close: number,
): DealDraft {
  const cycle = rng.int(10, 60);
  return {
    repId: rep.repId,
    account: rng.pick(ACCOUNTS),
    product,
    amount,
    stage: status === 'won' ? 'Closed Won' : 'Closed Lost',
    status,
    created: Math.max(rep.startDay, close - cycle),
    close,
    expected: close - rng.int(-10, 10),
  };
}

/**
 * One deal won last month and lost this month (the customer cancelled), by the first steady rep:
 * its won_date keeps the original day, so the Commissions tab shows a clawback this month.
 */
function wonThenLost(ctx: DemoContext, reps: readonly RepPlan[]): DealDraft | null {
  const rep = reps.find((r) => r.story === 'steady' && r.active) ?? reps.find((r) => r.active);
  const last = ctx.months.length - 1;
  if (!rep || last < 1) return null;
  const rng = ctx.rng('won-then-lost');
  const prev = ctx.months[last - 1]!;
  const wonDays = ctx.workingDays(Math.max(prev.start, rep.startDay), prev.end);
  if (wonDays.length === 0) return null;
  const won = rng.pick(wonDays);
  const lostDays = ctx.workingDays(ctx.months[last]!.start, ctx.asOf);
  const lost = lostDays.length > 0 ? rng.pick(lostDays) : ctx.asOf;
  const { product, amount } = draftAmount(rng);
  return {
    repId: rep.repId,
    account: rng.pick(ACCOUNTS),
    product,
    amount,
    stage: 'Closed Lost',
    status: 'lost',
    created: Math.max(rep.startDay, won - rng.int(10, 60)),
    close: lost,
    expected: won,
    won,
  };
}
