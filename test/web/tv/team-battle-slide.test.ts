// The team battle: bars per rep when teams differ in size (and it says so), withheld totals stay withheld.
import { describe, expect, it } from 'vitest';
import { battleRows } from '../../../web/src/tv/team-battle-slide';
import { sampleModel } from '../helpers';

const { index, fmt } = sampleModel();
const contest = index.contests.get('c-teams')!;

describe('battleRows', () => {
  it.each([
    // North 3 reps 2,100; South 2 reps 1,650: South does more per rep, the rules still rank by total.
    [
      'teams of 3 and 2: per rep',
      [3, 2],
      [2100, 1650],
      true,
      [
        ['North', 1, '700 pts per rep · 2,100 pts total', 84.8],
        ['South', 2, '825 pts per rep · 1,650 pts total', 100],
      ],
    ],
    [
      'teams of equal size: the totals',
      [2, 2],
      [2100, 1650],
      false,
      [
        ['North', 1, '2,100 pts', 100],
        ['South', 2, '1,650 pts', 78.6],
      ],
    ],
    [
      'a withheld total: no bar, no per-rep figure',
      [3, 2],
      [null, 1650],
      true,
      [
        ['North', 1, 'Total not shown', 0],
        ['South', 2, '825 pts per rep · 1,650 pts total', 100],
      ],
    ],
  ] as const)('%s', (_name, sizes, values, perRep, expected) => {
    const idx = {
      ...index,
      snapshot: {
        ...index.snapshot,
        teams: [
          { name: 'North', repCount: sizes[0] },
          { name: 'South', repCount: sizes[1] },
        ],
      },
    };
    const c = {
      ...contest,
      standings: contest.standings.map((s, i) => ({ ...s, value: values[i]! })),
    };
    const out = battleRows(idx, fmt, c);
    expect(out.perRep).toBe(perRep);
    expect(out.rows.map((r) => [r.team, r.rank, r.text, Math.round(r.pct * 10) / 10])).toEqual(
      expected,
    );
  });
});
