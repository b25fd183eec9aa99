// The demo's deliberate flaws: one typical mistake per tab, each reported where it is and left out.
import { describe, expect, it } from 'vitest';
import { generateDemoWorkbook } from '../../../shared/demo';
import { runEngine } from '../../../shared/engine';

const asOf = '2026-11-18';
const options = { now: new Date('2026-11-18T12:00:00Z'), defaultTimeZone: 'UTC', asOf };

describe('the demo workbook', () => {
  const grids = generateDemoWorkbook({ seed: 3, asOf });
  const result = runEngine(grids, options);

  it.each([
    ['Targets', 'period'],
    ['Activities', 'rep_id'],
    ['Deals', 'close_date'],
  ])('ends %s with one flawed row, reported at its row and column %s', (tab, column) => {
    const lastRow = grids[tab]!.length;
    const found = result.issues.filter((i) => i.tab === tab);
    expect(found.map((i) => [i.row, i.column, i.severity])).toEqual([[lastRow, column, 'error']]);
    expect(found[0]!.fix.length).toBeGreaterThan(10);
  });

  it('has no other data issue', () => {
    expect(result.issues).toHaveLength(3);
  });

  it('leaves the flawed rows out and keeps every other row', () => {
    expect(result.workbook.deals).toHaveLength(grids.Deals!.length - 2);
    expect(result.workbook.activities).toHaveLength(grids.Activities!.length - 2);
  });

  it('keeps the large benchmark workbook free of flaws', () => {
    const large = generateDemoWorkbook({ seed: 3, asOf, size: 'large' });
    expect(large.Deals!.at(-1)).not.toContain('D-DEMO-FLAW');
  });
});
