// A rep's private page facts from the demo: only the parts Settings turns on, own figures only, same cents as Commissions.
import { describe, expect, it } from 'vitest';
import { generateDemoWorkbook } from '../../../shared/demo';
import { runEngine } from '../../../shared/engine';
import {
  privateBundle,
  privateInputOf,
  privateRepIds,
  validateBundle,
} from '../../../shared/private';
import type { WorkbookGrids } from '../../../shared/workbook';

const options = {
  now: new Date('2026-11-26T15:00:00Z'),
  defaultTimeZone: 'UTC',
  asOf: '2026-11-26',
};

function withSetting(setting: string, value: string): WorkbookGrids {
  const grids = generateDemoWorkbook({ seed: 7, asOf: '2026-11-26' });
  return { ...grids, Settings: [...(grids.Settings ?? [['setting', 'value']]), [setting, value]] };
}

describe('privateBundle', () => {
  const all = runEngine(withSetting('private_pages', 'all'), options);
  const input = privateInputOf(all);
  const reps = privateRepIds(input);

  it('gives every active rep a page when a part is on, and none by default', () => {
    expect(reps).toEqual(all.workbook.reps.filter((r) => r.active).map((r) => r.repId));
    const off = runEngine(generateDemoWorkbook({ seed: 7, asOf: '2026-11-26' }), options);
    expect(off.settings.privatePages).toEqual([]);
    expect(privateRepIds(privateInputOf(off))).toEqual([]);
  });

  it('reads a misspelt part as none (fails closed) and says so in Issues', () => {
    const bad = runEngine(withSetting('private_pages', 'target, salary'), options);
    expect(bad.settings.privatePages).toEqual([]);
    expect(bad.issues.some((i) => i.tab === 'Settings' && /salary/.test(i.problem))).toBe(true);
  });

  it.each([
    ['target', ['target']],
    ['statement, tier', ['tier', 'statement']],
    ['action-plan coaching', ['coaching', 'actionPlan']],
  ] as const)('with private_pages = %j shows only %j', (value, shown) => {
    const r = runEngine(withSetting('private_pages', value), options);
    const b = privateBundle(privateInputOf(r), reps[0] as string);
    const parts = ['target', 'tier', 'statement', 'coaching', 'training', 'actionPlan'] as const;
    expect(parts.filter((p) => b[p] !== null)).toEqual(shown);
  });

  it('validates against the page schema for every rep', () => {
    for (const id of reps) expect(validateBundle(privateBundle(input, id)), id).not.toBeNull();
  });

  it("names nobody but the rep: no other rep's name or id appears", () => {
    for (const id of reps) {
      const text = JSON.stringify(privateBundle(input, id));
      for (const other of all.workbook.reps) {
        if (other.repId === id) continue;
        expect(text.includes(`"${other.repId}"`), `${id} names ${other.repId}`).toBe(false);
        expect(text.includes(other.name), `${id} names ${other.name}`).toBe(false);
      }
    }
  });

  it('shows each statement period with the Commissions tab total and explanation, to the cent', () => {
    const tab = all.tables.find((t) => t.tab === 'Commissions');
    const col = (name: string) => tab?.header.indexOf(name) ?? -1;
    let compared = 0;
    for (const id of reps) {
      const rows = tab?.rows.filter((r) => r[col('rep_id')] === id) ?? [];
      const periods = privateBundle(input, id).statement?.periods ?? [];
      expect(periods.map((p) => p.status)).toEqual(rows.map((r) => r[col('status')]));
      periods.forEach((p, i) => {
        const row = rows[i] ?? [];
        expect(p.total).toBe(row[col('total')]);
        expect(p.explanation).toBe(row[col('explanation')]);
        expect(p.lines.find((l) => l.item === 'Total')?.amount).toBe(row[col('total')]);
        expect(p.lines.find((l) => l.item === 'Base')?.amount).toBe(row[col('base')]);
        compared++;
      });
    }
    expect(compared).toBeGreaterThan(reps.length);
  });

  it("gives the what-if as the engine's figure for the private_what_if_amount", () => {
    const id = reps[0] as string;
    const w = all.model.incentives.whatIf(id, 20_000);
    const shown = privateBundle(input, id).statement?.whatIf;
    expect(shown?.delta).toBe(w.delta);
    expect(shown?.text).toMatch(/^One more \$20,000(\.00)? deal this period pays/);
  });

  it('lists only open action plans, with their steps, check-ins and end date', () => {
    const open = all.model.toolkit.plans.filter((p) => p.status === 'open');
    expect(open.length).toBeGreaterThan(0);
    for (const p of open) {
      const shown = privateBundle(input, p.repId).actionPlan ?? [];
      const plan = shown.find((x) => x.planId === p.planId);
      expect(plan?.checkIns.length).toBe(p.checkIns.length);
      expect(plan?.ends).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(plan?.steps.length).toBeGreaterThan(0);
    }
  });
});
