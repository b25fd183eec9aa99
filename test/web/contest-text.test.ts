// Contest names on the site: teams in team contests, anonymous participants anonymous everywhere else.
import { describe, expect, it } from 'vitest';
import type { Standing } from '../../shared/snapshot';
import {
  contestTopStandings,
  contestValue,
  goalText,
  participantName,
  participantTeam,
  seriesName,
  showsStandings,
  reachedText,
  standingValue,
  statusLine,
  withheldText,
} from '../../web/src/contest-text';
import { modelWithContests, sampleModel, streakContest, upcomingContest } from './helpers';

const { index } = sampleModel();
const individual = index.contests.get('c-nov')!;
const teams = index.contests.get('c-teams')!;

function standing(over: Partial<Standing>): Standing {
  return {
    rank: 1,
    repId: null,
    team: null,
    value: 1,
    progressPct: null,
    finishedAt: null,
    explanation: '',
    ...over,
  };
}

describe('participantName', () => {
  it.each([
    ['an individual contest, anonymous, no team', individual, standing({}), 'Anonymous rep'],
    // An older snapshot still sent the team: it must not be shown, it narrows down who it is.
    [
      'an individual contest, anonymous, team sent',
      individual,
      standing({ team: 'North' }),
      'Anonymous rep',
    ],
    [
      'an individual contest, a named rep',
      individual,
      standing({ repId: 'r5', team: 'North' }),
      'Eve Martin',
    ],
    ['a team contest', teams, standing({ team: 'South' }), 'South'],
  ])('in %s reads %j', (_case, contest, s, name) => {
    expect(participantName(index, contest, s)).toBe(name);
  });
});

describe('participantTeam', () => {
  it('is blank for an anonymous participant and the team for a named one', () => {
    expect(participantTeam(standing({ team: 'North' }))).toBe('');
    expect(participantTeam(standing({ repId: 'r5', team: 'North' }))).toBe('North');
  });
});

describe('seriesName', () => {
  it.each([
    [individual, 'r5', 'Eve Martin'],
    [individual, null, 'Anonymous rep'],
    [teams, 'North', 'North'],
  ] as const)('labels a race line', (contest, key, name) => {
    expect(seriesName(index, contest, key)).toBe(name);
  });
});

describe('streak contests', () => {
  const { index: idx, fmt } = modelWithContests((base) => [streakContest(base)]);
  const streak = idx.contests.get('c-streak')!;

  it('describe the goal as the daily bar, not a total', () => {
    expect(goalText(fmt, streak)).toBe('25+ calls a day');
  });

  it.each([
    [14, '14 days'],
    [1, '1 day'],
    [0, '0 days'],
  ])('read a value of %d as %j', (value, text) => {
    expect(contestValue(fmt, streak, value)).toBe(text);
  });

  it('give standings a days unit', () => {
    expect(standingValue(fmt, streak, streak.standings[1]!)).toBe('2 days');
  });

  it('leave other kinds in their own unit, with "goal" before a total', () => {
    const first = { ...streak, kind: 'first_to' as const, unit: 'money' as const, goal: 30000 };
    expect(goalText(fmt, first)).toBe('goal €30,000');
    expect(contestValue(fmt, first, 14)).toBe('€14');
    expect(goalText(fmt, { ...first, goal: null })).toBeNull();
  });
});

describe('statusLine agrees with the calendar', () => {
  const { index: idx, fmt } = sampleModel();
  const live = idx.contests.get('c-nov')!; // Nov 1–30, live in the data
  const upcoming = idx.contests.get('c-dec')!; // Dec 1–31, upcoming in the data
  // Noon in Berlin (the sample's zone) on the given day.
  const at = (day: string) => Date.parse(`${day}T11:00:00Z`);
  it.each([
    [live, '2026-11-20', 'Live · 10 days left · ends 30 Nov 2026'],
    [live, '2026-11-30', 'Live · 12 h left · ends 30 Nov 2026'],
    // The data still says live after the last day: no "Live · ended".
    [live, '2026-12-06', 'Ended 30 Nov 2026 · the final result comes with the next data'],
    [upcoming, '2026-11-20', 'Upcoming · starts in 11 days · 1 Dec 2026 to 31 Dec 2026'],
    [upcoming, '2026-12-01', 'Upcoming · starts today · 1 Dec 2026 to 31 Dec 2026'],
    // The data still says upcoming after the first day: no "starts today" five days late.
    [upcoming, '2026-12-06', 'Started 1 Dec 2026 · standings come with the next data'],
  ] as const)('%#: on %s', (c, day, line) => {
    expect(statusLine(c, at(day), fmt)).toBe(line);
  });
});

describe('upcoming contests', () => {
  const { index: idx } = modelWithContests((base) => [upcomingContest(base)]);
  const blitz = idx.contests.get('c-blitz')!;

  it('show no standings, even when the engine sent everyone at 0', () => {
    expect(blitz.standings).toHaveLength(3);
    expect(showsStandings(blitz)).toBe(false);
    expect(contestTopStandings(blitz, null, 3)).toEqual([]);
  });

  it('live and final contests with standings show them', () => {
    expect(showsStandings(individual)).toBe(true);
    expect(showsStandings(index.contests.get('c-oct')!)).toBe(true);
    expect(showsStandings({ ...individual, standings: [] })).toBe(false);
  });
});

describe('first-to standings say when the goal was reached, in words', () => {
  const { index: idx, fmt } = modelWithContests((base) => [streakContest(base)]);
  const first = {
    ...idx.contests.get('c-streak')!,
    kind: 'first_to' as const,
    unit: 'money' as const,
    goal: 30000,
  };
  const finisher = (finishedAt: string | null, value: number) => standing({ finishedAt, value });
  it.each([
    ['a day without a clock time', '2026-11-03T00:00', 48000, 'Reached the goal 3 Nov 2026'],
    [
      'a clock time when the data has one',
      '2026-11-09T14:30',
      47550,
      'Reached the goal 9 Nov 2026, 14:30',
    ],
    ['not finished: the value', null, 12000, '€12,000'],
  ])('%s', (_name, finishedAt, value, text) => {
    expect(standingValue(fmt, first, finisher(finishedAt, value))).toBe(text);
  });

  it('never shows the raw ISO moment', () => {
    expect(reachedText(fmt, '2026-11-03T00:00')).not.toContain('T00');
  });
});

describe('withheldText', () => {
  it.each([
    [undefined, null],
    [[], null],
    [
      ['North'],
      "North's total is not published (it includes reps who are not listed publicly), so no team is ranked here.",
    ],
    [
      ['East', 'North'],
      'The totals of East and North are not published (they include reps who are not listed publicly), so no team is ranked here.',
    ],
  ])('for withheld teams %j says %j', (withheldTeams, text) => {
    expect(withheldText({ withheldTeams })).toBe(text);
  });
});
