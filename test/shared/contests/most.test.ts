// Specs for `most` contests: ranking, tie-breaks, shared ranks, status, cut-off, team filter, series.
import { describe, expect, it } from 'vitest';
import { evaluateContest } from '../../../shared/contests';
import { act, contest, context, explain, rep } from './fixtures';

const reps = [
  rep('ann', { name: 'Ann', team: 'East' }),
  rep('bob', { name: 'Bob', team: 'East' }),
  rep('cat', { name: 'Cat', team: 'West' }),
  rep('dan', { name: 'Dan', team: 'West', active: false }),
];
// Ann 3 demos, Bob 5 (last at Nov 4 09:00), Cat 5 (last at Nov 5 09:00): Bob beats Cat on reach time.
const activities = [
  act(2, 'ann', '2026-11-02 09:00'),
  act(3, 'ann', '2026-11-03 09:00', 'demo', 2),
  act(4, 'bob', '2026-11-02 10:00', 'demo', 4),
  act(5, 'bob', '2026-11-04 09:00'),
  act(6, 'cat', '2026-11-03 10:00', 'demo', 3),
  act(7, 'cat', '2026-11-05 09:00', 'demo', 2),
  act(8, 'dan', '2026-11-05 09:00', 'demo', 9),
  act(9, 'ann', '2026-11-20 09:00', 'demo', 7), // after the end
  act(10, 'ann', '2026-11-02 11:00', 'call', 50), // another metric
];

describe('most contest', () => {
  it('ranks by total, then by who reached the final value first; inactive reps are left out', () => {
    const r = evaluateContest(
      contest({ kind: 'most' }),
      context({ reps, activities, asOf: '2026-11-26' }),
    );
    expect(r.status).toBe('final');
    expect(r.standings.map((s) => [s.rank, s.repId, s.value])).toEqual([
      [1, 'bob', 5],
      [2, 'cat', 5],
      [3, 'ann', 3],
    ]);
  });

  it('says when the tie-break decided a rank, and only then', () => {
    const r = evaluateContest(
      contest({ kind: 'most' }),
      context({ reps, activities, asOf: '2026-11-26' }),
    );
    const byRep = new Map(r.standings.map((s) => [s.repId, explain(s)]));
    // Cat has Bob's 5 demos but reached 5 a day later (Nov 5 vs Nov 4): rank 2, and says why.
    expect(byRep.get('cat')).toMatch(/ Tied on the result with rank 1, which reached it first\.$/);
    expect(byRep.get('bob')).not.toContain('Tied');
    expect(byRep.get('ann')).not.toContain('Tied');
  });

  it('adds no tie note to entries that truly share a rank', () => {
    // Ann and Bob both reach 2 demos at the same minute: a true tie, shared rank 1.
    const same = [
      act(2, 'ann', '2026-11-02 09:00', 'demo', 2),
      act(3, 'bob', '2026-11-02 09:00', 'demo', 2),
      act(4, 'cat', '2026-11-03 09:00', 'demo', 1),
    ];
    const r = evaluateContest(
      contest({ kind: 'most' }),
      context({ reps, activities: same, asOf: '2026-11-26' }),
    );
    expect(r.standings.map((s) => s.rank)).toEqual([1, 1, 3]);
    for (const s of r.standings) expect(explain(s)).not.toContain('Tied');
  });

  it('explains the total with the window and the source rows', () => {
    const r = evaluateContest(
      contest({ kind: 'most' }),
      context({ reps, activities, asOf: '2026-11-26' }),
    );
    expect(explain(r.standings.find((s) => s.repId === 'ann')!)).toBe(
      '3 demos from 2 Nov to 13 Nov 2026 (Activities rows 2, 3).',
    );
  });

  it.each([
    ['upcoming', '2026-11-01', [0, 0, 0], [1, 1, 1]],
    ['live', '2026-11-03', [3, 4, 3], [2, 1, 3]], // Ann reached 3 at 09:00, Cat at 10:00,
    ['final', '2026-11-14', [3, 5, 5], [3, 1, 2]],
  ] as const)(
    'is %s on %s and counts only days up to min(asOf, end)',
    (status, asOf, values, ranks) => {
      const r = evaluateContest(contest({ kind: 'most' }), context({ reps, activities, asOf }));
      expect(r.status).toBe(status);
      const byRep = new Map(r.standings.map((s) => [s.repId, s]));
      expect(['ann', 'bob', 'cat'].map((id) => byRep.get(id)!.value)).toEqual(values);
      expect(['ann', 'bob', 'cat'].map((id) => byRep.get(id)!.rank)).toEqual(ranks);
    },
  );

  it('lists participants tied on value and reach time under one rank, by name then id', () => {
    const tied = [
      rep('z1', { name: 'Zed' }),
      rep('a2', { name: 'Amy' }),
      rep('a1', { name: 'Amy' }),
      rep('m', { name: 'Mo' }),
    ];
    const acts = [
      act(2, 'z1', '2026-11-02 09:00'),
      act(3, 'a2', '2026-11-02 09:00'),
      act(4, 'a1', '2026-11-02 09:00'),
      act(5, 'm', '2026-11-02 08:00'),
    ];
    const r = evaluateContest(
      contest({ kind: 'most' }),
      context({ reps: tied, activities: acts, asOf: '2026-11-20' }),
    );
    expect(r.standings.map((s) => [s.rank, s.repId])).toEqual([
      [1, 'm'],
      [2, 'a1'],
      [2, 'a2'],
      [2, 'z1'],
    ]);
  });

  it('limits participants to the contest team', () => {
    const r = evaluateContest(
      contest({ kind: 'most', team: 'West' }),
      context({ reps, activities, asOf: '2026-11-26' }),
    );
    expect(r.standings.map((s) => s.repId)).toEqual(['cat']);
    expect(r.standings[0]!.team).toBe('West');
  });

  it('gives progress relative to the leader without a goal, and toward the goal with one', () => {
    const ctx = context({ reps, activities, asOf: '2026-11-26' });
    const noGoal = evaluateContest(contest({ kind: 'most' }), ctx);
    expect(noGoal.standings.map((s) => s.progressPct)).toEqual([100, 100, 60]);
    const goal = evaluateContest(contest({ kind: 'most', goal: 4 }), ctx);
    expect(goal.standings.map((s) => s.progressPct)).toEqual([100, 100, 75]);
  });

  it('draws a cumulative series per participant for each day up to asOf', () => {
    const r = evaluateContest(
      contest({ kind: 'most' }),
      context({ reps, activities, asOf: '2026-11-05' }),
    );
    const bob = r.series.find((s) => s.key === 'bob')!;
    expect(bob.points.map((p) => p.value)).toEqual([4, 4, 5, 5]);
    expect(bob.points[0]!.day).toBe(r.window.start);
    expect(r.series.map((s) => s.key)).toEqual(r.standings.map((s) => s.repId));
  });

  it('caps the listed source rows at ten and says how many more', () => {
    const many = Array.from({ length: 13 }, (_, i) => act(i + 2, 'ann', '2026-11-02 09:00'));
    const r = evaluateContest(
      contest({ kind: 'most' }),
      context({ reps: [reps[0]!], activities: many, asOf: '2026-11-26' }),
    );
    expect(explain(r.standings[0]!)).toBe(
      '13 demos from 2 Nov to 13 Nov 2026 (Activities rows 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 3 more).',
    );
  });
});

describe('upcoming contest', () => {
  it('says when it starts instead of explaining empty totals', () => {
    const r = evaluateContest(
      contest({ kind: 'first_to', goal: 3 }),
      context({ reps, activities, asOf: '2026-11-01' }),
    );
    expect(r.standings.map((s) => explain(s))).toEqual(
      Array(3).fill('Starts 2 Nov 2026; nothing counted yet.'),
    );
    expect(r.series.every((s) => s.points.length === 0)).toBe(true);
  });
});
