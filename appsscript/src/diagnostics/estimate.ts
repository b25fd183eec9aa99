// How long Recalculate takes as the sheet grows: a linear model from the measured per-row and per-cell costs.
import { CELL_LIMIT } from '../adapters/cell-budget';

/** Google's 10 million cells per spreadsheet, from the one place the add-on states it. */
export { CELL_LIMIT };
/** Apps Script stops an execution after 6 minutes (https://developers.google.com/apps-script/guides/services/quotas). */
export const RUN_LIMIT_MS = 6 * 60_000;
/** The shares of the cell limit the estimate is shown at. */
export const GROWTH_STEPS = [0.25, 0.5, 0.8, 1] as const;

/** What Diagnostics measured on this sheet. */
export interface Measured {
  /** Data rows in the input tabs (headers excluded). */
  readonly inputRows: number;
  /** Cells one more input row adds: the input tabs' widths, weighted by their rows. */
  readonly cellsPerInputRow: number;
  /** Cells of every tab (rows × columns as the grids are sized: what the cell limit counts). */
  readonly sheetCells: number;
  readonly readMs: number;
  readonly engineMs: number;
  /** Cells the engine's output tabs hold. */
  readonly outputCells: number;
  /** The scratch write: cells and time. */
  readonly writeCells: number;
  readonly writeMs: number;
}

export interface GrowthPoint {
  /** Share of the cell limit. */
  readonly share: number;
  /** Input rows at that size (null: the sheet is already past it). */
  readonly rows: number | null;
  readonly recalcMs: number | null;
}

export interface Estimate {
  readonly perRowMs: number;
  readonly perOutputCellMs: number;
  /** Recalculate today: reading and computing every row, writing every output cell. */
  readonly nowMs: number;
  readonly growth: readonly GrowthPoint[];
  /** Input rows at which a run would reach the 6-minute limit (null: never before the cell limit). */
  readonly rowsAtRunLimit: number | null;
}

/**
 * t(rows) = perRow × rows + perOutputCell × outputCells. Output tabs grow with reps and periods,
 * not with activity rows, so they are held at today's size: the estimate is a lower bound when the
 * team grows too.
 */
export function estimateRecalc(m: Measured): Estimate {
  const perRowMs = (m.readMs + m.engineMs) / Math.max(1, m.inputRows);
  const perOutputCellMs = m.writeMs / Math.max(1, m.writeCells);
  const fixedMs = perOutputCellMs * m.outputCells;
  const at = (rows: number) => fixedMs + perRowMs * rows;
  const growth = GROWTH_STEPS.map((share): GrowthPoint => {
    const room = share * CELL_LIMIT - m.sheetCells;
    if (room < 0) return { share, rows: null, recalcMs: null };
    const rows = m.inputRows + Math.floor(room / Math.max(1, m.cellsPerInputRow));
    return { share, rows, recalcMs: at(rows) };
  });
  const maxRows = m.inputRows + (CELL_LIMIT - m.sheetCells) / Math.max(1, m.cellsPerInputRow);
  const rowsAtRunLimit = perRowMs > 0 ? Math.floor((RUN_LIMIT_MS - fixedMs) / perRowMs) : null;
  return {
    perRowMs,
    perOutputCellMs,
    nowMs: at(m.inputRows),
    growth,
    rowsAtRunLimit:
      rowsAtRunLimit !== null && rowsAtRunLimit <= maxRows ? Math.max(0, rowsAtRunLimit) : null,
  };
}
