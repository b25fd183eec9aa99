// The demo writes each tab under the header of its one tab spec (no column list of its own).
import { describe, expect, it } from 'vitest';
import { DEMO_TAB_ORDER, generateDemoWorkbook } from '../../../shared/demo';
import { TAB_SPECS, tabHeader } from '../../../shared/workbook';

const grids = generateDemoWorkbook({ seed: 'tabs', asOf: '2026-11-18' });

describe('the demo tabs', () => {
  it.each(DEMO_TAB_ORDER.filter((tab) => tab !== 'Candidates'))(
    '%s has exactly its spec header, in spec order',
    (tab) => {
      expect(grids[tab]?.[0]).toEqual(tabHeader(tab));
    },
  );

  it("Candidates has its spec header with the roles' competency scores after stage_date", () => {
    const header = grids.Candidates![0]!.map(String);
    const spec = tabHeader('Candidates');
    const scores = header.filter((h) => !spec.includes(h));
    expect(scores.length).toBeGreaterThan(0);
    expect(header.filter((h) => spec.includes(h))).toEqual(spec);
    expect(header.indexOf(scores[0]!)).toBe(spec.indexOf('stage_date') + 1);
  });

  it('writes every row as wide as its header', () => {
    for (const tab of DEMO_TAB_ORDER)
      for (const row of grids[tab]!.slice(1)) expect(row.length).toBe(grids[tab]![0]!.length);
  });

  it('tabHeader is each spec column header in order, and empty for an unknown tab (control)', () => {
    const deals = TAB_SPECS.find((s) => s.name === 'Deals')!;
    expect(tabHeader('Deals')).toEqual(deals.columns.map((c) => c.header));
    expect(tabHeader('Deals')).toContain('rep_id');
    expect(tabHeader('Nope' as 'Deals')).toEqual([]);
  });
});
