// The demo's commission story through the engine: a quarter split by a plan change, and a clawback.
import { describe, expect, it } from 'vitest';
import { DEMO_TIME_ZONE, generateDemoWorkbook } from '../../../shared/demo';
import { runEngine } from '../../../shared/engine';

const asOf = '2026-11-18';
const result = runEngine(generateDemoWorkbook({ seed: 1, asOf }), {
  now: new Date(`${asOf}T12:00:00Z`),
  defaultTimeZone: DEMO_TIME_ZONE,
  asOf,
});
const table = result.tables.find((t) => t.tab === 'Commissions')!;
const rows = table.rows.map((r) => Object.fromEntries(table.header.map((h, i) => [h, r[i]])));

describe('demo commissions', () => {
  it('pays Q4 in two parts for the rep whose plan changes on Oct 15: old plan, then new plan', () => {
    const q4 = rows.filter((r) => r.period === '2026-Q4' && r.period_end !== '2026-12-31');
    expect(q4).toHaveLength(1);
    const first = q4[0]!;
    expect([first.period_start, first.period_end]).toEqual(['2026-10-01', '2026-10-14']);
    expect(String(first.plan_id)).toMatch(/-OLD$/);
    const second = rows.find((r) => r.rep_id === first.rep_id && r.period_start === '2026-10-15');
    expect(second?.plan_id).toBe(String(first.plan_id).replace(/-OLD$/, ''));
    expect(second?.period_end).toBe('2026-12-31');
  });

  it('claws back the deal won in October and lost in November, in November, naming the deal', () => {
    const deals = result.workbook.deals.filter((d) => d.wonDay !== null);
    expect(deals).toHaveLength(1);
    const d = deals[0]!;
    const nov = rows.find((r) => r.rep_id === d.repId && r.period === '2026-11');
    expect(Number(nov?.clawback)).toBeLessThan(0);
    expect(String(nov?.explanation)).toContain(`Clawback ${d.dealId}`);
    // The demo's one flawed Deals row (a won deal without a close date) is the only Deals issue.
    expect(
      result.issues
        .filter((i) => i.tab === 'Deals' || i.tab === 'Commission Plans')
        .map((i) => [i.tab, i.column]),
    ).toEqual([['Deals', 'close_date']]);
  });
});
