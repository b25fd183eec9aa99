// Small groups: no published figure, rank, count or name singles out one or two hidden reps' results.
import { describe, expect, it } from 'vitest';
import { runEngine } from '../../../shared/engine';
import type { Snapshot } from '../../../shared/snapshot';
import {
  MIN_GROUP,
  publishedRows,
  reranker,
  totalMayShow,
} from '../../../shared/snapshot/disclosure';
import type { Grid } from '../../../shared/workbook';

interface Member {
  readonly id: string;
  readonly team: string;
  readonly hidden: boolean;
  /** Revenue won in November (one deal). */
  readonly won: number;
}

/** A team: North and South, hidden members as given; amounts all different. */
function team(hiddenNorth: number, extra: readonly Member[] = []): Member[] {
  const north = Array.from({ length: 6 }, (_, i) => ({
    id: `n${i + 1}`,
    team: 'North',
    hidden: i >= 6 - hiddenNorth,
    // The hidden reps sell the most: they lead every board, so a gap or a ratio would show them.
    won: 10_000 + i * 1_370,
  }));
  const south = Array.from({ length: 3 }, (_, i) => ({
    id: `s${i + 1}`,
    team: 'South',
    hidden: false,
    won: 9_000 + i * 910,
  }));
  return [...north, ...south, ...extra];
}

const SCENARIOS: readonly [string, Member[]][] = [
  ['a team of 6 with one hidden rep', team(1)],
  ['a team of 6 with two hidden reps', team(2)],
  [
    'a team made only of hidden reps',
    team(0, [
      { id: 'h1', team: 'Skunkworks', hidden: true, won: 31_000 },
      { id: 'h2', team: 'Skunkworks', hidden: true, won: 29_500 },
    ]),
  ],
];

function snapshotOf(members: readonly Member[], allPublic = false): Snapshot {
  const grids: Record<string, Grid> = {
    Reps: [
      ['rep_id', 'name', 'team', 'public'],
      ...members.map((m) => [m.id, `Rep ${m.id}`, m.team, allPublic || !m.hidden ? 'yes' : 'no']),
    ],
    Deals: [
      ['deal_id', 'rep_id', 'amount', 'stage', 'created_date', 'close_date'],
      ...members.map((m) => [`D-${m.id}`, m.id, m.won, 'Closed Won', '2026-11-02', '2026-11-03']),
    ],
    Contests: [
      ['contest_id', 'name', 'kind', 'metric', 'start', 'end', 'public'],
      ['C-IND', 'November race', 'most', 'revenue', '2026-11-01', '2026-11-30', 'yes'],
      ['C-TEAM', 'Team race', 'team', 'revenue', '2026-11-01', '2026-11-30', 'yes'],
    ],
    Settings: [
      ['setting', 'value'],
      ['publish_amounts', 'yes'],
    ],
  };
  return runEngine(grids, {
    now: new Date('2026-11-26T12:00:00Z'),
    defaultTimeZone: 'UTC',
    asOf: '2026-11-26',
  }).snapshot;
}

/**
 * The snapshot as it was before the small-group rules: every rep ranked, hidden ones only
 * anonymised (id removed), their values, totals, counts and teams kept. The control for each
 * attack: run against this, it must find the hidden figure, or the attack proves nothing.
 */
function naive(members: readonly Member[]): Snapshot {
  const hidden = new Set(members.filter((m) => m.hidden).map((m) => m.id));
  const s = snapshotOf(members, true);
  const anon = <T extends { repId: string | null }>(e: T): T =>
    e.repId !== null && hidden.has(e.repId) ? { ...e, repId: null } : e;
  return {
    ...s,
    reps: s.reps.filter((r) => !hidden.has(r.id)),
    leaderboards: s.leaderboards.map((b) => ({ ...b, entries: b.entries.map(anon) })),
    // Before issue 14, a contest without a goal published progress as a share of the leader.
    contests: s.contests.map((c) => {
      const leader = Math.max(0, ...c.standings.map((e) => e.value ?? 0));
      const progress = <T extends { value: number | null; progressPct: number | null }>(e: T) =>
        e.progressPct === null && e.value !== null && leader > 0
          ? { ...e, progressPct: Math.round((e.value / leader) * 1000) / 10 }
          : e;
      return { ...c, standings: c.standings.map(anon).map(progress) };
    }),
    awards: s.awards.filter((a) => !hidden.has(a.repId)),
  };
}

type Guess = readonly [what: string, value: number];
/** What a colleague works out; `own` is what the attacker (a hidden rep) knows of themself. */
type Attack = (s: Snapshot, members: readonly Member[]) => Guess[];

const teamOf = (s: Snapshot, id: string | null) => s.reps.find((r) => r.id === id)?.team ?? null;
const november = (s: Snapshot) =>
  s.leaderboards.filter((b) => b.periodKind === 'month' && b.lens === 'revenue');
const contest = (s: Snapshot, id: string) => s.contests.find((c) => c.id === id);

const ATTACKS: readonly [string, Attack][] = [
  [
    "an anonymous row's value",
    (s) =>
      [...november(s).flatMap((b) => b.entries), ...(contest(s, 'C-IND')?.standings ?? [])]
        .filter((e) => e.repId === null && e.value !== null)
        .map((e): Guess => ['won', e.value ?? 0]),
  ],
  [
    'a team total minus its named members (and minus the attacker, a hidden member)',
    (s, members) =>
      (contest(s, 'C-TEAM')?.standings ?? []).flatMap((t) => {
        if (t.value === null) return [];
        const named = (contest(s, 'C-IND')?.standings ?? [])
          .filter((e) => e.repId !== null && teamOf(s, e.repId) === t.team)
          .reduce((sum, e) => sum + (e.value ?? 0), 0);
        const rest = t.value - named;
        const mine = members.filter((m) => m.hidden && m.team === t.team).map((m) => m.won);
        return [['won', rest], ...mine.map((own): Guess => ['won', rest - own])];
      }),
  ],
  [
    'the ranks no named rep holds (amounts all differ, so no tie leaves a gap)',
    (s) =>
      november(s).flatMap((b) => {
        const named = new Set(b.entries.filter((e) => e.repId !== null).map((e) => e.rank));
        return Array.from({ length: b.entries.length }, (_, i) => i + 1)
          .filter((r) => !named.has(r))
          .map((r): Guess => ['rank', r]);
      }),
  ],
  [
    'a named value divided by its progress toward the leader',
    (s) =>
      s.contests.flatMap((c) =>
        c.standings
          .filter((e) => e.value !== null && (e.progressPct ?? 0) > 0)
          .map((e): Guess => ['won', Math.round(((e.value ?? 0) * 100) / (e.progressPct ?? 1))]),
      ),
  ],
  [
    "a badge's holders minus its named holders",
    (s) =>
      s.badges.map((b): Guess => {
        const named = new Set(s.awards.filter((a) => a.badgeId === b.id).map((a) => a.repId));
        return ['holders', b.holders - named.size];
      }),
  ],
  [
    'the name of a team of hidden reps',
    (s) => (JSON.stringify(s).includes('Skunkworks') ? [['team', 1] as const] : []),
  ],
];

/** What the attack must not find: each hidden rep's November revenue and rank, hidden holders, the name. */
function secrets(members: readonly Member[]): Guess[] {
  const hidden = members.filter((m) => m.hidden);
  const byWon = [...members].sort((a, b) => b.won - a.won);
  return [
    ...hidden.map((m): Guess => ['won', m.won]),
    ...hidden.map((m): Guess => ['rank', byWon.indexOf(m) + 1]),
    ['holders', hidden.length],
    ...(members.some((m) => m.team === 'Skunkworks') ? [['team', 1] as const] : []),
  ];
}

function found(guesses: readonly Guess[], members: readonly Member[]): Guess[] {
  const wanted = secrets(members);
  return guesses.filter(([what, v]) =>
    wanted.some(([w, s]) => w === what && Math.abs(v - s) < 0.5),
  );
}

describe.each(SCENARIOS)('%s', (_name, members) => {
  const published = snapshotOf(members);

  it.each(ATTACKS)('%s reveals nothing', (_attack, attack) => {
    expect(found(attack(published, members), members)).toEqual([]);
  });
});

describe('each attack, against the snapshot as it was before these rules (control)', () => {
  const before = SCENARIOS.map(([, members]) => ({ members, snap: naive(members) }));

  it.each(ATTACKS)('%s finds a hidden figure', (_attack, attack) => {
    const hits = before.flatMap(({ members, snap }) => found(attack(snap, members), members));
    expect(hits.length).toBeGreaterThan(0);
  });
});

describe('three hidden reps are a group', () => {
  const members = team(3);
  const s = snapshotOf(members);

  it('keeps their rows as anonymous ranks, with no value, and shows the team total', () => {
    const board = november(s)[0]!;
    expect(board.entries.filter((e) => e.repId === null)).toEqual(
      [1, 2, 3].map((rank) => ({
        rank,
        repId: null,
        value: null,
        previousRank: null,
        explanation: 'A teammate who is not listed publicly.',
      })),
    );
    const north = contest(s, 'C-TEAM')?.standings.find((t) => t.team === 'North');
    expect(north?.value).toBe(
      members.filter((m) => m.team === 'North').reduce((a, m) => a + m.won, 0),
    );
  });
});

describe('the small-group rules', () => {
  const row = (rank: number, shown: boolean) => ({ rank, shown });

  it.each([
    [
      'no hidden row',
      [row(1, true), row(2, true)],
      [
        [1, true],
        [2, true],
      ],
    ],
    [
      'one hidden row: left out, ranks close up',
      [row(1, false), row(2, true), row(2, true), row(4, true)],
      [
        [1, true],
        [1, true],
        [3, true],
      ],
    ],
    [
      'two hidden rows: left out',
      [row(1, true), row(2, false), row(3, false), row(4, true)],
      [
        [1, true],
        [2, true],
      ],
    ],
    [
      'three hidden rows: kept anonymous',
      [row(1, false), row(2, false), row(3, false), row(4, true)],
      [
        [1, false],
        [2, false],
        [3, false],
        [4, true],
      ],
    ],
  ] as const)('%s', (_name, rows, expected) => {
    expect(publishedRows(rows).map((r) => [r.rank, r.shown])).toEqual(expected);
  });

  it('never keeps unnamed rows when a list asks for none', () => {
    const rows = [row(1, false), row(2, false), row(3, false), row(4, true)];
    expect(publishedRows(rows, Number.POSITIVE_INFINITY).map((r) => r.rank)).toEqual([1]);
  });

  it.each([
    [5, [1, 3, 5, 7], 3],
    [1, [1, 3], 1],
    [7, [2, null, 7], 2],
  ] as const)('rank %i among kept ranks %j is %i', (rank, kept, expected) => {
    expect(reranker(kept, (r) => r)(rank)).toBe(expected);
  });

  it.each([
    [0, true],
    [1, false],
    [2, false],
    [MIN_GROUP, true],
  ])('a total with %i hidden members shows: %s', (hidden, shows) => {
    expect(totalMayShow(hidden)).toBe(shows);
  });
});

describe('a team contest with a withheld total publishes no order', () => {
  // "North (total withheld) leads South ($X)" bounds North's hidden reps: hidden ≥ X − named North.
  it.each([
    ['one hidden rep', 1],
    ['two hidden reps', 2],
  ])('with %s in North: no standings, no race lines, North named as withheld', (_what, hidden) => {
    const c = contest(snapshotOf(team(hidden)), 'C-TEAM')!;
    expect(c.standings).toEqual([]);
    expect(c.series).toEqual([]);
    expect(c.withheldTeams).toEqual(['North']);
  });

  it.each([
    ['no hidden rep', 0],
    ['three hidden reps (a group)', 3],
  ])('with %s in North: both teams ranked with their totals', (_what, hidden) => {
    const c = contest(snapshotOf(team(hidden)), 'C-TEAM')!;
    expect(c.standings.map((s) => [s.rank, s.team, s.value !== null])).toEqual([
      [1, 'North', true],
      [2, 'South', true],
    ]);
    expect(c.withheldTeams).toBeUndefined();
  });
});
