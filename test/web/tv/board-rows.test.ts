// The TV leaderboard celebrates: no zero rows, no arrow without a previous rank, no tie split at the cut.
import { describe, expect, it } from 'vitest';
import type { Leaderboard, Snapshot } from '../../../shared/snapshot';
import { makeFormatter } from '../../../web/src/format';
import { indexSnapshot } from '../../../web/src/model';
import { cutAtTie, noResultsText, tvBoard, tvRows } from '../../../web/src/tv/board-rows';
import { sampleModel, sampleSnapshot } from '../helpers';

type Entry = [
  rank: number,
  repId: string | null,
  value: number | null,
  previousRank: number | null,
];

function withBoards(boards: Leaderboard[], edit?: (s: Snapshot) => void) {
  const snapshot = sampleSnapshot();
  snapshot.leaderboards = boards;
  edit?.(snapshot);
  return { index: indexSnapshot(snapshot), fmt: makeFormatter(snapshot.team, 'en-US') };
}

function board(
  periodKind: Leaderboard['periodKind'],
  lens: Leaderboard['lens'],
  entries: Entry[],
): Leaderboard {
  return {
    periodKind,
    period: periodKind === 'week' ? '2026-W47' : '2026-11',
    lens,
    unit: lens === 'revenue' ? 'money' : lens === 'activity_points' ? 'points' : 'percent',
    entries: entries.map(([rank, repId, value, previousRank]) => ({
      rank,
      repId,
      value,
      previousRank,
      explanation: 'x',
    })),
  };
}

const all = { team: null, limit: 15 };

describe('tvRows', () => {
  it('drops reps at 0 or with no value, and gives a rep with no previous rank no arrow', () => {
    const { index, fmt } = withBoards([
      board('week', 'attainment', [
        [1, 'r1', 120, 2],
        [2, 'r3', 95, null],
        [3, 'r5', 80, 1],
        [4, 'r2', 0, 3],
        [4, 'r4', null, 5],
      ]),
    ]);
    const rows = tvRows(index, fmt, index.board('week', 'attainment')!, all);
    expect(rows.map((r) => [r.repId, r.rank, r.change?.text ?? null])).toEqual([
      ['r1', 1, '▲1'],
      ['r3', 2, null],
      ['r5', 3, '▼2'],
    ]);
  });

  it('leaves out the "Level …" sub-line, so each TV row is one line of larger type', () => {
    const { index, fmt } = sampleModel();
    const rows = tvRows(index, fmt, index.board('month', 'revenue')!, all);
    expect(rows.length).toBe(6);
    expect(rows.map((r) => r.level)).toEqual([null, null, null, null, null, null]);
  });

  it('keeps the arrows of the sample month revenue, where only Dan (rank 6) is new', () => {
    const { index, fmt } = sampleModel();
    const rows = tvRows(index, fmt, index.board('month', 'revenue')!, all);
    expect(rows.map((r) => r.change?.text ?? null)).toEqual(['▲1', '▼1', '–', '▲2', '▼1', null]);
  });

  it('with a team, renumbers within the team, tied reps sharing a rank, and shows no arrows', () => {
    const { index, fmt } = withBoards([
      board('month', 'revenue', [
        [1, 'r1', 900, 1],
        [2, 'r3', 500, 4],
        [2, 'r4', 500, 2],
        [2, 'r2', 500, 3],
        [5, 'r5', 100, 5],
      ]),
    ]);
    const rows = tvRows(index, fmt, index.board('month', 'revenue')!, { team: 'South', limit: 5 });
    expect(rows.map((r) => [r.repId, r.rank, r.change])).toEqual([
      ['r3', 1, null],
      ['r4', 1, null],
    ]);
  });

  it('shows a tie at the row limit whole', () => {
    const { index, fmt } = withBoards([
      board('month', 'revenue', [
        [1, 'r1', 900, 1],
        [2, 'r2', 500, 2],
        [2, 'r3', 500, 3],
        [2, 'r4', 500, 4],
        [5, 'r5', 100, 5],
      ]),
    ]);
    const b = index.board('month', 'revenue')!;
    expect(tvRows(index, fmt, b, { team: null, limit: 2 }).map((r) => r.repId)).toEqual([
      'r1',
      'r2',
      'r3',
      'r4',
    ]);
    expect(tvRows(index, fmt, b, { team: null, limit: 2, max: 3 }).map((r) => r.repId)).toEqual([
      'r1',
    ]);
  });
});

describe('cutAtTie', () => {
  const ranks = (...r: number[]) => r.map((rank) => ({ rank }));
  it.each([
    ['no tie at the cut', ranks(1, 2, 3, 4), 2, 15, [1, 2]],
    ['fewer rows than the limit', ranks(1, 2), 5, 15, [1, 2]],
    ['a tie inside the rows kept', ranks(1, 1, 3, 4), 3, 15, [1, 1, 3]],
    ['a tie across the cut that fits', ranks(1, 2, 2, 2, 5), 2, 15, [1, 2, 2, 2]],
    ['a tie across the cut that fits exactly', ranks(1, 2, 2, 2, 5), 2, 4, [1, 2, 2, 2]],
    ['a tie across the cut too long: cut before it', ranks(1, 2, 2, 2, 5), 2, 3, [1]],
    ['a tie for first longer than the max: nothing before it', ranks(1, 1, 1, 1), 2, 3, [1, 1]],
    ['a limit of 0', ranks(1, 2), 0, 15, []],
  ])('%s', (_, rows, limit, max, expected) => {
    expect(cutAtTie(rows, limit, max).map((r) => r.rank)).toEqual(expected);
  });
});

describe('tvBoard', () => {
  const zeros: Entry[] = [
    [1, 'r1', 0, 1],
    [1, 'r2', 0, 2],
  ];

  it('takes the chosen board when it has results', () => {
    const { index, fmt } = sampleModel();
    const picked = tvBoard(index, fmt, { period: 'month', lens: 'attainment', team: null }, 4);
    expect([picked?.period, picked?.lens, picked?.rows.length]).toEqual(['month', 'attainment', 4]);
  });

  it('falls back to another lens of the period when the chosen one is missing or all zero', () => {
    const { index, fmt } = withBoards([
      board('week', 'revenue', zeros),
      board('week', 'attainment', zeros),
      board('week', 'activity_points', [[1, 'r3', 40, 1]]),
      board('month', 'revenue', [[1, 'r1', 10, 1]]),
    ]);
    const picked = tvBoard(index, fmt, { period: 'week', lens: 'revenue', team: null }, 4);
    expect([picked?.period, picked?.lens]).toEqual(['week', 'activity_points']);
  });

  it('falls back to a longer period when the whole period is empty', () => {
    const { index, fmt } = withBoards([
      board('week', 'revenue', zeros),
      board('month', 'revenue', [[1, 'r1', 10, 1]]),
    ]);
    const picked = tvBoard(index, fmt, { period: 'week', lens: 'attainment', team: null }, 4);
    expect([picked?.period, picked?.lens]).toEqual(['month', 'revenue']);
  });

  it('never falls back to a shorter period, and is null when nothing has a result', () => {
    const { index, fmt } = withBoards([
      board('week', 'revenue', [[1, 'r1', 10, 1]]),
      board('month', 'revenue', zeros),
    ]);
    expect(tvBoard(index, fmt, { period: 'month', lens: 'revenue', team: null }, 4)).toBeNull();
  });

  it('a team with no results anywhere gets no board', () => {
    const { index, fmt } = withBoards([board('month', 'revenue', [[1, 'r1', 10, 1]])]);
    expect(tvBoard(index, fmt, { period: 'month', lens: 'revenue', team: 'South' }, 4)).toBeNull();
  });

  it.each([
    ['week', 'No results yet this week.'],
    ['month', 'No results yet this month.'],
    ['quarter', 'No results yet this quarter.'],
    ['year', 'No results yet this year.'],
  ] as const)('says so for a %s: "%s"', (period, text) => {
    expect(noResultsText(period)).toBe(text);
  });
});
