// Specs for leaderboards: lenses, competition ranks with ties, improvement at the same point, previous ranks.
import { describe, expect, it } from 'vitest';
import { computeLeaderboards, rankDescending } from '../../../shared/metrics/leaderboard';
import { buildRunContext } from '../../../shared/run-context';
import { leaderboardText } from '../../../shared/metrics/leaderboard-words';
import { act, d, deal, rep, target, workbook } from './fixtures';

const won = (row: number, repId: string, amount: number, closed: string) =>
  deal({ row, repId, amount, status: 'won', created: '2026-09-01', closed });

function boards() {
  const wb = workbook({
    reps: [
      rep('p', { name: 'Pat' }),
      rep('q', { name: 'Quinn' }),
      rep('r', { name: 'Rae' }),
      rep('s', { name: 'Sam' }),
      rep('i', { name: 'Ivy', active: false }),
    ],
    deals: [
      won(2, 'p', 5000, '2026-11-10'),
      won(3, 'q', 5000, '2026-11-12'),
      won(4, 'r', 8000, '2026-11-05'),
      won(5, 'i', 99999, '2026-11-06'),
      won(6, 'p', 2000, '2026-10-08'),
      won(7, 'q', 2500, '2026-10-15'),
      won(8, 'r', 4000, '2026-10-06'),
      won(9, 'r', 6000, '2026-10-25'),
    ],
    activities: [
      act(2, 'p', '2026-11-02', 'call', 4),
      act(3, 'q', '2026-11-03', 'call', 1),
      act(4, 'q', '2026-11-04', 'meeting', 1),
      act(5, 'r', '2026-11-05', 'email', 2),
    ],
    targets: [
      target(2, 'p', '2026-11', 'revenue', 10000),
      target(3, 'q', '2026-11', 'revenue', 5000),
      target(4, 's', '2026-11', 'revenue', 10000),
      target(5, 'p', '2026-10', 'revenue', 10000),
    ],
  });
  return computeLeaderboards(buildRunContext(wb, d('2026-11-20')));
}

const all = boards();
const month = (lens: string) => all.find((b) => b.periodKind === 'month' && b.lens === lens)!;
const summary = (lens: string) =>
  month(lens).entries.map((e) => [e.repId, e.rank, e.value, e.previousRank]);

describe('computeLeaderboards', () => {
  it('gives week, month, quarter and year boards, each with the four lenses', () => {
    expect(all.map((b) => `${b.periodKind}:${b.period}:${b.lens}`).slice(4, 8)).toEqual([
      'month:2026-11:revenue',
      'month:2026-11:attainment',
      'month:2026-11:activity_points',
      'month:2026-11:improvement',
    ]);
    expect(all.map((b) => b.periodKind).filter((k, i, a) => a.indexOf(k) === i)).toEqual([
      'week',
      'month',
      'quarter',
      'year',
    ]);
  });

  it('ranks revenue with competition ranks, ties by name; inactive reps left out; previous ranks from October', () => {
    // October whole: r 10,000, q 2,500, p 2,000, s 0 (no result there: no previous rank).
    expect(summary('revenue')).toEqual([
      ['r', 1, 8000, 1],
      ['p', 2, 5000, 3],
      ['q', 2, 5000, 2],
      ['s', 4, 0, null],
    ]);
  });

  it('ranks attainment of own target and leaves out reps without a target', () => {
    // October: only p has a target (20%).
    expect(summary('attainment')).toEqual([
      ['q', 1, 100, null],
      ['p', 2, 50, 1],
      ['s', 3, 0, null],
    ]);
  });

  it('ranks activity points with a tie and explains the weights', () => {
    // October had no activity: a tie for first on 0 points is no rank, so nobody has a previous one.
    expect(summary('activity_points')).toEqual([
      ['p', 1, 4, null],
      ['q', 1, 4, null],
      ['r', 3, 1, null],
      ['s', 4, 0, null],
    ]);
    expect(leaderboardText(month('activity_points').entries[1]!.fact, 'USD')).toBe(
      'Nov 2026: 4 activity points = 1 call ×1 + 1 meeting ×3',
    );
  });

  it('ranks improvement in attainment points only for reps with a target in both months', () => {
    // p: 50% vs 20% of target by Oct 20 = +30 points. q (no October target) and r (no target at
    // all) doubled their revenue but are left out: one measure per board, like the attainment lens.
    expect(summary('improvement')).toEqual([['p', 1, 30, null]]);
    expect(leaderboardText(month('improvement').entries[0]!.fact, 'USD')).toBe(
      'Nov 2026: 50% of target vs 20% at the same point of Oct 2026 (+30 percentage points)',
    );
  });

  // Targets of 10,000 a month; each case gives the won amount by Nov 20 and by Oct 20.
  it.each([
    ['a rise of 35 points', 6000, 2500, 35],
    ['a rise measured at the same point (Oct 25 deal not counted)', 3000, 2000, 10],
    ['no rise', 4000, 4000, null],
    ['a fall', 1000, 4000, null],
    ['a rise from zero', 1500, 0, 15],
  ])('improvement: %s', (_name, nov, oct, expected) => {
    const wb = workbook({
      reps: [rep('a')],
      deals: [
        won(2, 'a', nov, '2026-11-10'),
        won(3, 'a', oct, '2026-10-10'),
        won(4, 'a', 50000, '2026-10-25'),
      ].filter((x) => x.amount > 0),
      targets: [
        target(2, 'a', '2026-11', 'revenue', 10000),
        target(3, 'a', '2026-10', 'revenue', 10000),
      ],
    });
    const board = computeLeaderboards(buildRunContext(wb, d('2026-11-20'))).find(
      (b) => b.periodKind === 'month' && b.lens === 'improvement',
    )!;
    expect(board.entries.map((e) => e.value)).toEqual(expected === null ? [] : [expected]);
  });

  // Each case: the won amounts of reps a and b in November (by the 20th) and in October.
  it.each([
    [
      'a board where nobody has won anything has no entries (not two reps tied #1)',
      [0, 0],
      [5, 5],
      [],
      [],
    ],
    ['a rep at zero keeps a rank on a board with results', [3000, 0], [0, 0], [1, 2], [null, null]],
    ['a previous rank needs a previous result', [3000, 1000], [0, 2000], [1, 2], [null, 1]],
    [
      'both ranked last period keep their previous ranks',
      [1000, 3000],
      [3000, 1000],
      [2, 1],
      [1, 2],
    ],
  ])('revenue board: %s', (_name, nov, oct, ranks, previous) => {
    const wb = workbook({
      reps: [rep('a', { name: 'A' }), rep('b', { name: 'B' })],
      deals: [
        won(2, 'a', nov[0]!, '2026-11-10'),
        won(3, 'b', nov[1]!, '2026-11-10'),
        won(4, 'a', oct[0]!, '2026-10-10'),
        won(5, 'b', oct[1]!, '2026-10-10'),
      ].filter((x) => x.amount > 0),
    });
    const board = computeLeaderboards(buildRunContext(wb, d('2026-11-20'))).find(
      (b) => b.periodKind === 'month' && b.lens === 'revenue',
    )!;
    const byRep = [...board.entries].sort((x, y) => (x.repId < y.repId ? -1 : 1));
    expect(byRep.map((e) => e.rank)).toEqual(ranks);
    expect(byRep.map((e) => e.previousRank)).toEqual(previous);
  });

  it('explains revenue ranks with the won rows', () => {
    expect(leaderboardText(month('revenue').entries[0]!.fact, 'USD')).toBe(
      'Nov 2026: $8,000 won from 1 won deal (Deals row 4)',
    );
  });
});

describe('rankDescending', () => {
  const item = (repId: string, name: string, value: number) => ({ rep: { repId, name }, value });
  it.each([
    [
      'distinct values',
      [item('a', 'A', 3), item('b', 'B', 2), item('c', 'C', 1)],
      [
        ['a', 1],
        ['b', 2],
        ['c', 3],
      ],
    ],
    [
      'a tie in the middle (1, 2, 2, 4)',
      [item('a', 'A', 9), item('c', 'C', 5), item('b', 'B', 5), item('d', 'D', 1)],
      [
        ['a', 1],
        ['b', 2],
        ['c', 2],
        ['d', 4],
      ],
    ],
    [
      'a tie at the top, same name ordered by id',
      [item('z', 'Al', 5), item('y', 'Al', 5), item('x', 'Bo', 4)],
      [
        ['y', 1],
        ['z', 1],
        ['x', 3],
      ],
    ],
    [
      'all equal',
      [item('b', 'B', 0), item('a', 'A', 0)],
      [
        ['a', 1],
        ['b', 1],
      ],
    ],
  ])('%s', (_what, items, expected) => {
    expect(rankDescending(items).map((r) => [r.rep.repId, r.rank])).toEqual(expected);
  });
});
