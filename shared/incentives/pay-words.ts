// Manager words for commission pay: one renderer per pay line kind, and the payout's explanation.
import { formatMoney, formatPct, formatRows } from '../format';
import { isoDay } from '../time';
import { cents, multiplierText, rateText, segmentName } from './text';
import type { PayLine, PayLineKind, Payout } from './types';
import type { WhatIf } from './what-if';

type Words = {
  readonly [K in PayLineKind]: (line: Extract<PayLine, { kind: K }>, currency: string) => string;
};

export const PAY_LINE_WORDS: Words = {
  base: (l, currency) =>
    `Base ${rateText(l.ratePct)} × ${formatMoney(l.revenue, currency)} = ${formatMoney(l.amount, currency)}`,
  tier: (l, currency) =>
    `${multiplierText(l.multiplier)} × ${rateText(l.ratePct)} × ${formatMoney(l.revenue, currency)} = ${formatMoney(l.amount, currency)}`,
  spiff: (l, currency) => {
    const head = `SPIF ${l.contestName} (${l.contestId}),`;
    const prize = formatMoney(l.prize, currency);
    return l.team === null
      ? `${head} place ${l.rank}: ${prize}`
      : `${head} team ${l.team.name} place ${l.rank}: ${prize} ÷ ${l.team.members} members = ${formatMoney(l.amount, currency)}`;
  },
  clawback: (l, currency) => {
    const money = (x: number) => formatMoney(x, currency);
    const head = `Clawback ${l.dealId} (${money(l.dealAmount)}, won ${isoDay(l.wonDay)}, lost ${isoDay(l.lostDay)})`;
    if (l.paid === null) return `${head}: no plan paid it, so $0`;
    const { segment, withIt, without } = l.paid;
    return `${head}: ${segmentName(segment)} base and tier pay ${money(withIt)} with it, ${money(without)} without it = ${money(l.amount)}`;
  },
};

/** One pay line as the statement and the Commissions tab write it: `Base 5% × $2,000 = $100`. */
export function payLineText(line: PayLine, currency: string): string {
  return (PAY_LINE_WORDS[line.kind] as (l: PayLine, c: string) => string)(line, currency);
}

/**
 * The payout's arithmetic in sentences, as the Commissions tab's explanation: revenue and target,
 * the pay lines, the cap, the draw, the total and the deals counted.
 */
export function payoutText(p: Payout, currency: string): string {
  const money = (x: number) => formatMoney(x, currency);
  const seg = p.segment;
  const won = `${money(p.revenue)} won`;
  const head =
    p.target === null
      ? `${segmentName(seg)}: ${won}; no revenue target, so no tier applies.`
      : `${segmentName(seg)}: ${won} = ${formatPct(p.attainmentPct ?? 0)} of ${money(p.target)}${seg.clipped ? ' (target prorated by working days)' : ''}.`;
  const parts = [head, `${p.lines.map((l) => payLineText(l, currency)).join('; ')}.`];
  const afterCap = cents(p.earned - p.cappedBy);
  const guaranteed = seg.plan.draw ?? 0;
  if (p.cappedBy > 0) parts.push(`Earned ${money(p.earned)}, capped at ${money(afterCap)}.`);
  if (p.drawPaid > 0)
    parts.push(
      guaranteed > 0
        ? `Draw ${money(guaranteed)}: ${money(afterCap)} earned is below it, so ${money(p.drawPaid)} is advanced and recovered later (balance ${money(p.drawBalance)}).`
        : `${money(afterCap)} earned is not taken from pay: ${money(p.drawPaid)} is carried and recovered later (balance ${money(p.drawBalance)}).`,
    );
  if (p.drawRecovered > 0)
    parts.push(
      `Recovered ${money(p.drawRecovered)} of the ${money(p.drawBalanceIn)} balance from earnings above the ${money(guaranteed)} draw (balance ${money(p.drawBalance)}).`,
    );
  parts.push(`Total ${money(p.total)}.`);
  if (p.dealRows.length) parts.push(`Deals ${formatRows(p.dealRows)}.`);
  return parts.join(' ');
}

/** "Close $5,000 more this period and earn $375 more: …", then the payout after the deal. */
export function whatIfText(w: WhatIf, currency: string): string {
  const money = (x: number) => formatMoney(x, currency);
  if (w.kind === 'no_plan')
    return `No commission plan pays ${w.repId} today, so closing ${money(w.extraAmount)} more earns no commission.`;
  return `Close ${money(w.extraAmount)} more this period and earn ${money(w.delta)} more: ${money(w.before.total)} now, ${money(w.after.total)} after. ${payoutText(w.after, currency)}`;
}
