// Properties of contest ranking: a total order independent of input order, shared ranks only for true ties.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { progressPct, rankScored, type Scored } from '../../../shared/contests';

const scored = fc.uniqueArray(
  fc.record({
    key: fc.string({ minLength: 1, maxLength: 3 }),
    name: fc.constantFrom('Ann', 'Bob', 'Cat'),
    value: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
    reachedAt: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
    finishedAt: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
  }),
  { selector: (r) => r.key, maxLength: 12 },
);

function toScored(
  list: {
    key: string;
    name: string;
    value: number | null;
    reachedAt: number | null;
    finishedAt: number | null;
  }[],
): Scored[] {
  return list.map((r) => ({
    participant: { repId: r.key, team: null, name: r.name, key: r.key, repIds: [r.key] },
    score: {
      value: r.value,
      reachedAt: r.reachedAt,
      finishedAt: r.finishedAt,
      series: [],
      fact: { kind: 'nothing_counted' },
    },
  }));
}

describe('rankScored', () => {
  it('gives the same order and ranks whatever the input order', () => {
    fc.assert(
      fc.property(scored, (list) => {
        const a = rankScored(toScored(list)).map((r) => [r.rank, r.item.participant.key]);
        const b = rankScored(toScored([...list].reverse())).map((r) => [
          r.rank,
          r.item.participant.key,
        ]);
        expect(b).toEqual(a);
      }),
    );
  });

  it('starts at 1 and either repeats the previous rank (a tie) or equals the position', () => {
    fc.assert(
      fc.property(scored, (list) => {
        const ranked = rankScored(toScored(list));
        ranked.forEach((r, i) => {
          if (i === 0) expect(r.rank).toBe(1);
          else expect([ranked[i - 1]!.rank, i + 1]).toContain(r.rank);
        });
      }),
    );
  });

  it('puts finishers first, then values high to low with null values last', () => {
    fc.assert(
      fc.property(scored, (list) => {
        const scores = rankScored(toScored(list)).map((r) => r.item.score);
        for (let i = 1; i < scores.length; i++) {
          const [p, q] = [scores[i - 1]!, scores[i]!];
          if (p.finishedAt === null) expect(q.finishedAt).toBeNull();
          else if (q.finishedAt !== null) expect(q.finishedAt).toBeGreaterThanOrEqual(p.finishedAt);
          else continue;
          if (p.finishedAt === q.finishedAt && p.value === null) expect(q.value).toBeNull();
          if (p.finishedAt === q.finishedAt && p.value !== null && q.value !== null)
            expect(q.value).toBeLessThanOrEqual(p.value);
        }
      }),
    );
  });
});

describe('progressPct', () => {
  it.each([
    ['toward the goal', 'most', 10, 5, 8, 50],
    ['capped at 100', 'first_to', 10, 15, 15, 100],
    ['relative to the leader without a goal', 'most', null, 6, 8, 75],
    ['relative to the leader for streaks (the goal is a daily bar)', 'streak', 2, 3, 4, 75],
    ['0 when the leader has nothing', 'most', null, 0, 0, 0],
    ['never negative', 'improvement', null, -20, 40, 0],
  ] as const)('is %s', (_, kind, goal, value, leader, expected) => {
    expect(progressPct({ kind, goal }, value, leader)).toBe(expected);
  });

  it('is null for a null value', () => {
    expect(progressPct({ kind: 'percent_of_target', goal: null }, null, 80)).toBeNull();
  });
});
