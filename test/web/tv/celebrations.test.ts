// Celebrations come only from news between two snapshots: every kind of news, in one order, none dropped.
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../../shared/snapshot';
import { type Celebration, diffCelebrations } from '../../../web/src/tv/celebrations';
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
      { kind: 'big_deal', id: 'deal:d9', repId: 'r3', message: 'Globex', amount: null },
    ]);
  });

  it('keeps a whole backlog: twenty big deals are twenty celebrations', () => {
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
    expect(diffCelebrations(base, n)).toHaveLength(20);
  });
});

const board = (s: Snapshot) =>
  s.leaderboards.find((b) => b.periodKind === 'month' && b.lens === 'revenue')!;
const setValue = (s: Snapshot, repId: string, value: number) => {
  const b = board(s);
  b.entries.find((e) => e.repId === repId)!.value = value;
  // Ranks as the engine gives them: by value, descending.
  const sorted = [...b.entries].sort((x, y) => (y.value ?? 0) - (x.value ?? 0));
  sorted.forEach((e, i) => {
    e.rank = i + 1;
  });
  b.entries = sorted;
};
const rep = (s: Snapshot, id: string) => s.reps.find((r) => r.id === id)!;
const summary = (c: Celebration) => {
  switch (c.kind) {
    case 'deal_won':
      return `deal ${c.repId} ${c.amount}`;
    case 'big_deal':
      return `big ${c.repId} ${c.amount}`;
    case 'new_leader':
      return `#1 ${c.repId}`;
    case 'overtake':
      return `${c.repId} passed ${c.passedRepId}`;
    case 'target_hit':
      return `target ${c.repId} ${c.period}`;
    case 'level_up':
      return `level ${c.repId} ${c.level}`;
    case 'streak':
      return `streak ${c.repId} ${c.days}`;
    case 'badge':
      return `badge ${c.repId} ${c.badgeId}`;
    case 'contest':
      return `won ${c.contestId} ${c.winnerRepId}`;
  }
};

// Board before: r5 52,000 · r1 48,100 · r3 30,500 · (anonymous 22,000) · r2 19,800 · r4 4,100.
describe('diffCelebrations: the moments reps care about', () => {
  const base = sampleSnapshot();
  it.each<[string, (s: Snapshot) => void, string[]]>([
    [
      'a deal won: the month revenue rose, the rise is the amount',
      (s) => setValue(s, 'r4', 9100),
      ['deal r4 5000'],
    ],
    [
      'a new #1 (and the deal that made it)',
      (s) => setValue(s, 'r1', 60000),
      ['#1 r1', 'deal r1 11900'],
    ],
    [
      'an overtake names the rep just passed',
      (s) => setValue(s, 'r2', 31000),
      ['deal r2 11200', 'r2 passed r3'],
    ],
    [
      'a big deal takes the deal news and its amount',
      (s) => {
        setValue(s, 'r4', 34100);
        s.recognition.push({
          id: 'bd',
          date: '2026-11-20',
          kind: 'big_deal',
          toRepId: 'r4',
          from: null,
          message: null,
          badgeId: null,
          contestId: null,
        });
      },
      ['big r4 30000', 'r4 passed r3'],
    ],
    [
      'target hit: this month reaches 100% of target',
      (s) => {
        rep(s, 'r3').attainment.month = 101;
      },
      ['target r3 November 2026'],
    ],
    [
      'no target news for a rep already past 100%',
      (s) => {
        rep(s, 'r5').attainment.month = 130;
      },
      [],
    ],
    [
      'a level-up',
      (s) => {
        rep(s, 'r4').level = 2;
      },
      ['level r4 2'],
    ],
    [
      'a streak milestone: the highest one crossed',
      (s) => {
        rep(s, 'r5').streak.current = 15;
      },
      ['streak r5 15'],
    ],
    [
      'a streak growing past a milestone (9 to 11 days) cheers that milestone',
      (s) => {
        rep(s, 'r5').streak.current = 11;
      },
      ['streak r5 10'],
    ],
    [
      'a new month is not a wave of overtakes or deals',
      (s) => {
        board(s).period = '2026-12';
        setValue(s, 'r4', 99000);
      },
      [],
    ],
    [
      'values hidden (amounts not published): no amounts, ranks still tell a new #1',
      (s) => {
        for (const e of board(s).entries) e.value = null;
        const b = board(s);
        const r1 = b.entries.find((e) => e.repId === 'r1')!;
        const r5 = b.entries.find((e) => e.repId === 'r5')!;
        [r1.rank, r5.rank] = [1, 2];
      },
      ['#1 r1'],
    ],
    [
      'several at once, biggest moments first',
      (s) => {
        rep(s, 'r4').level = 2;
        rep(s, 'r2').streak.current = 5;
        setValue(s, 'r3', 60000);
        s.contests[0]!.status = 'final';
      },
      ['won c-nov r5', '#1 r3', 'deal r3 29500', 'level r4 2', 'streak r2 5'],
    ],
  ])('%s', (_name, change, expected) => {
    expect(diffCelebrations(base, next(base, change)).map(summary)).toEqual(expected);
  });

  it('gives every piece of news a stable id, so a reload never repeats it', () => {
    const n = next(base, (s) => setValue(s, 'r4', 9100));
    expect(diffCelebrations(base, n).map((c) => c.id)).toEqual(
      diffCelebrations(base, structuredClone(n)).map((c) => c.id),
    );
  });
});
