// "Me" on a board: rank, the gap to the next rank (public values only), the gap to target, and you ±2.
import { describe, expect, it } from 'vitest';
import type { Leaderboard } from '../../shared/snapshot';
import { makeFormatter } from '../../web/src/format';
import { aheadText, meOnBoard, targetText } from '../../web/src/me-facts';
import { indexSnapshot } from '../../web/src/model';
import { sampleModel, sampleSnapshot } from './helpers';

const { index, fmt } = sampleModel();
const board = (lens: Leaderboard['lens']) => index.board('month', lens)!;

describe('meOnBoard', () => {
  it.each([
    // board, rep, rank, of, the line under the board
    ['revenue', 'r2', 5, 6, '€2,200 behind #4 Anonymous rep'],
    ['revenue', 'r1', 2, 6, '€3,900 behind #1 Eve Martin'],
    ['revenue', 'r5', 1, 6, 'You lead'],
    [
      'attainment',
      'r2',
      4,
      5,
      '21 percentage points behind #3 <img src=x onerror="window.__pwned=2">Cleo Park',
    ],
    ['activity_points', 'r1', 3, 3, '86.5 points behind #2 Dan Okafor'],
  ] as const)('%s board, %s: #%i of %i, "%s"', (lens, rep, rank, of, line) => {
    const me = meOnBoard(index, fmt, board(lens), rep)!;
    expect([me.rank, me.of]).toEqual([rank, of]);
    expect(aheadText(me)).toBe(line);
  });

  it('with amounts hidden names the next rank but never a money gap (nothing is derived)', () => {
    const snapshot = sampleSnapshot();
    snapshot.team.publishAmounts = false;
    for (const b of snapshot.leaderboards)
      if (b.unit === 'money') for (const e of b.entries) e.value = null;
    const hidden = indexSnapshot(snapshot);
    const hiddenFmt = makeFormatter(snapshot.team, 'en-US');
    const me = meOnBoard(hidden, hiddenFmt, hidden.board('month', 'revenue')!, 'r2')!;
    expect(me.ahead).toEqual({ rank: 4, name: 'Anonymous rep', gapText: null });
    expect(aheadText(me)).toBe('Next: #4 Anonymous rep');
    // The target gap is in % of target, the public unit, never an amount.
    expect(me.targetText).toBe('23 percentage points to your target');
  });

  it('you ±2 spans two rows above and below, cut at the ends of the board', () => {
    expect(meOnBoard(index, fmt, board('revenue'), 'r3')!.around).toEqual({ from: 0, to: 5 });
    expect(meOnBoard(index, fmt, board('revenue'), 'r5')!.around).toEqual({ from: 0, to: 3 });
    expect(meOnBoard(index, fmt, board('revenue'), 'r4')!.around).toEqual({ from: 3, to: 6 });
  });

  it('a tie skips reps of my own rank when looking for the next one, and says who I tie with', () => {
    const tied: Leaderboard = {
      ...board('attainment'),
      entries: [
        { rank: 1, repId: 'r5', value: 110, previousRank: null, explanation: '' },
        { rank: 2, repId: 'r1', value: 98, previousRank: null, explanation: '' },
        { rank: 2, repId: 'r3', value: 98, previousRank: null, explanation: '' },
      ],
    };
    const me = meOnBoard(index, fmt, tied, 'r3')!;
    expect(me.ahead?.rank).toBe(1);
    expect(me.ahead?.gapText).toBe('12 percentage points');
    expect(me.tiedWith).toEqual(['Ada Lovelace']);
  });

  it('is null for a rep not on the board', () => {
    expect(meOnBoard(index, fmt, board('activity_points'), 'r5')).toBeNull();
  });
});

describe('targetText', () => {
  it.each([
    [null, null],
    [77, '23 percentage points to your target'],
    [99, '1 percentage point to your target'],
    [100, 'Target hit'],
    [130, 'Target hit'],
  ])('%s%% of target reads "%s"', (pct, text) => {
    expect(targetText(pct)).toBe(text);
  });
});
