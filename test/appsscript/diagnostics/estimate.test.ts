// The Recalculate estimate: linear in the input rows from the measured per-row and per-cell costs.
import { describe, expect, it } from 'vitest';
import {
  CELL_LIMIT,
  estimateRecalc,
  type Measured,
  RUN_LIMIT_MS,
} from '../../../appsscript/src/diagnostics/estimate';

const base: Measured = {
  inputRows: 10_000,
  cellsPerInputRow: 10,
  sheetCells: 1_000_000,
  readMs: 2_000,
  engineMs: 3_000,
  outputCells: 50_000,
  writeCells: 4_000,
  writeMs: 400,
};

describe('estimateRecalc', () => {
  it('costs each input row its measured read and engine time, each output cell its measured write time', () => {
    const e = estimateRecalc(base);
    expect(e.perRowMs).toBe(0.5);
    expect(e.perOutputCellMs).toBe(0.1);
    expect(e.nowMs).toBe(10_000 * 0.5 + 50_000 * 0.1);
  });

  it.each([
    // share, rows at that size: 10,000 + (share × 10 M − 1 M) / 10
    [0.25, 160_000],
    [0.5, 410_000],
    [0.8, 710_000],
    [1, 910_000],
  ])('at %s of the cell limit the sheet holds %i input rows', (share, rows) => {
    const point = estimateRecalc(base).growth.find((g) => g.share === share)!;
    expect(point.rows).toBe(rows);
    expect(point.recalcMs).toBe(rows * 0.5 + 5_000);
  });

  it('a size the sheet is already past has no estimate', () => {
    const e = estimateRecalc({ ...base, sheetCells: 0.6 * CELL_LIMIT });
    expect(e.growth.map((g) => g.rows === null)).toEqual([true, true, false, false]);
  });

  it('finds the rows at which a run reaches the 6-minute limit', () => {
    const e = estimateRecalc(base);
    expect(e.rowsAtRunLimit).toBe((RUN_LIMIT_MS - 5_000) / 0.5);
  });

  it('says the run limit is not reached when the cell limit comes first', () => {
    expect(estimateRecalc({ ...base, readMs: 20, engineMs: 30 }).rowsAtRunLimit).toBeNull();
  });
});
