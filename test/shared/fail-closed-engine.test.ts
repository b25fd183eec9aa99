// Issue 11 attacks through the whole engine: hostile keys and values give right numbers and a valid snapshot.
import { describe, expect, it } from 'vitest';
import { runEngine } from '../../shared/engine';
import { validateSnapshot } from '../../shared/snapshot/validate';
import type { Cell, WorkbookGrids } from '../../shared/workbook';

const options = {
  now: new Date('2026-11-26T15:00:00Z'),
  defaultTimeZone: 'UTC',
  asOf: '2026-11-26',
};
const REPS: Cell[][] = [
  ['rep_id', 'name'],
  ['r1', 'Ada'],
  ['r2', 'Bo'],
];

describe('keys from the data never touch object prototypes', () => {
  // Each type gets 3 activities for r1 and 2 for r2; unlisted types weigh 1.
  it.each(['constructor', '__proto__', 'prototype', 'hasownproperty', 'tostring', 'call'])(
    'an activity type named %s counts like any other',
    (type) => {
      const grids: WorkbookGrids = {
        Reps: REPS,
        Activities: [
          ['date', 'rep_id', 'type', 'count'],
          ['2026-11-24', 'r1', type, 3],
          ['2026-11-24', 'r2', type, 2],
        ],
      };
      const result = runEngine(grids, options);
      const month = result.model.scorecard.filter((e) => e.kind === 'month');
      const points = Object.fromEntries(month.map((e) => [e.rep.repId, e.metrics.activityPoints]));
      expect(points).toEqual({ r1: 3, r2: 2 });
      expect(month.map((e) => e.metrics.activities[type])).toEqual([3, 2]);
      const board = result.model.leaderboards.find(
        (b) => b.lens === 'activity_points' && b.periodKind === 'month',
      );
      expect(board?.entries.map((e) => [e.repId, e.rank, e.value])).toEqual([
        ['r1', 1, 3],
        ['r2', 2, 2],
      ]);
      expect(() => validateSnapshot(JSON.parse(JSON.stringify(result.snapshot)))).not.toThrow();
    },
  );
});
