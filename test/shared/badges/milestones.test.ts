// Hi-five milestones as real badges: awarded by the engine, in the Awards table and (public reps) the snapshot.
import { describe, expect, it } from 'vitest';
import { runEngine } from '../../../shared/engine';
import { evaluateMilestones, MILESTONE_BADGES, milestoneAwards } from '../../../shared/badges';
import type { Cell, Grid, Recognition } from '../../../shared/workbook';
import { d } from './fixtures';

const REPS: Grid = [
  ['rep_id', 'name', 'team', 'public'],
  ['r1', 'Ada', 'North', 'yes'],
  ['r2', 'Grace', 'North', 'no'],
  ['r3', 'Linus', 'South', 'yes'],
];

/** Recognition rows: `n` hi-fives to `to`, one a day from 2026-11-02; every third one private. */
function hiFives(to: string, n: number, kind = 'hi-five'): Cell[][] {
  return Array.from({ length: n }, (_, i) => [
    `2026-11-${String(2 + i).padStart(2, '0')}`,
    to,
    'r3',
    kind,
    i % 3 === 2 ? 'no' : 'yes',
  ]);
}

function run(extra: Record<string, Grid>, asOf = '2026-11-26') {
  const recognition: Grid = [
    ['date', 'to', 'from', 'kind', 'public'],
    ...hiFives('r1', 12),
    ...hiFives('r2', 10),
    ...hiFives('r3', 9),
    ...hiFives('r3', 5, 'shout-out'),
  ];
  return runEngine(
    { Reps: REPS, Recognition: recognition, ...extra },
    { now: new Date(`${asOf}T12:00:00Z`), defaultTimeZone: 'UTC', asOf },
  );
}

function awardsRows(result: ReturnType<typeof run>) {
  const t = result.tables.find((x) => x.tab === 'Awards')!;
  return t.rows
    .map((r) => Object.fromEntries(t.header.map((h, i) => [h, r[i]])))
    .filter((r) => String(r.badge_id).startsWith('hi-fives-'));
}

describe('hi-five milestone badges in the built-in catalogue (no Badges tab)', () => {
  const result = run({});

  it('adds the three milestone badges to the catalogue: bronze 10, silver 25, gold 50, public', () => {
    const defs = result.model.badges.filter((b) => b.badgeId.startsWith('hi-fives-'));
    expect(defs.map((b) => [b.badgeId, b.threshold, b.tier, b.kind, b.row, b.public])).toEqual([
      ['hi-fives-10', 10, 'bronze', 'manual', 0, true],
      ['hi-fives-25', 25, 'silver', 'manual', 0, true],
      ['hi-fives-50', 50, 'gold', 'manual', 0, true],
    ]);
  });

  it('awards the bronze milestone on the day of the 10th hi-five, private hi-fives included', () => {
    // r1: hi-fives on Nov 2..13, the 10th on Nov 11 (Recognition row 11); r2 likewise (rows 14..23,
    // the 10th on Nov 11). r3 has 9 hi-fives and 5 shout-outs: shout-outs do not count.
    expect(
      awardsRows(result).map((r) => [r.badge_id, r.rep_id, r.earned_on, r.badge, r.tier]),
    ).toEqual([
      ['hi-fives-10', 'r1', '2026-11-11', '10 Hi-fives', 'bronze'],
      ['hi-fives-10', 'r2', '2026-11-11', '10 Hi-fives', 'bronze'],
    ]);
    const r1 = awardsRows(result).find((r) => r.rep_id === 'r1')!;
    expect(r1.explanation).toContain('Recognition row 11');
    expect(r1.explanation).toContain('rows 2, 3, 4, 5, 6, 7, 8, 9, 10, 11');
  });

  it('publishes on the site only what public hi-fives earn, for public reps only', () => {
    // r1 has 12 hi-fives of which 4 are private: 8 public ones earn nothing on the site (a count
    // with private ones would reveal them), though the Awards tab has the milestone.
    expect(awardsRows(result).map((r) => r.rep_id)).toContain('r1');
    expect(result.snapshot.awards.filter((a) => a.badgeId === 'hi-fives-10')).toEqual([]);
    expect(result.snapshot.badges.find((b) => b.id === 'hi-fives-10')).toMatchObject({
      name: '10 Hi-fives',
      tier: 'bronze',
      howToEarn: 'Received 10 hi-fives.',
      holders: 0,
    });
    // With 15, the 10th public one (the 14th in all, on Nov 15) earns it on the site that day.
    const more = runEngine(
      {
        Reps: REPS,
        Recognition: [
          ['date', 'to', 'from', 'kind', 'public'],
          ...hiFives('r1', 15),
          ...hiFives('r2', 15),
        ],
      },
      { now: new Date('2026-11-26T12:00:00Z'), defaultTimeZone: 'UTC', asOf: '2026-11-26' },
    );
    const published = more.snapshot.awards.filter((a) => a.badgeId === 'hi-fives-10');
    expect(published.map((a) => [a.repId, a.earnedOn])).toEqual([['r1', '2026-11-15']]);
    expect(more.snapshot.badges.find((b) => b.id === 'hi-fives-10')?.holders).toBe(1);
    // The feed's entry of the milestone earned on Nov 11 (private ones counted) is not published.
    expect(more.snapshot.recognition.some((r) => r.badgeId === 'hi-fives-10')).toBe(false);
  });

  it('does not award a milestone before the as-of day reaches the 10th hi-five', () => {
    expect(awardsRows(run({}, '2026-11-10'))).toEqual([]);
  });
});

describe('hi-five milestone badges with a Badges tab', () => {
  const header = ['badge_id', 'name', 'kind', 'threshold', 'tier', 'public'];

  it('awards only the milestones the manager kept, under the tab name and threshold', () => {
    const result = run({
      Badges: [header, ['hi-fives-25', 'Fan Favourite', 'manual', 9, 'silver', 'yes']],
    });
    // Threshold 9 from the tab: r1 and r2 on Nov 10 (9th hi-five), r3 on Nov 10 too.
    expect(awardsRows(result).map((r) => [r.badge_id, r.rep_id, r.earned_on, r.value])).toEqual([
      ['hi-fives-25', 'r1', '2026-11-10', 9],
      ['hi-fives-25', 'r2', '2026-11-10', 9],
      ['hi-fives-25', 'r3', '2026-11-10', 9],
    ]);
    expect(String(awardsRows(result)[0]!.explanation)).toMatch(/^Fan Favourite: 9 hi-fives/);
  });

  it('awards none when the tab leaves them out', () => {
    const result = run({ Badges: [header, ['mvp', 'Team MVP', 'manual', '', 'gold', 'yes']] });
    expect(awardsRows(result)).toEqual([]);
    expect(result.model.badges.map((b) => b.badgeId)).toEqual(['mvp']);
  });
});

describe('milestoneAwards', () => {
  const rec = (row: number, day: string): Recognition => ({
    row,
    day: d(day),
    at: d(day) * 1440,
    to: 'r1',
    from: null,
    fromRepId: null,
    kind: 'hi-five',
    badgeId: null,
    message: null,
    public: false,
  });

  it('converts each milestone reached into an Award with no window and the threshold as value', () => {
    const list = Array.from({ length: 25 }, (_, i) => rec(2 + i, '2026-11-02'));
    const awards = milestoneAwards({
      recognition: list,
      badges: MILESTONE_BADGES,
      asOf: d('2026-11-30'),
    });
    expect(awards.map((a) => [a.badgeId, a.repId, a.earnedOn, a.window, a.value])).toEqual([
      ['hi-fives-10', 'r1', d('2026-11-02'), null, 10],
      ['hi-fives-25', 'r1', d('2026-11-02'), null, 25],
    ]);
  });

  it('gives nothing when no milestone badge is in the list', () => {
    const list = Array.from({ length: 12 }, (_, i) => rec(2 + i, '2026-11-02'));
    expect(milestoneAwards({ recognition: list, badges: [], asOf: d('2026-11-30') })).toEqual([]);
  });
});

function hiFiveRow(
  row: number,
  to: string,
  day: string,
  kind: Recognition['kind'] = 'hi-five',
): Recognition {
  return {
    row,
    day: d(day),
    at: d(day) * 1440,
    to,
    from: null,
    fromRepId: null,
    kind,
    badgeId: null,
    message: null,
    public: true,
  };
}

describe('evaluateMilestones', () => {
  it('earns 10 Hi-fives on the day of the tenth, counting hi-fives only and only up to today', () => {
    const rec = [
      ...Array.from({ length: 12 }, (_, i) =>
        hiFiveRow(2 + i, 'r1', `2026-11-${String(1 + i).padStart(2, '0')}`),
      ),
      hiFiveRow(20, 'r2', '2026-11-01', 'shout-out'),
    ];
    const earned = evaluateMilestones(rec, d('2026-11-11'));
    expect(earned.map((m) => [m.badgeId, m.repId, m.earnedOn, m.value])).toEqual([
      ['hi-fives-10', 'r1', d('2026-11-10'), 11],
    ]);
    expect(evaluateMilestones(rec, d('2026-11-09'))).toEqual([]);
  });
});
