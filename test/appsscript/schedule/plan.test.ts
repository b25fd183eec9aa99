// The recalculation interval follows the measured run time and the account's daily trigger budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BUDGET_SHARE,
  DAILY_TRIGGER_MINUTES,
  planSchedule,
  plannedRunMs,
} from '../../../appsscript/src/schedule/plan';

describe('planSchedule', () => {
  it.each([
    // runMs, account, addon, every, reason
    [null, 'personal', false, 60, 'unmeasured'],
    [10_000, 'personal', false, 5, 'fits'], // 288 × 10 s = 48 min ≤ 72
    [15_000, 'personal', false, 5, 'fits'], // 288 × 15 s = 72 min = 72
    [16_000, 'personal', false, 10, 'fits'], // 288 × 16 s = 76.8 > 72; 144 × 16 s = 38.4
    [40_000, 'personal', false, 15, 'fits'], // 144 × 40 s = 96 > 72; 96 × 40 s = 64
    [60_000, 'personal', false, 30, 'fits'], // 96 min > 72; 48 min
    [120_000, 'personal', false, 60, 'fits'], // 48 × 2 = 96 > 72; 24 × 2 = 48
    [200_000, 'personal', false, 60, 'over-budget'], // 24 × 3.33 = 80 > 72
    [40_000, 'workspace', false, 5, 'fits'], // 288 × 40 s = 192 ≤ 288
    [200_000, 'workspace', false, 30, 'fits'], // 96 × 200 s = 320 > 288; 48 × 200 s = 160
    [10_000, 'personal', true, 60, 'addon-hourly'],
  ] as const)(
    'a %s ms run on a %s account (add-on: %s) runs every %i min (%s)',
    (runMs, account, addon, every, reason) => {
      const p = planSchedule(runMs, account, addon);
      expect(p.everyMinutes).toBe(every);
      expect(p.reason).toBe(reason);
      expect(p.budgetMinutes).toBe(DAILY_TRIGGER_MINUTES[account]);
    },
  );

  it('never plans a day of runs over the budget share when an interval fits', () => {
    for (let runMs = 1000; runMs <= 180_000; runMs += 1000) {
      const p = planSchedule(runMs, 'personal', false);
      if (p.reason === 'fits')
        expect((p.runsPerDay * runMs) / 60_000).toBeLessThanOrEqual(BUDGET_SHARE * p.budgetMinutes);
    }
  });

  it('never plans a run longer than half its interval', () => {
    const p = planSchedule(200_000, 'workspace', false);
    expect(p.runMs!).toBeLessThanOrEqual((p.everyMinutes * 60_000) / 2);
  });

  it('reports the trigger minutes a day at the chosen interval, rounded up', () => {
    expect(planSchedule(40_000, 'personal', false)).toMatchObject({
      runsPerDay: 96,
      minutesPerDay: 64,
    });
  });
});

describe('plannedRunMs', () => {
  it('plans for the slowest recent run, or none before any', () => {
    expect(plannedRunMs([])).toBeNull();
    expect(plannedRunMs([20_000, 35_000, 30_000])).toBe(35_000);
  });
});

describe('docs/addon.md', () => {
  it('the interval table agrees with planSchedule, row by row', () => {
    const doc = readFileSync(join(import.meta.dirname, '../../../docs/addon.md'), 'utf8');
    const rows = [...doc.matchAll(/^\| (\d+) (s|min) \| (.+?) \| (.+?) \|$/gm)];
    expect(rows.length).toBeGreaterThanOrEqual(4);
    const words = (runMs: number, account: 'personal' | 'workspace') => {
      const p = planSchedule(runMs, account, false);
      const every = p.everyMinutes === 60 ? 'hourly' : `every ${p.everyMinutes} minutes`;
      return `${every} (${p.minutesPerDay} min/day)`;
    };
    for (const [, n, unit, personal, workspace] of rows) {
      const runMs = Number(n) * (unit === 's' ? 1000 : 60_000);
      expect(personal).toBe(words(runMs, 'personal'));
      expect(workspace).toBe(words(runMs, 'workspace'));
    }
  });
});
