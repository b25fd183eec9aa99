// No silent zeros downstream: without revenue, nobody is assessed, proposed a plan, paid, or published at 0 %.
import { describe, expect, it } from 'vitest';
import { generateDemoWorkbook } from '../../shared/demo';
import { runEngine } from '../../shared/engine';
import type { WorkbookGrids } from '../../shared/workbook';

const options = {
  now: new Date('2026-11-18T17:30:00Z'),
  defaultTimeZone: 'UTC',
  asOf: '2026-11-18',
};

/** The demo with one Deals header renamed (the demo's Deals also has a real `account` column). */
function renamed(from: string, to: string): WorkbookGrids {
  const grids = generateDemoWorkbook({ seed: 'downstream', asOf: '2026-11-18' });
  const [header, ...rows] = grids.Deals!;
  expect(header).toContain('account');
  return { ...grids, Deals: [header!.map((h) => (h === from ? to : h)), ...rows] };
}

const tab = (r: ReturnType<typeof runEngine>, name: string) =>
  r.tables.find((t) => t.tab === name)!;

describe('a Deals column that stops revenue', () => {
  // [case, renamed from, to]: each stops revenue.
  it.each([
    ['amount renamed amount_usd', 'amount', 'amount_usd'],
    ['close_date misspelt closed_date', 'close_date', 'closed_date'],
  ])('%s: no assessment, no plan proposals, no pay, no published attainment', (_, from, to) => {
    const control = runEngine(renamed('none', 'none'), options);
    const r = runEngine(renamed(from, to), options);
    // The control shows each of these exists when revenue is computed.
    expect(tab(control, 'Assessment').rows.length).toBeGreaterThan(0);
    expect(tab(control, 'Commissions').rows.length).toBeGreaterThan(0);
    expect(control.snapshot.reps.some((rep) => rep.attainment.month !== null)).toBe(true);

    expect(tab(r, 'Assessment').rows).toEqual([]);
    expect(r.model.toolkit.proposals).toEqual([]);
    expect(tab(r, 'Commissions').rows).toEqual([]);
    expect(
      r.issues.some((i) => i.tab === 'Commission Plans' && /not computed/.test(i.problem)),
    ).toBe(true);
    for (const rep of r.snapshot.reps)
      expect(Object.values(rep.attainment).every((v) => v === null)).toBe(true);
    const scorecard = tab(r, 'Scorecard');
    for (const column of ['tier', 'explanation', 'attainment_pct'])
      expect(scorecard.rows.every((row) => row[scorecard.header.indexOf(column)] === null)).toBe(
        true,
      );
  });

  it('names the misspelt header, never the real account column', () => {
    const r = runEngine(renamed('amount', 'amount_usd'), options);
    const error = r.issues.find((i) => i.tab === 'Deals' && i.column === 'amount')!;
    expect(error.problem).toContain('"amount_usd"');
    expect(`${error.problem} ${error.fix}`).not.toContain('"account"');
  });
});
