// How many ranks the TV shows: the team's tvTopN, kept between 1 and what a wall can show legibly.
import { describe, expect, it } from 'vitest';
import { TV_MAX_ROWS, tvTopN } from '../../../web/src/tv/slides';

describe('tvTopN', () => {
  it.each([
    [10, 10],
    [1, 1],
    [0, 1],
    [-3, 1],
    [7.9, 7],
    [TV_MAX_ROWS, TV_MAX_ROWS],
    [TV_MAX_ROWS + 1, TV_MAX_ROWS],
    [500, TV_MAX_ROWS],
    [Number.NaN, 10],
  ])('a setting of %d shows %d rows', (setting, rows) => {
    expect(tvTopN(setting)).toBe(rows);
  });

  it('caps at 15, which still fits the 1080p wall (checked in e2e/tv.test.ts)', () => {
    expect(TV_MAX_ROWS).toBe(15);
  });
});
