// The benchmark's floor: one pass over the raw grids, each date and number converted once, sums per rep.
import type { Cell, Grid, WorkbookGrids } from '../../shared/workbook';

/** Days since 1970-01-01 from 'YYYY-MM-DD...' text by character codes (no Date objects). */
function isoDay(text: string): number {
  const y =
    (text.charCodeAt(0) - 48) * 1000 +
    (text.charCodeAt(1) - 48) * 100 +
    (text.charCodeAt(2) - 48) * 10 +
    (text.charCodeAt(3) - 48);
  const m = (text.charCodeAt(5) - 48) * 10 + (text.charCodeAt(6) - 48);
  const d = (text.charCodeAt(8) - 48) * 10 + (text.charCodeAt(9) - 48);
  // Days from civil (H. Hinnant).
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

const num = (c: Cell): number =>
  typeof c === 'number' ? c : c === '' || c == null ? 0 : Number(c);
const columns = (grid: Grid, names: string[]) => names.map((n) => (grid[0] ?? []).indexOf(n));

export interface BaselineResult {
  readonly activityRows: number;
  readonly dealRows: number;
  /** Sum of all per-rep totals: returned so the work cannot be optimised away. */
  readonly checksum: number;
}

/**
 * Per rep: activity count total, won revenue and won-deal count, with the latest day seen. This is
 * the least any engine must do with the data (read every row, convert its cells once).
 */
export function baselinePass(grids: WorkbookGrids): BaselineResult {
  const acts = grids.Activities ?? [];
  const deals = grids.Deals ?? [];
  const perRep = new Map<
    string,
    { activity: number; revenue: number; won: number; lastDay: number }
  >();
  const rep = (id: string) => {
    let r = perRep.get(id);
    if (!r) {
      r = { activity: 0, revenue: 0, won: 0, lastDay: 0 };
      perRep.set(id, r);
    }
    return r;
  };
  const [aDate, aRep, aCount] = columns(acts, ['date', 'rep_id', 'count']) as [
    number,
    number,
    number,
  ];
  for (let i = 1; i < acts.length; i++) {
    const row = acts[i]!;
    const r = rep(String(row[aRep]));
    const day = isoDay(String(row[aDate]));
    const count = row[aCount] === '' ? 1 : num(row[aCount]);
    r.activity += count;
    if (day > r.lastDay) r.lastDay = day;
  }
  const [dRep, dAmount, dStatus, dCreated, dClose] = columns(deals, [
    'rep_id',
    'amount',
    'status',
    'created_date',
    'close_date',
  ]) as [number, number, number, number, number];
  for (let i = 1; i < deals.length; i++) {
    const row = deals[i]!;
    const r = rep(String(row[dRep]));
    const amount = num(row[dAmount]);
    const created = isoDay(String(row[dCreated]));
    const closeText = String(row[dClose]);
    const close = closeText === '' ? created : isoDay(closeText);
    if (row[dStatus] === 'won') {
      r.revenue += amount;
      r.won += 1;
    }
    if (close > r.lastDay) r.lastDay = close;
  }
  let checksum = 0;
  for (const r of perRep.values()) checksum += r.activity + r.revenue + r.won + r.lastDay;
  return {
    activityRows: Math.max(0, acts.length - 1),
    dealRows: Math.max(0, deals.length - 1),
    checksum,
  };
}
