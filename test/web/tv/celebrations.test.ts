// Celebrations come only from news between two snapshots: new badges, contests turned final, big deals.
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../../shared/snapshot';
import { MAX_CELEBRATIONS, diffCelebrations } from '../../../web/src/tv/celebrations';
import { sampleSnapshot } from '../helpers';

function next(s: Snapshot, change: (n: Snapshot) => void): Snapshot {
  const n = structuredClone(s);
  n.generatedAt = '2026-11-20T10:00:00.000Z';
  change(n);
  return n;
}

describe('diffCelebrations', () => {
  const base = sampleSnapshot();

  it('celebrates nothing on the first snapshot or an unchanged one', () => {
    expect(diffCelebrations(null, base)).toEqual([]);
    expect(diffCelebrations(base, structuredClone(base))).toEqual([]);
    expect(
      diffCelebrations(
        base,
        next(base, () => {}),
      ),
    ).toEqual([]);
  });

  it('celebrates a new badge award', () => {
    const n = next(base, (s) =>
      s.awards.push({
        badgeId: 'b-streak',
        repId: 'r1',
        earnedOn: '2026-11-20',
        window: null,
        windowName: null,
        explanation: 'ten days',
      }),
    );
    expect(diffCelebrations(base, n)).toEqual([
      {
        kind: 'badge',
        id: 'badge:b-streak|r1|',
        repId: 'r1',
        badgeId: 'b-streak',
        explanation: 'ten days',
      },
    ]);
  });

  it('celebrates a contest that turned final, naming the winner', () => {
    const n = next(base, (s) => {
      s.contests[0]!.status = 'final';
    });
    expect(diffCelebrations(base, n)).toEqual([
      {
        kind: 'contest',
        id: 'contest:c-nov',
        contestId: 'c-nov',
        winnerRepId: 'r5',
        winnerTeam: 'North',
      },
    ]);
  });

  it('does not celebrate a contest that was already final or is new to the screen', () => {
    const n = next(base, (s) => {
      s.contests.push({ ...s.contests[3]!, id: 'c-new' });
    });
    expect(diffCelebrations(base, n)).toEqual([]);
  });

  it('celebrates a new big deal but not other new recognition', () => {
    const n = next(base, (s) => {
      s.recognition.push({
        id: 'd9',
        date: '2026-11-20',
        kind: 'big_deal',
        toRepId: 'r3',
        from: null,
        message: 'Globex',
        badgeId: null,
        contestId: null,
      });
      s.recognition.push({
        id: 'h9',
        date: '2026-11-20',
        kind: 'hi-five',
        toRepId: 'r3',
        from: 'x',
        message: 'y',
        badgeId: null,
        contestId: null,
      });
    });
    expect(diffCelebrations(base, n)).toEqual([
      { kind: 'big_deal', id: 'deal:d9', repId: 'r3', message: 'Globex' },
    ]);
  });

  it(`caps a backlog at ${MAX_CELEBRATIONS}`, () => {
    const n = next(base, (s) => {
      for (let i = 0; i < 20; i++)
        s.recognition.push({
          id: `d${i}`,
          date: '2026-11-20',
          kind: 'big_deal',
          toRepId: 'r1',
          from: null,
          message: null,
          badgeId: null,
          contestId: null,
        });
    });
    expect(diffCelebrations(base, n)).toHaveLength(MAX_CELEBRATIONS);
  });
});
