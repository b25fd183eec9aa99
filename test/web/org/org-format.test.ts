// The org page's figure words by basis: % for shares, days for streaks, the reach day in words for first-to reps.
import { describe, expect, it } from 'vitest';
import type { OrgContest, OrgContestRep } from '../../../web/src/org/contests';
import { orgFigure, orgRepFigure } from '../../../web/src/org/org-format';

const c = (over: Partial<OrgContest>): OrgContest => ({
  key: 'k',
  name: 'Race',
  kind: 'first_to',
  metric: 'revenue',
  unit: 'money',
  start: '2026-11-01',
  end: '2026-11-30',
  status: 'final',
  basis: 'reached_share',
  teams: [],
  topReps: [],
  notLoaded: [],
  ...over,
});
const rep = (value: number | null, reachedAt: string | null): OrgContestRep => ({
  rank: 1,
  name: 'Priya',
  team: 'A',
  value,
  reachedAt,
  currency: 'USD',
});

describe('org figures by basis', () => {
  it.each([
    ['a first-to team: the share who reached the goal', c({}), 66.7, '66.7%'],
    [
      'a streak team: the mean best streak in days',
      c({ kind: 'streak', unit: 'count', basis: 'streak_days' }),
      9.5,
      '9.5 days',
    ],
  ])('%s', (_what, contest, value, text) => {
    expect(orgFigure(contest, value, 'USD')).toBe(text);
  });

  it.each([
    [
      'a first-to rep who reached it: the day in words',
      rep(null, '2026-11-03T10:00'),
      /^reached the goal 3 Nov 2026$/,
    ],
    [
      'a first-to rep who did not: the amount, not reached',
      rep(49_000, null),
      /49,000.*not reached$/,
    ],
  ])('%s', (_what, r, text) => {
    expect(orgRepFigure(c({}), r)).toMatch(text);
  });
});
