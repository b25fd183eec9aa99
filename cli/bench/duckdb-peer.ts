// DuckDB as a peer of the baseline single pass: the same per-rep figures from the same raw grids, checked equal, timed.
import { DuckDBInstance } from '@duckdb/node-api';
import type { Grid, WorkbookGrids } from '../../shared/workbook';
import { baselinePass } from './baseline';

/** The baseline's figures in SQL: activity total (blank count = 1), won revenue and deals, last day. */
const QUERY = `
WITH a AS (
  SELECT rep_id, SUM(COALESCE(TRY_CAST(NULLIF(count, '') AS DOUBLE), 1)) AS activity,
         MAX(CAST(LEFT(date, 10) AS DATE)) AS last_day
  FROM acts GROUP BY rep_id),
d AS (
  SELECT rep_id,
         SUM(CASE WHEN status = 'won' THEN COALESCE(TRY_CAST(NULLIF(amount, '') AS DOUBLE), 0) ELSE 0 END) AS revenue,
         COUNT(*) FILTER (WHERE status = 'won') AS won,
         MAX(CAST(LEFT(COALESCE(NULLIF(close_date, ''), created_date), 10) AS DATE)) AS last_day
  FROM deals GROUP BY rep_id),
r AS (
  SELECT COALESCE(a.rep_id, d.rep_id) AS rep_id,
         COALESCE(a.activity, 0) + COALESCE(d.revenue, 0) + COALESCE(d.won, 0) +
         GREATEST(COALESCE(epoch(a.last_day) / 86400, 0), COALESCE(epoch(d.last_day) / 86400, 0)) AS total
  FROM a FULL OUTER JOIN d ON a.rep_id = d.rep_id)
SELECT SUM(total) AS checksum FROM r`;

function columnsOf(grid: Grid, names: readonly string[]): number[] {
  return names.map((n) => (grid[0] ?? []).indexOf(n));
}

export interface DuckdbPeer {
  /** Loading the raw cells as text into DuckDB tables (its "read"). */
  readonly loadMs: number;
  /** The query alone. */
  readonly queryMs: number;
  readonly checksum: number;
  readonly baselineChecksum: number;
  readonly equal: boolean;
}

/** One run: raw grids → DuckDB (appender, every cell as text, as a CSV export holds it) → per-rep figures. */
export async function duckdbPeer(grids: WorkbookGrids): Promise<DuckdbPeer> {
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  const t0 = performance.now();
  const tables = [
    ['acts', grids.Activities ?? [], ['date', 'rep_id', 'count']],
    ['deals', grids.Deals ?? [], ['rep_id', 'amount', 'status', 'created_date', 'close_date']],
  ] as const;
  for (const [name, grid, cols] of tables) {
    await db.run(`CREATE TABLE ${name} (${cols.map((c) => `"${c}" VARCHAR`).join(', ')})`);
    const at = columnsOf(grid, cols);
    const appender = await db.createAppender(name);
    for (let i = 1; i < grid.length; i++) {
      const row = grid[i]!;
      for (const c of at) appender.appendVarchar(String(row[c] ?? ''));
      appender.endRow();
    }
    appender.closeSync();
  }
  const t1 = performance.now();
  const reader = await db.runAndReadAll(QUERY);
  const t2 = performance.now();
  const checksum = Number(reader.getRows()[0]?.[0] ?? Number.NaN);
  db.closeSync();
  instance.closeSync();
  const baselineChecksum = baselinePass(grids).checksum;
  return {
    loadMs: t1 - t0,
    queryMs: t2 - t1,
    checksum,
    baselineChecksum,
    equal: Math.abs(checksum - baselineChecksum) < 1e-6 * Math.max(1, Math.abs(baselineChecksum)),
  };
}
