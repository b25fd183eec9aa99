// Issue 11 attacks through the whole engine: hostile keys and values give right numbers and a valid snapshot.
import { describe, expect, it } from 'vitest';
import { runEngine } from '../../shared/engine';
import { validateSnapshot } from '../../shared/snapshot/validate';
import type { Cell, WorkbookGrids } from '../../shared/workbook';

const options = {
  now: new Date('2026-11-26T15:00:00Z'),
  defaultTimeZone: 'UTC',
  asOf: '2026-11-26',
};
const REPS: Cell[][] = [
  ['rep_id', 'name'],
  ['r1', 'Ada'],
  ['r2', 'Bo'],
];

describe('keys from the data never touch object prototypes', () => {
  // Each type gets 3 activities for r1 and 2 for r2; unlisted types weigh 1.
  it.each(['constructor', '__proto__', 'prototype', 'hasownproperty', 'tostring', 'call'])(
    'an activity type named %s counts like any other',
    (type) => {
      const grids: WorkbookGrids = {
        Reps: REPS,
        Activities: [
          ['date', 'rep_id', 'type', 'count'],
          ['2026-11-24', 'r1', type, 3],
          ['2026-11-24', 'r2', type, 2],
        ],
      };
      const result = runEngine(grids, options);
      const month = result.model.scorecard.filter((e) => e.kind === 'month');
      const points = Object.fromEntries(month.map((e) => [e.rep.repId, e.metrics.activityPoints]));
      expect(points).toEqual({ r1: 3, r2: 2 });
      expect(month.map((e) => e.metrics.activities[type])).toEqual([3, 2]);
      const board = result.model.leaderboards.find(
        (b) => b.lens === 'activity_points' && b.periodKind === 'month',
      );
      expect(board?.entries.map((e) => [e.repId, e.rank, e.value])).toEqual([
        ['r1', 1, 3],
        ['r2', 2, 2],
      ]);
      expect(() => validateSnapshot(JSON.parse(JSON.stringify(result.snapshot)))).not.toThrow();
    },
  );
});

describe('no silent zeros: a missing or misspelt column stops its figures, which are left out', () => {
  const DEAL_ROW = ['d1', 'r1', 500, 'won', 'Closed Won', '2026-11-20', '2026-11-02'];
  const DEAL_HEADER = [
    'deal_id',
    'rep_id',
    'amount',
    'status',
    'stage',
    'close_date',
    'created_date',
  ];
  const ACTIVITY = ['2026-11-24', 'r1', 'call', 4];
  const ACTIVITY_HEADER = ['date', 'rep_id', 'type', 'count'];
  const rename = (header: readonly string[], from: string, to: string | null) =>
    to === null ? header.filter((h) => h !== from) : header.map((h) => (h === from ? to : h));
  const drop = (header: readonly string[], row: readonly Cell[], col: string) =>
    row.filter((_, i) => header[i] !== col);

  // [case, Deals header, Deals row, Activities header, errors (tab.column), boards left out]
  it.each([
    ['all columns', DEAL_HEADER, DEAL_ROW, ACTIVITY_HEADER, [], []],
    [
      'amount renamed amount_usd',
      rename(DEAL_HEADER, 'amount', 'amount_usd'),
      DEAL_ROW,
      ACTIVITY_HEADER,
      ['Deals.amount'],
      ['revenue', 'attainment', 'improvement'],
    ],
    [
      'no amount column',
      rename(DEAL_HEADER, 'amount', null),
      drop(DEAL_HEADER, DEAL_ROW, 'amount'),
      ACTIVITY_HEADER,
      ['Deals.amount'],
      ['revenue', 'attainment', 'improvement'],
    ],
    [
      'status misspelt, stage kept',
      rename(DEAL_HEADER, 'status', 'statsu'),
      DEAL_ROW,
      ACTIVITY_HEADER,
      ['Deals.status'],
      ['revenue', 'attainment', 'improvement'],
    ],
    [
      'no status, stage kept',
      rename(DEAL_HEADER, 'status', null),
      drop(DEAL_HEADER, DEAL_ROW, 'status'),
      ACTIVITY_HEADER,
      [],
      [],
    ],
    [
      'no status and stage misspelt',
      rename(rename(DEAL_HEADER, 'status', null), 'stage', 'stge'),
      drop(DEAL_HEADER, DEAL_ROW, 'status'),
      ACTIVITY_HEADER,
      ['Deals.stage'],
      ['revenue', 'attainment', 'improvement'],
    ],
    [
      'close_date misspelt',
      rename(DEAL_HEADER, 'close_date', 'closed_dte'),
      DEAL_ROW,
      ACTIVITY_HEADER,
      ['Deals.close_date'],
      ['revenue', 'attainment', 'improvement'],
    ],
    [
      'count misspelt',
      DEAL_HEADER,
      DEAL_ROW,
      rename(ACTIVITY_HEADER, 'count', 'Counts'),
      ['Activities.count'],
      ['activity_points'],
    ],
    [
      'type misspelt',
      DEAL_HEADER,
      DEAL_ROW,
      rename(ACTIVITY_HEADER, 'type', 'typ'),
      // A required column: its own error says no row can be read; the figure is still left out.
      [],
      ['activity_points'],
    ],
  ] as const)('%s', (_case, dealHeader, dealRow, activityHeader, errors, goneLenses) => {
    const gone: readonly string[] = goneLenses;
    const grids: WorkbookGrids = {
      Reps: REPS,
      Deals: [[...dealHeader], [...dealRow]],
      Activities: [[...activityHeader], ACTIVITY],
      Contests: [
        ['contest_id', 'name', 'kind', 'metric', 'start', 'end'],
        ['c1', 'Revenue race', 'most', 'revenue', '2026-11-01', '2026-11-30'],
        ['c2', 'Call blitz', 'most', 'calls', '2026-11-01', '2026-11-30'],
      ],
    };
    const result = runEngine(grids, options);
    const stops = result.issues
      .filter((i) => i.severity === 'error' && i.row === 1 && i.problem.includes('not computed'))
      .map((i) => `${i.tab}.${i.column}`);
    expect(stops).toEqual(errors);
    const lenses = new Set<string>(result.model.leaderboards.map((b) => b.lens));
    for (const lens of gone) expect(lenses.has(lens)).toBe(false);
    expect(lenses.size).toBe(4 - gone.length);
    // Contests on a stopped figure are not evaluated; the others are.
    const contests = result.model.contests.map((c) => c.contest.contestId);
    expect(contests.includes('c1')).toBe(!gone.includes('revenue'));
    expect(contests.includes('c2')).toBe(!gone.includes('activity_points'));
    // The Scorecard shows a blank, never a zero, for a stopped figure.
    const scorecard = result.tables.find((t) => t.tab === 'Scorecard')!;
    const col = (h: string) => scorecard.header.indexOf(h);
    const row = scorecard.rows.find((r) => r[0] === 'r1' && r[col('period_kind')] === 'month')!;
    if (gone.includes('revenue')) expect(row[col('revenue')]).toBeNull();
    else expect(row[col('revenue')]).toBe(500);
    if (gone.includes('activity_points')) expect(row[col('activity_points')]).toBeNull();
    expect(() => validateSnapshot(JSON.parse(JSON.stringify(result.snapshot)))).not.toThrow();
    expect(result.nothingUsable).toBeNull();
  });
});
