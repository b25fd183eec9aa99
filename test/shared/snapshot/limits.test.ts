// The snapshot keeps what the site shows: the leaders' race lines, the nearest badges, the newest recognition.
import { describe, expect, it } from 'vitest';
import type { ContestInput, ProgressInput, RecognitionInput } from '../../../shared/snapshot/input';
import {
  leadingSeries,
  nearestProgress,
  newestRecognition,
  PROGRESS_PER_REP,
  RACE_LINES,
  RECOGNITION_ENTRIES,
} from '../../../shared/snapshot/limits';

function contest(
  kind: ContestInput['kind'],
  standings: readonly [key: string, rank: number][],
  seriesKeys: readonly string[],
): ContestInput {
  return {
    id: 'c',
    name: 'C',
    kind,
    metric: 'revenue',
    start: '2026-11-01',
    end: '2026-11-30',
    goal: null,
    team: null,
    prize: null,
    description: null,
    public: true,
    status: 'live',
    rulesHash: 'h',
    rules: { kind, metric: 'revenue', start: 20758, end: 20787, goal: null, team: null },
    standings: standings.map(([key, rank]) => ({
      repId: kind === 'team' ? null : key,
      team: kind === 'team' ? key : 'North',
      rank,
      value: 0,
      progressPct: null,
      finishedAt: null,
      fact: { kind: 'nothing_counted' as const },
      tiedWithRank: null,
    })),
    series: seriesKeys.map((key) => ({ key, points: [{ day: '2026-11-02', value: 1 }] })),
  };
}

describe('leadingSeries', () => {
  it('matches the six lines the race chart draws', () => {
    expect(RACE_LINES).toBe(6);
  });

  it.each([
    [
      'keeps every line of a small contest',
      contest(
        'most',
        [
          ['a', 1],
          ['b', 2],
        ],
        ['b', 'a'],
      ),
      ['b', 'a'],
    ],
    [
      'keeps the lines of the first six by rank, in series order',
      contest(
        'most',
        [
          ['h', 8],
          ['g', 7],
          ['f', 6],
          ['e', 5],
          ['d', 4],
          ['c', 3],
          ['b', 2],
          ['a', 1],
        ],
        ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'],
      ),
      ['a', 'b', 'c', 'd', 'e', 'f'],
    ],
    [
      'breaks a tie at the cut by standings order',
      contest(
        'most',
        [
          ['a', 1],
          ['b', 2],
          ['c', 3],
          ['d', 4],
          ['e', 5],
          ['y', 6],
          ['x', 6],
          ['z', 8],
        ],
        ['x', 'y', 'z', 'a', 'b', 'c', 'd', 'e'],
      ),
      ['y', 'a', 'b', 'c', 'd', 'e'],
    ],
    [
      'keys team contests by team',
      contest(
        'team',
        [
          ['T1', 1],
          ['T2', 2],
          ['T3', 3],
          ['T4', 4],
          ['T5', 5],
          ['T6', 6],
          ['T7', 7],
        ],
        ['T7', 'T6', 'T5', 'T4', 'T3', 'T2', 'T1'],
      ),
      ['T6', 'T5', 'T4', 'T3', 'T2', 'T1'],
    ],
  ])('%s', (_what, c, expected) => {
    expect(leadingSeries(c).map((s) => s.key)).toEqual(expected);
  });
});

describe('nearestProgress', () => {
  const p = (repId: string, badgeId: string, pct: number): ProgressInput => ({
    repId,
    badgeId,
    pct,
    fact: { kind: 'streak_days', metric: 'call', days: 1, threshold: 5 },
  });

  it('keeps three per rep', () => {
    expect(PROGRESS_PER_REP).toBe(3);
  });

  it.each([
    [
      'keeps all when a rep has three or fewer',
      [p('r1', 'a', 10), p('r1', 'b', 20)],
      ['r1:a', 'r1:b'],
    ],
    [
      'keeps the highest percentages per rep, in input order',
      [p('r1', 'a', 10), p('r1', 'b', 90), p('r2', 'a', 5), p('r1', 'c', 50), p('r1', 'd', 70)],
      ['r1:b', 'r2:a', 'r1:c', 'r1:d'],
    ],
    [
      'breaks equal percentages by badge id',
      [p('r1', 'd', 40), p('r1', 'c', 40), p('r1', 'b', 40), p('r1', 'a', 40)],
      ['r1:c', 'r1:b', 'r1:a'],
    ],
  ])('%s', (_what, input, expected) => {
    expect(nearestProgress(input).map((x) => `${x.repId}:${x.badgeId}`)).toEqual(expected);
  });
});

describe('newestRecognition', () => {
  const r = (id: string, date: string): RecognitionInput => ({
    id,
    date,
    kind: 'hi-five',
    toRepId: 'r1',
    fromRepId: null,
    fromText: null,
    message: null,
    caption: null,
    badgeId: null,
    contestId: null,
    public: true,
  });

  it('keeps the newest 200', () => {
    expect(RECOGNITION_ENTRIES).toBe(200);
  });

  it('drops the oldest entries beyond the limit, keeping input order', () => {
    // 198 entries in December, then 4 on 30 Nov: two of those make the cut, the smallest ids first.
    const december = Array.from({ length: 198 }, (_, i) =>
      r(`dec-${String(i).padStart(3, '0')}`, `2026-12-${String((i % 28) + 1).padStart(2, '0')}`),
    );
    const november = ['n4', 'n1', 'n3', 'n2'].map((id) => r(id, '2026-11-30'));
    const kept = newestRecognition([...november, r('old', '2026-01-01'), ...december]);
    expect(kept).toHaveLength(200);
    expect(kept.slice(0, 2).map((x) => x.id)).toEqual(['n1', 'n2']);
    expect(kept.slice(2).map((x) => x.id)).toEqual(december.map((x) => x.id));
  });

  it('keeps everything under the limit', () => {
    const few = [r('b', '2026-01-02'), r('a', '2026-01-01')];
    expect(newestRecognition(few)).toEqual(few);
  });
});
