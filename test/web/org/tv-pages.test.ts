// The org wall's playlist: which pages rotate, the top rows each shows (never the bottom, never a team without a figure), and the stale notice.
import { describe, expect, it } from 'vitest';
import type { OrgContest } from '../../../web/src/org/contests';
import type { League, LeagueRow } from '../../../web/src/org/league';
import { orgTvPages, readOrgSlides, staleNotice, topRanked } from '../../../web/src/org/tv-pages';

function row(team: string, rank: number | null, status: LeagueRow['status'] = 'fresh'): LeagueRow {
  return {
    rank,
    team,
    status,
    note: status === 'fresh' ? null : `${team} note`,
    reps: rank === null ? null : 10,
    attainmentPct: rank === null ? null : 100 - rank,
    revenuePerRep: null,
    currency: null,
  };
}

const league = (rows: LeagueRow[], topReps = 1): League => ({
  period: 'month',
  rows,
  topReps: Array.from({ length: topReps }, (_, i) => ({
    rank: i + 1,
    team: 'A',
    name: `Rep ${i}`,
    attainmentPct: 90,
  })),
  contests: [],
});

const contest = (key: string, status: 'live' | 'final') =>
  ({ key, name: key, status }) as unknown as OrgContest;

describe('orgTvPages', () => {
  it.each([
    [
      'all fresh: league, top reps, each live contest',
      league([row('A', 1)]),
      [contest('c1', 'live'), contest('c2', 'live')],
      ['league', 'top_reps', 'contest:c1', 'contest:c2'],
    ],
    [
      'a finished contest is not on the wall',
      league([row('A', 1)]),
      [contest('c1', 'final')],
      ['league', 'top_reps'],
    ],
    [
      'a stale team adds the notice page',
      league([row('A', 1), row('B', 2, 'stale')]),
      [],
      ['league', 'top_reps', 'stale'],
    ],
    [
      'an unreachable team adds the notice page',
      league([row('A', 1), row('Gone', null, 'unreachable')]),
      [],
      ['league', 'top_reps', 'stale'],
    ],
    ['no rep with a target: no top reps page', league([row('A', 1)], 0), [], ['league']],
  ])('%s', (_what, l, contests, expected) => {
    expect(
      orgTvPages(l, contests).map((p) => (p.slide === 'contest' ? `contest:${p.key}` : p.slide)),
    ).toEqual(expected);
  });
});

describe('orgTvPages with slides= chosen', () => {
  const l = league([row('A', 1), row('B', 2, 'stale')]);
  it.each([
    ['?slides=contests,league', ['contest:c1', 'league']],
    ['?slides=stale', ['stale']],
    ['?slides=nonsense', ['league', 'top_reps', 'contest:c1', 'stale']],
    ['', ['league', 'top_reps', 'contest:c1', 'stale']],
  ])('%s', (search, expected) => {
    expect(
      orgTvPages(l, [contest('c1', 'live')], readOrgSlides(search)).map((p) =>
        p.slide === 'contest' ? `contest:${p.key}` : p.slide,
      ),
    ).toEqual(expected);
  });

  it('a wall whose chosen slides have nothing to show shows the league', () => {
    expect(orgTvPages(league([row('A', 1)]), [], ['contests'])).toEqual([{ slide: 'league' }]);
  });
});

describe('topRanked', () => {
  const ranks = (rs: (number | null)[]) => rs.map((r, i) => ({ rank: r, id: i }));
  it.each([
    ['the first rows only', [1, 2, 3, 4], 2, 4, [1, 2]],
    ['a team without a figure is never on the wall', [1, null, 2], 5, 5, [1, 2]],
    ['a tie at the cut is kept whole', [1, 2, 2, 2, 5], 2, 4, [1, 2, 2, 2]],
    ['a tie too long is left out whole', [1, 2, 2, 2, 5], 2, 3, [1]],
    ['nothing ranked, nothing shown', [null, null], 3, 3, []],
  ])('%s', (_what, input, limit, max, expected) => {
    expect(topRanked(ranks(input), limit, max).map((r) => r.rank)).toEqual(expected);
  });
});

describe('staleNotice', () => {
  it('lists stale teams with their note and the teams not loaded, fresh ones not at all', () => {
    const n = staleNotice(
      league([row('A', 1), row('B', 2, 'stale'), row('Gone', null, 'unreachable')]),
    );
    expect(n).toEqual({ stale: [{ team: 'B', note: 'B note' }], notLoaded: ['Gone'] });
  });
});
