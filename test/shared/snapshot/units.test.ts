// Specs for snapshot units: one unit per leaderboard lens, so the site formats every value of a board alike.
import { describe, expect, it } from 'vitest';
import { LensSchema } from '../../../shared/snapshot/schema';
import { lensUnit } from '../../../shared/snapshot/units';

describe('lensUnit', () => {
  it.each([
    ['revenue', 'money'],
    ['attainment', 'percent'],
    ['activity_points', 'points'],
    ['improvement', 'pct_points'],
  ] as const)('%s is measured in %s', (lens, unit) => {
    expect(lensUnit(lens)).toBe(unit);
  });

  it('covers every lens of the snapshot', () => {
    expect(LensSchema.options.map((l) => typeof lensUnit(l))).toEqual(
      LensSchema.options.map(() => 'string'),
    );
  });
});
