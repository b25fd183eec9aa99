// Spreadsheet calls per recalculation do not grow with the data: the same count at 100 and 100,000 rows.
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemoWorkbook } from '../../shared/demo';
import { AS_OF, buildBundle, NOW } from './helpers';
import { measureRecalc, withActivityRows } from './measure';

let dir = '';
beforeAll(() => {
  dir = buildBundle();
});

describe('Spreadsheet calls per recalculation', () => {
  it('are the same small number at 100 and at 100,000 activity rows', () => {
    const large = generateDemoWorkbook({ seed: 'addon-calls', asOf: AS_OF, size: 'large' });
    const small = measureRecalc(dir, withActivityRows(large, 100), NOW);
    const big = measureRecalc(dir, withActivityRows(large, 100_000), NOW);
    expect(small.alert).toMatch(/Recalculated as of/);
    expect(big.alert).toMatch(/Recalculated as of/);
    expect(big.spreadsheetCalls).toBe(small.spreadsheetCalls);
    // Per output tab: a staging sheet and its marker, a few format ranges, one setValues, note,
    // freeze, and the journaled swap (marker and name of the old and the new tab); per tab in the
    // workbook, one read of its developer metadata (which tabs are Bellringer's).
    expect(small.spreadsheetCalls).toBeLessThan(350);
  }, 120_000);
});
