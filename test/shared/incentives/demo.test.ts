// Specs on the demo workbook: every payout's arithmetic checks out from its own explanation, and nothing about pay is published.
import { describe, expect, it } from 'vitest';
import { statementTable } from '../../../shared/incentives';
import { DEMO_TIME_ZONE, generateDemoWorkbook } from '../../../shared/demo';
import { runEngine } from '../../../shared/engine';
import { parseIsoDay } from '../../../shared/time/day';
import type { Cell, WorkbookGrids } from '../../../shared/workbook';

const asOf = '2026-11-26';
const run = (grids: WorkbookGrids) =>
  runEngine(grids, { now: new Date(`${asOf}T12:00:00Z`), defaultTimeZone: DEMO_TIME_ZONE, asOf });
const num = (s: string) => Number(s.replace(/,/g, ''));
const r2 = (x: number) => Math.round(x * 100) / 100;

describe('demo workbook commissions', () => {
  const result = run(generateDemoWorkbook({ seed: 1, asOf }));
  const table = result.tables.find((t) => t.tab === 'Commissions')!;
  const rows = table.rows.map((row) => Object.fromEntries(table.header.map((h, i) => [h, row[i]])));

  it('has payouts to check', () => {
    expect(rows.length).toBeGreaterThan(10);
  });

  it('every explanation’s arithmetic can be redone by hand and adds up to the total', () => {
    for (const r of rows) {
      const text = String(r.explanation);
      let base = 0;
      for (const m of text.matchAll(
        /Base (\d+(?:\.\d+)?)% × \$([\d,]+(?:\.\d+)?) = \$([\d,]+(?:\.\d+)?)/g,
      )) {
        expect(r2((num(m[1]!) * num(m[2]!)) / 100), text).toBe(num(m[3]!));
        base += num(m[3]!);
      }
      let tier = 0;
      for (const m of text.matchAll(
        /(\d+(?:\.\d+)?) × (\d+(?:\.\d+)?)% × \$([\d,]+(?:\.\d+)?) = \$([\d,]+(?:\.\d+)?)/g,
      )) {
        expect(r2((num(m[1]!) * num(m[2]!) * num(m[3]!)) / 100), text).toBe(num(m[4]!));
        tier += num(m[4]!);
      }
      expect([r2(base), r2(tier)]).toEqual([r.base, r.tier_uplift]);
      const head =
        /: \$([\d,]+(?:\.\d+)?) won = (\d+(?:\.\d+)?)% of \$([\d,]+(?:\.\d+)?)(?: \(target prorated by working days\))?\./.exec(
          text,
        );
      if (head) {
        expect(num(head[1]!)).toBe(r.revenue);
        expect(num(head[3]!)).toBe(r.target);
        expect(Math.round((num(head[1]!) / num(head[3]!)) * 1000) / 10).toBe(num(head[2]!));
      }
      const n = (k: string) => Number(r[k]);
      const total = r2(
        n('base') +
          n('tier_uplift') +
          n('spiff') +
          n('clawback') -
          n('capped_by') +
          n('draw_paid') -
          n('draw_recovered'),
      );
      expect(total, text).toBe(r.total);
      expect(text).toContain(
        `Total $${String(Number(r.total).toLocaleString('en-US', { minimumFractionDigits: Number.isInteger(r.total) ? 0 : 2 }))}.`,
      );
    }
  });

  it('the statement lists deals whose amounts add up to the revenue', () => {
    for (const r of rows) {
      const s = result.model.incentives.statement(
        String(r.rep_id),
        parseIsoDay(String(r.period_start))!,
      );
      const deals = statementTable(s!, 'USD').rows.filter((row) =>
        String(row[0]).startsWith('Deal '),
      );
      expect(r2(deals.reduce((a, row) => a + Number(row[2]), 0))).toBe(r.revenue);
    }
  });
});

describe('commission privacy: planted plan values never reach the snapshot', () => {
  it('plan ids, rates, tiers, caps, draws and payouts stay in the sheet', () => {
    const grids = generateDemoWorkbook({ seed: 1, asOf });
    const plans = grids['Commission Plans']!;
    const header = (plans[0] ?? []).map(String);
    const col = (h: string) => header.indexOf(h);
    const planted = plans.map((row, i): readonly Cell[] => {
      if (i === 0) return row;
      const copy = [...row];
      copy[col('plan_id')] = `QZPLAN${i}`;
      copy[col('base_rate')] = 7.3719;
      copy[col('tiers')] = '100:1.9137, 125:2.4813';
      copy[col('cap')] = 98765.43;
      copy[col('draw')] = 4321.98;
      return copy;
    });
    const result = run({ ...grids, 'Commission Plans': planted });
    const table = result.tables.find((t) => t.tab === 'Commissions')!;
    const cells = table.rows.flat().map(String);
    // The planted values are live: they drive the Commissions tab...
    expect(cells.some((c) => c.startsWith('QZPLAN'))).toBe(true);
    expect(cells.some((c) => c.includes('7.3719%'))).toBe(true);
    // ...and none of them, nor any payout figure, is in the published snapshot.
    const json = JSON.stringify(result.snapshot);
    for (const secret of [
      'QZPLAN',
      '7.3719',
      '1.9137',
      '2.4813',
      '98765',
      '4321.98',
      'Commission',
      'commission',
    ]) {
      expect(json.includes(secret), secret).toBe(false);
    }
    const totals = table.rows
      .map((row) => row[table.header.indexOf('total')])
      .filter((t) => typeof t === 'number' && !Number.isInteger(t));
    expect(totals.length).toBeGreaterThan(0);
    for (const t of totals) expect(json.includes(String(t)), String(t)).toBe(false);
  });
});
