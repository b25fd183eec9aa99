// Manager words for a commission statement: plain lines for a dialog or page, rows for a sheet.
import { formatCount, formatDay, formatMoney, formatPct, plural } from '../format';
import type { Table } from '../outputs';
import { isoDay } from '../time';
import { payLineText, payoutText } from './pay-words';
import type { Statement } from './statement';
import { tierText } from './table';
import { segmentName } from './text';
import type { PayLine } from './types';

type Item = readonly [item: string, detail: string, amount: number | null];

const LINE_ITEM: { readonly [K in PayLine['kind']]: string } = {
  base: 'Base',
  tier: 'Tier',
  spiff: 'Spiff',
  clawback: 'Clawback',
};

/** Deals counted, then the figures: revenue, target, attainment, tier, pay lines, cap, draw, total. */
function items(s: Statement, currency: string): { deals: Item[]; figures: Item[] } {
  const money = (x: number) => formatMoney(x, currency);
  const { payout } = s;
  const seg = payout.segment;
  const deals = s.deals.map((d): Item => {
    const later = d.laterLost ? ' (later lost)' : '';
    const won = d.wonDay === null ? '?' : formatDay(d.wonDay);
    return [
      `Deal ${d.dealId}`,
      `${d.account ?? 'no account'}, won ${won}${later}, Deals row ${d.row}`,
      d.amount,
    ];
  });
  const target =
    payout.target === null
      ? 'no revenue target'
      : seg.clipped
        ? 'prorated by working days'
        : 'revenue target';
  const figures: Item[] = [
    [
      'Revenue',
      `${formatCount(payout.dealRows.length)} ${plural('deal', payout.dealRows.length)} won`,
      payout.revenue,
    ],
    ['Target', target, payout.target],
    ['Attainment', payout.attainmentPct === null ? 'n/a' : formatPct(payout.attainmentPct), null],
    ['Tier reached', tierText(payout.tier), null],
    ...payout.lines.map((l): Item => [LINE_ITEM[l.kind], payLineText(l, currency), l.amount]),
  ];
  if (payout.cappedBy > 0)
    figures.push(['Cap', `capped at ${money(seg.plan.cap ?? 0)}`, -payout.cappedBy]);
  if (payout.drawPaid > 0)
    figures.push(['Draw paid', `balance after: ${money(payout.drawBalance)}`, payout.drawPaid]);
  if (payout.drawRecovered > 0)
    figures.push([
      'Draw recovered',
      `balance after: ${money(payout.drawBalance)}`,
      -payout.drawRecovered,
    ]);
  figures.push(['Total', payoutText(payout, currency), payout.total]);
  return { deals, figures };
}

/** Plain text, one line each, for the add-on's statement dialog or a printed page. */
export function statementLines(s: Statement, currency: string): string[] {
  const money = (x: number) => formatMoney(x, currency);
  const seg = s.payout.segment;
  const { deals, figures } = items(s, currency);
  return [
    `Commission statement: ${s.name} (${s.repId})`,
    `Plan ${seg.plan.planId}, ${segmentName(seg)}: ${isoDay(seg.start)} to ${isoDay(seg.end)}, figures as of ${isoDay(s.asOf)}`,
    deals.length ? 'Deals counted:' : 'Deals counted: none',
    ...deals.map(([item, detail, amount]) => `  ${item}: ${money(amount ?? 0)} (${detail})`),
    ...figures.map(([item, detail, amount]) =>
      amount === null ? `${item}: ${detail}` : `${item}: ${money(amount)} (${detail})`,
    ),
  ];
}

/** One row of the statement: what, how it was worked out, and the amount (null for a figure without one). */
export interface StatementRow {
  readonly item: string;
  readonly detail: string;
  readonly amount: number | null;
}

/** The deals counted, then the figures, as typed rows: the add-on's statement dialog reads these. */
export function statementRows(s: Statement, currency: string): StatementRow[] {
  const { deals, figures } = items(s, currency);
  return [...deals, ...figures].map(([item, detail, amount]) => ({ item, detail, amount }));
}

/** The same content as rows (item, detail, amount) for a sheet. */
export function statementTable(s: Statement, currency: string): Table {
  return {
    tab: 'Statement',
    note: `Private: commission statement of ${s.name} for ${segmentName(s.payout.segment)}. Generated on demand; edits are not kept.`,
    header: ['item', 'detail', 'amount'],
    rows: statementRows(s, currency).map((r) => [r.item, r.detail, r.amount]),
    formats: { amount: 'money', detail: 'text', item: 'text' },
  };
}
