// Hash routes: parse what users share, and produce links that parse back to the same route.
import { describe, expect, it } from 'vitest';
import { type Route, hrefFor, parseHash } from '../../web/src/router';

describe('parseHash', () => {
  it.each<[string, Route]>([
    ['', { view: 'leaderboard', period: null, lens: null }],
    ['#/', { view: 'leaderboard', period: null, lens: null }],
    [
      '#/leaderboard?period=week&lens=attainment',
      { view: 'leaderboard', period: 'week', lens: 'attainment' },
    ],
    ['#/leaderboard?period=decade&lens=vibes', { view: 'leaderboard', period: null, lens: null }],
    ['#/contests', { view: 'contests' }],
    ['#/contests/c-nov', { view: 'contest', id: 'c-nov' }],
    ['#/reps/r%201', { view: 'rep', id: 'r 1' }],
    ['#/reps/%E0%A4%A', { view: 'rep', id: '%E0%A4%A' }],
    ['#/badges', { view: 'badges' }],
    ['#/recognition', { view: 'recognition' }],
    ['#/reps', { view: 'not-found', path: 'reps' }],
    ['#/nope/a/b', { view: 'not-found', path: 'nope/a/b' }],
  ])('%s', (hash, route) => {
    expect(parseHash(hash)).toEqual(route);
  });

  it.each<Route>([
    { view: 'leaderboard', period: 'quarter', lens: 'improvement' },
    { view: 'contest', id: 'a/b?c' },
    { view: 'rep', id: 'rep #7' },
    { view: 'badges' },
  ])('hrefFor(%o) round-trips', (route) => {
    expect(parseHash(hrefFor(route))).toEqual(route);
  });
});
