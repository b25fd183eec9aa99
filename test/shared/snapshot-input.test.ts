// The snapshot's periods carry the pace as a fact of the as-of day (working days), never of a viewer's clock.
import { describe, expect, it } from 'vitest';
import { generateDemoWorkbook } from '../../shared/demo';
import { runEngine } from '../../shared/engine';

// Thursday 26 November 2026: the demo calendar works Monday to Friday and that day is a holiday
// (Thanksgiving), so it counts neither as elapsed nor in the period.
const grids = generateDemoWorkbook({ seed: 7, asOf: '2026-11-26' });
const { snapshot } = runEngine(grids, {
  now: new Date('2026-11-26T15:00:00Z'),
  defaultTimeZone: 'UTC',
  asOf: '2026-11-26',
});

describe('snapshot periods: pace', () => {
  it.each([
    // kind, working days elapsed (the as-of day counts), working days in the period
    ['week', 3, 4],
    ['month', 18, 20],
  ] as const)(
    'the %s shows %i of %i working days and their share as the pace',
    (kind, elapsed, days) => {
      const period = snapshot.periods.find((p) => p.kind === kind);
      expect(period?.pace).toEqual({
        pct: Math.round((elapsed / days) * 1000) / 10,
        workingDaysElapsed: elapsed,
        workingDays: days,
      });
    },
  );

  it('gives every period a pace between 0 and 100', () => {
    for (const p of snapshot.periods) {
      expect(p.pace?.pct).toBeGreaterThan(0);
      expect(p.pace?.pct).toBeLessThanOrEqual(100);
    }
  });
});
