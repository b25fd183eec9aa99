// Org contests: the same contest in several teams ranked per rep or per target, top reps across teams, each team's privacy kept.
import { describe, expect, it } from 'vitest';
import type { SnapshotContest } from '../../../shared/snapshot';
import type { OrgContestRule } from '../../../web/src/org/config';
import { KIND_BASIS, orgContests } from '../../../web/src/org/contests';
import type { TeamLoad } from '../../../web/src/org/league';
import { makeSnapshot } from '../fixtures/make-snapshot';

interface Row {
  /** null: a private rep, anonymous in the team's standings. */
  readonly rep: number | null;
  readonly value: number | null;
  readonly pct?: number | null;
  /** first_to: when the rep reached the goal (team local time), else absent. */
  readonly at?: string | null;
}

/** One contest of a team: its rows in standings order; reps are the team's published reps by index. */
function contest(rows: readonly Row[], over: Partial<SnapshotContest> = {}): SnapshotContest {
  return {
    id: 'c1',
    name: 'November sprint',
    kind: 'most',
    metric: 'revenue',
    unit: 'money',
    start: '2026-11-01',
    end: '2026-11-30',
    goal: null,
    team: null,
    prize: null,
    description: null,
    status: 'live',
    rulesHash: 'h',
    rules: 'Most revenue.',
    standings: rows.map((r, i) => ({
      rank: i + 1,
      repId: r.rep === null ? null : `rep-${String(r.rep + 1).padStart(4, '0')}`,
      team: null,
      value: r.value,
      progressPct: r.pct ?? null,
      finishedAt: r.at ?? null,
      explanation: 'why',
    })),
    series: [],
    ...over,
  };
}

function team(
  name: string,
  contests: SnapshotContest[],
  opts: { currency?: string; failed?: string } = {},
): TeamLoad {
  const s = makeSnapshot(6, { seed: name.length + 1 });
  s.reps = s.reps.map((r, i) => ({ ...r, name: `${name} rep ${i}` }));
  s.team = { ...s.team, currency: opts.currency ?? 'USD' };
  s.contests = contests;
  return opts.failed
    ? { name, ok: true, snapshot: s, failed: opts.failed }
    : { name, ok: true, snapshot: s };
}

/** The snapshots are generated at 09:00 on 2026-11-20: fresh an hour later. */
const O = { nowMs: Date.parse('2026-11-20T10:00:00Z'), staleAfterMs: 86_400_000 };
const rows = (...values: (number | null)[]) => values.map((value, rep) => ({ rep, value }));

describe('orgContests: which contests are org contests', () => {
  it.each([
    [
      'the same kind, metric and dates in two teams is one org contest',
      [team('A', [contest(rows(10, 20, 30))]), team('B', [contest(rows(5, 5, 5))])],
      1,
    ],
    [
      'a contest only one team runs is not',
      [team('A', [contest(rows(1, 2, 3))]), team('B', [])],
      0,
    ],
    [
      'other dates make another contest',
      [
        team('A', [contest(rows(1, 2, 3))]),
        team('B', [contest(rows(1, 2, 3), { end: '2026-11-29' })]),
      ],
      0,
    ],
    [
      'a team battle (groups inside one sheet) never merges',
      [
        team('A', [contest(rows(1, 2, 3), { kind: 'team' })]),
        team('B', [contest(rows(1, 2, 3), { kind: 'team' })]),
      ],
      0,
    ],
    [
      'an upcoming contest has no standings to merge',
      [
        team('A', [contest([], { status: 'upcoming' })]),
        team('B', [contest([], { status: 'upcoming' })]),
      ],
      0,
    ],
  ])('%s', (_what, loads, count) => {
    expect(orgContests(loads, O)).toHaveLength(count);
  });

  it('is named as most teams name it (ties in text order)', () => {
    const loads = [
      team('A', [contest(rows(1, 2, 3), { name: 'Sprint' })]),
      team('B', [contest(rows(1, 2, 3), { name: 'Big push' })]),
      team('C', [contest(rows(1, 2, 3), { name: 'Sprint' })]),
    ];
    expect(orgContests(loads, O)[0]!.name).toBe('Sprint');
  });

  it('with contests in the config, exactly those, under the config’s name, even in one team', () => {
    const rule: OrgContestRule = {
      name: 'Org November push',
      kind: 'most',
      metric: 'revenue',
      start: '2026-11-01',
      end: '2026-11-30',
    };
    const other = contest(rows(1, 2, 3), { id: 'c2', metric: 'calls', unit: 'count' });
    const loads = [team('A', [contest(rows(1, 2, 3)), other]), team('B', [other])];
    expect(orgContests(loads, { ...O, rules: [rule] }).map((c) => c.name)).toEqual([
      'Org November push',
    ]);
  });

  it('lists live contests first, then the latest ending', () => {
    const c = (end: string, status: 'live' | 'final') =>
      contest(rows(1, 2, 3), { id: end, name: end, end, status });
    const all = [c('2026-10-31', 'final'), c('2026-09-30', 'final'), c('2026-11-30', 'live')];
    const loads = [team('A', all), team('B', all)];
    expect(orgContests(loads, O).map((x) => x.name)).toEqual([
      '2026-11-30',
      '2026-10-31',
      '2026-09-30',
    ]);
  });
});

describe('orgContests: teams compared fairly', () => {
  it.each([
    [
      'per rep: a small team with a better average beats a big team with a bigger total',
      [
        team('Big', [contest(rows(50, 40, 30, 20, 10, 10))]),
        team('Small', [contest(rows(40, 40, 40))]),
      ],
      'per_rep',
      [
        ['Small', 1],
        ['Big', 2],
      ],
    ],
    [
      'per target when every team’s contest has a goal: mean % of goal per rep',
      [
        team('A', [
          contest(
            [10, 20, 30].map((v, rep) => ({ rep, value: v, pct: v })),
            { goal: 100 },
          ),
        ]),
        team('B', [
          contest(
            [900, 900, 900].map((v, rep) => ({ rep, value: v, pct: 45 })),
            { goal: 2000 },
          ),
        ]),
      ],
      'per_target',
      [
        ['B', 1],
        ['A', 2],
      ],
    ],
    [
      'equal figures share a rank, listed by name',
      [team('B', [contest(rows(5, 5, 5))]), team('A', [contest(rows(5, 5, 5))])],
      'per_rep',
      [
        ['A', 1],
        ['B', 1],
      ],
    ],
  ])('%s', (_what, loads, basis, expected) => {
    const [c] = orgContests(loads, O);
    expect(c!.basis).toBe(basis);
    expect(c!.teams.map((t) => [t.team, t.rank])).toEqual(expected);
  });

  it.each([
    [
      'fewer than three taking part: listed with no figure, so no one is singled out',
      team('Tiny', [contest(rows(1000, 900))]),
      /Fewer than 3/,
    ],
    [
      'money hidden by the team (amounts not published): listed with no figure, never zero',
      team('Quiet', [contest(rows(null, null, null))]),
      /does not publish amounts/,
    ],
    [
      'money in another currency than most teams: not compared',
      team('Euro', [contest(rows(9, 9, 9))], { currency: 'EUR' }),
      /Counts in EUR, not USD/,
    ],
  ])('%s', (_what, odd, note) => {
    const loads = [team('A', [contest(rows(1, 2, 3))]), team('B', [contest(rows(1, 2, 3))]), odd];
    const row = orgContests(loads, O)[0]!.teams.find((t) => t.team === odd.name)!;
    expect(row.rank).toBeNull();
    expect(row.note).toMatch(note);
    expect(orgContests(loads, O)[0]!.teams.at(-1)!.team).toBe(odd.name);
  });

  it('a stale team (last good copy, or old data) keeps its figure and is marked stale; an unreachable one is said, not zero', () => {
    const old = team('Old', [contest(rows(0, 0, 1))]);
    if (old.ok) old.snapshot.generatedAt = '2026-11-17T09:00:00.000Z';
    const loads: TeamLoad[] = [
      old,
      team('A', [contest(rows(1, 2, 3))]),
      team('B', [contest(rows(4, 5, 6))], { failed: 'HTTP 500' }),
      { name: 'Gone', ok: false, reason: 'HTTP 404' },
    ];
    const [c] = orgContests(loads, O);
    expect(c!.teams.map((t) => [t.team, t.rank, t.stale])).toEqual([
      ['B', 1, true],
      ['A', 2, false],
      ['Old', 3, true],
    ]);
    expect(c!.notLoaded).toEqual(['Gone']);
  });
});

describe('orgContests: top reps across teams', () => {
  it('ranks the named reps of every team by value and never names a private rep', () => {
    const loads = [
      team('A', [
        contest([
          { rep: null, value: 999 },
          ...rows(50, 10).map((r) => ({ ...r, rep: r.rep + 1 })),
        ]),
      ]),
      team('B', [contest(rows(60, 20, 5))]),
    ];
    const top = orgContests(loads, O)[0]!.topReps;
    expect(top.map((r) => [r.rank, r.name, r.value])).toEqual([
      [1, 'B rep 0', 60],
      [2, 'A rep 1', 50],
      [3, 'B rep 1', 20],
      [4, 'A rep 2', 10],
      [5, 'B rep 2', 5],
    ]);
    // Only allowlisted fields leave the merge: no rep id, no explanation.
    expect(Object.keys(top[0]!).sort()).toEqual([
      'currency',
      'name',
      'rank',
      'reachedAt',
      'team',
      'value',
    ]);
  });

  it('per target, reps are ranked by % of goal; money in another currency is left out per rep', () => {
    const goal = (v: number[], g: number) =>
      contest(
        v.map((x, rep) => ({ rep, value: x, pct: (x / g) * 100 })),
        { goal: g },
      );
    const perTarget = orgContests(
      [team('A', [goal([50, 1, 1], 100)]), team('B', [goal([600, 1, 1], 1000)])],
      O,
    );
    expect(perTarget[0]!.topReps.slice(0, 2).map((r) => [r.name, r.value])).toEqual([
      ['B rep 0', 60],
      ['A rep 0', 50],
    ]);
    const mixed = orgContests(
      [
        team('A', [contest(rows(1, 2, 3))]),
        team('B', [contest(rows(1, 2, 3))]),
        team('E', [contest(rows(9, 9, 9))], { currency: 'EUR' }),
      ],
      O,
    );
    expect(mixed[0]!.topReps.every((r) => r.currency === 'USD')).toBe(true);
  });
});

describe('orgContests: each contest kind compared by its own measure', () => {
  const streak = (days: number[], over: Partial<SnapshotContest> = {}) =>
    contest(
      // The team's own progress for a streak is relative to its leader (the goal is a daily bar).
      days.map((value, rep) => ({ rep, value, pct: (value / Math.max(...days)) * 100 })),
      { kind: 'streak', metric: 'calls', unit: 'count', goal: 25, ...over },
    );
  const firstTo = (rs: Row[]) => contest(rs, { kind: 'first_to', goal: 50_000 });
  const reach = (rep: number, value: number | null, at: string | null = null, pct = 100): Row => ({
    rep,
    value,
    at,
    pct,
  });
  it.each([
    [
      'most: per rep when not every team set a goal',
      [team('A', [contest(rows(10, 20, 30))]), team('B', [contest(rows(25, 25, 25))])],
      'per_rep',
      [
        ['B', 1, 25],
        ['A', 2, 20],
      ],
      ['A rep 2', 'B rep 0'],
    ],
    [
      'streak: by the mean best streak in days, not the daily bar (goal) as a target',
      [team('A', [streak([14, 10, 6])]), team('B', [streak([8, 8, 8])])],
      'streak_days',
      [
        ['A', 1, 10],
        ['B', 2, 8],
      ],
      ['A rep 0', 'A rep 1', 'B rep 0'],
    ],
    [
      'first_to: by the share who reached the goal; reps by who reached it first',
      [
        team('A', [
          firstTo([
            reach(0, 51_000, '2026-11-03T10:00'),
            reach(1, 62_500, '2026-11-20T09:00'),
            reach(2, 10_000, null, 20),
          ]),
        ]),
        team('B', [
          firstTo([
            reach(0, 54_000, '2026-11-10T16:30'),
            reach(1, 49_000, null, 98),
            reach(2, 48_000, null, 96),
          ]),
        ]),
      ],
      'reached_share',
      [
        ['A', 1, 66.7],
        ['B', 2, 33.3],
      ],
      ['A rep 0', 'B rep 0', 'A rep 1', 'B rep 1', 'B rep 2', 'A rep 2'],
    ],
  ])('%s', (_what, loads, basis, teams, reps) => {
    const [c] = orgContests(loads, O);
    expect(c!.basis).toBe(basis);
    expect(c!.teams.map((t) => [t.team, t.rank, t.figure])).toEqual(teams);
    expect(c!.topReps.slice(0, reps.length).map((r) => r.name)).toEqual(reps);
  });

  it('every kind has a basis, and only first_to ranks by reaching the goal', () => {
    const g = [{ contest: contest(rows(1, 2, 3), { goal: 10 }) }] as never;
    expect(Object.entries(KIND_BASIS).map(([kind, basis]) => [kind, basis(g)])).toEqual([
      ['most', 'per_target'],
      ['percent_of_target', 'per_target'],
      ['first_to', 'reached_share'],
      ['team', 'per_target'],
      ['streak', 'streak_days'],
      ['improvement', 'per_target'],
    ]);
  });

  it('first_to: a rep who reached the goal is ranked by the time even with amounts hidden; private reps stay unnamed', () => {
    const loads = [
      team('A', [
        firstTo([
          { rep: null, value: null, at: '2026-11-01T08:00' },
          reach(1, null, '2026-11-05T08:00'),
          reach(2, null),
        ]),
      ]),
      team('B', [firstTo([reach(0, 51_000, '2026-11-04T08:00'), reach(1, 1), reach(2, 2)])]),
    ];
    const [c] = orgContests(loads, O);
    expect(c!.teams.map((t) => [t.team, t.rank, t.figure])).toEqual([
      ['A', 1, 66.7],
      ['B', 2, 33.3],
    ]);
    expect(c!.topReps.map((r) => [r.rank, r.name, r.reachedAt])).toEqual([
      [1, 'B rep 0', '2026-11-04T08:00'],
      [2, 'A rep 1', '2026-11-05T08:00'],
      [3, 'B rep 2', null],
      [4, 'B rep 1', null],
    ]);
  });

  it('streak: a team with fewer than three taking part is listed unranked, its reps still named', () => {
    const loads = [
      team('A', [streak([5, 4, 3])]),
      team('B', [streak([2, 2, 2])]),
      team('Tiny', [streak([20, 19])]),
    ];
    const [c] = orgContests(loads, O);
    expect(c!.teams.map((t) => [t.team, t.rank, t.figure])).toEqual([
      ['A', 1, 4],
      ['B', 2, 2],
      ['Tiny', null, null],
    ]);
    expect(c!.topReps[0]!.name).toBe('Tiny rep 0');
  });
});
