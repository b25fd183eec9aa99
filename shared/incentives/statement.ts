// A printable commission statement for one rep and pay period: every deal counted, every part, the total.
import { formatMoney, formatPct } from '../format';
import type { OutCell, Table } from '../outputs/table';
import { isoDay } from '../time/day';
import type { Day } from '../time/types';
import type { IncentiveRun } from './context';
import { payoutAt } from './payout';
import { segmentName } from './text';
import { tierText } from './table';
import type { Payout } from './types';

export interface Statement {
  readonly repId: string;
  readonly name: string;
  readonly payout: Payout;
  /** Plain text, one line each, for a dialog or a printed page. */
  readonly lines: readonly string[];
  /** The same content as rows (item, detail, amount) for a sheet. */
  readonly table: Table;
}

/** The statement of the pay period containing `day` (default: today), or null when no plan pays the rep. */
export function commissionStatement(
  run: IncentiveRun,
  repId: string,
  day: Day = run.asOf,
): Statement | null {
  const payout = payoutAt(run, repId, day);
  if (!payout) return null;
  const money = (x: number) => formatMoney(x, run.currency);
  const name = run.repsById.get(repId)?.name ?? repId;
  const seg = payout.segment;
  const byRow = new Map(run.workbook.deals.map((d) => [d.row, d] as const));
  const rows: [string, string, number | null][] = [];
  for (const r of payout.dealRows) {
    const d = byRow.get(r);
    if (!d) continue;
    const when = d.wonDay ?? d.closeDay;
    const later = d.status === 'lost' ? ' (later lost)' : '';
    rows.push([
      `Deal ${d.dealId}`,
      `${d.account ?? 'no account'}, won ${when === null ? '?' : isoDay(when)}${later}, Deals row ${d.row}`,
      d.amount,
    ]);
  }
  const figures: [string, string, number | null][] = [
    ['Revenue', `${payout.dealRows.length} deal(s) won`, payout.revenue],
    [
      'Target',
      payout.target === null
        ? 'no revenue target'
        : seg.clipped
          ? 'prorated by working days'
          : 'revenue target',
      payout.target,
    ],
    ['Attainment', payout.attainmentPct === null ? 'n/a' : formatPct(payout.attainmentPct), null],
    ['Tier reached', tierText(payout.tier), null],
    ...payout.lines.map((l): [string, string, number] => [
      l.kind === 'tier' ? 'Tier' : l.kind[0]!.toUpperCase() + l.kind.slice(1),
      l.text,
      l.amount,
    ]),
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
  figures.push(['Total', payout.explanation, payout.total]);

  const lines = [
    `Commission statement: ${name} (${repId})`,
    `Plan ${seg.plan.planId}, ${segmentName(seg)}: ${isoDay(seg.start)} to ${isoDay(seg.end)}, figures as of ${isoDay(run.asOf)}`,
    rows.length ? 'Deals counted:' : 'Deals counted: none',
    ...rows.map(([item, detail, amount]) => `  ${item}: ${money(amount ?? 0)} (${detail})`),
    ...figures.map(([item, detail, amount]) =>
      amount === null ? `${item}: ${detail}` : `${item}: ${money(amount)} (${detail})`,
    ),
  ];
  const tableRows: OutCell[][] = [...rows, ...figures].map(([a, b, c]) => [a, b, c]);
  return {
    repId,
    name,
    payout,
    lines,
    table: {
      tab: 'Statement',
      note: `Private: commission statement of ${name} for ${segmentName(seg)}. Generated on demand; edits are not kept.`,
      header: ['item', 'detail', 'amount'],
      rows: tableRows,
      formats: { amount: 'money', detail: 'text', item: 'text' },
    },
  };
}
