// Which routes load a view chunk on demand: the leaderboard is in the first load, every other view and the wall are not.
import { describe, expect, it } from 'vitest';
import { lazyViewFor } from '../../web/src/lazy-views';
import { parseHash } from '../../web/src/router';

describe('lazyViewFor', () => {
  it.each([
    ['#/leaderboard', false, null],
    ['#/leaderboard?period=week&lens=attainment', false, null],
    ['', false, null],
    ['#/nowhere/at/all', false, null],
    ['#/contests', false, 'contests'],
    ['#/contests/c1', false, 'contest'],
    ['#/badges', false, 'badges'],
    ['#/reps/r1', false, 'rep'],
    ['#/recognition', false, 'recognition'],
    ['#/leaderboard', true, 'tv'],
    ['#/reps/r1', true, 'tv'],
  ] as const)('%s (tv: %s) needs %s', (hash, tv, want) => {
    expect(lazyViewFor(parseHash(hash), tv)).toBe(want);
  });
});
