// "Me" in a contest: my standing or my team's, the gap to the next rank in the contest's unit, and the gap to its goal.
import { describe, expect, it } from 'vitest';
import { aheadText } from '../../web/src/me-facts';
import { meInContest } from '../../web/src/me-contest';
import { modelWithContests } from './helpers';

const { index, fmt } = modelWithContests((base) => [
  {
    ...base,
    id: 'c-first',
    kind: 'first_to',
    goal: 50000,
    standings: [
      { ...base.standings[0]!, rank: 1, repId: 'r1', value: 50500, finishedAt: '2026-11-03' },
      { ...base.standings[0]!, rank: 2, repId: 'r5', value: 52000, finishedAt: '2026-11-05' },
      { ...base.standings[0]!, rank: 3, repId: 'r3', value: 30500, finishedAt: null },
    ],
  },
  {
    ...base,
    id: 'c-streak',
    kind: 'streak',
    metric: 'calls',
    unit: 'count',
    goal: 25,
    standings: [
      { ...base.standings[0]!, rank: 1, repId: 'r1', value: 6 },
      { ...base.standings[0]!, rank: 2, repId: 'r2', value: 4 },
    ],
  },
]);
const contest = (id: string) => index.contests.get(id)!;

describe('meInContest', () => {
  it.each([
    // contest, rep, rank, of, the line under the standings, the goal line, the team row
    ['c-nov', 'r1', 2, 4, '€3,900 behind #1 Eve Martin', null, null],
    ['c-nov', 'r5', 1, 4, 'You lead', null, null],
    // The rank above holds less (a tie-break or a hidden rule): named, with no negative gap.
    ['c-nov', 'r3', 4, 4, 'Next: #3 Anonymous rep', null, null],
    ['c-teams', 'r1', 1, 2, 'You lead', '2,900 points to the goal', 'North'],
    ['c-teams', 'r3', 2, 2, '450 points behind #1 North', '3,350 points to the goal', 'South'],
    [
      'c-oct',
      'r5',
      2,
      2,
      '18 percentage points behind #1 <img src=x onerror="window.__pwned=2">Cleo Park',
      null,
      null,
    ],
    // First-to: a finisher ahead has no "gap" (they got there first); the goal line says when.
    ['c-first', 'r5', 2, 3, 'Next: #1 Ada Lovelace', 'Reached the goal 5 Nov 2026', null],
    ['c-first', 'r3', 3, 3, 'Next: #2 Eve Martin', '€19,500 to the goal', null],
    // A streak's goal is a daily bar, not a distance; the gap is in days.
    ['c-streak', 'r2', 2, 2, '2 days behind #1 Ada Lovelace', null, null],
  ] as const)('%s, %s: #%i of %i, "%s", goal "%s"', (id, rep, rank, of, line, goal, team) => {
    const me = meInContest(index, fmt, contest(id), rep)!;
    expect([me.rank, me.of]).toEqual([rank, of]);
    expect(aheadText(me)).toBe(line);
    expect(me.targetText).toBe(goal);
    expect(me.team).toBe(team);
  });

  it.each([
    ['c-nov', 'r2', 'not in the standings'],
    ['c-dec', 'r3', 'upcoming: no standings yet'],
    ['c-streak', 'r5', 'not in the standings'],
  ])('%s, %s: none (%s)', (id, rep) => {
    expect(meInContest(index, fmt, contest(id), rep)).toBeNull();
  });

  it('points at my row for "find me" and the standings around it', () => {
    const me = meInContest(index, fmt, contest('c-nov'), 'r3')!;
    expect(me.position).toBe(3);
    expect(me.around).toEqual({ from: 1, to: 4 });
  });
});
