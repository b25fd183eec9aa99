// Specs for the Standings table and prizes by rank.
import { describe, expect, it } from 'vitest';
import {
  evaluateContest,
  prizeFor,
  STANDINGS_HEADER,
  standingsTable,
} from '../../../shared/contests';
import { act, contest, context, rep } from './fixtures';

describe('prizeFor', () => {
  it.each([
    ['Dinner for two', 1, 'final', 'Dinner for two'],
    ['Dinner for two', 2, 'final', null],
    ['Dinner for two', 1, 'live', null],
    ['1st: $500; 2nd: $200', 1, 'final', '$500'],
    ['1st: $500; 2nd: $200', 2, 'final', '$200'],
    ['1st: $500; 2nd: $200', 3, 'final', null],
    [null, 1, 'final', null],
  ] as const)('prize %j at rank %i when %s is %j', (prize, rank, status, expected) => {
    expect(prizeFor(prize, rank, status)).toBe(expected);
  });
});

describe('standingsTable', () => {
  it('writes one row per participant with status, contest name, prize for the winner and explanation', () => {
    const reps = [rep('ann', { team: 'East' }), rep('bob', { team: 'East' })];
    const activities = [
      act(2, 'ann', '2026-11-02 09:00', 'demo', 2),
      act(3, 'bob', '2026-11-03 09:00'),
    ];
    const c = contest({ kind: 'most', prize: 'Trophy' });
    const result = evaluateContest(c, context({ reps, activities, asOf: '2026-11-20' }));
    const table = standingsTable([result], 'USD');
    expect(table.tab).toBe('Standings');
    expect(table.header).toEqual(STANDINGS_HEADER);
    expect(table.header.slice(0, 7)).toEqual([
      'contest_id',
      'rank',
      'rep_id',
      'value',
      'progress_pct',
      'finished_at',
      'status',
    ]);
    expect(table.rows).toEqual([
      [
        'C1',
        1,
        'ann',
        2,
        100,
        null,
        'final',
        'Demo Dash',
        'Trophy',
        '2 demos from 2 Nov to 13 Nov 2026 (Activities row 2).',
        'East',
        result.rulesHash,
      ],
      [
        'C1',
        2,
        'bob',
        1,
        50,
        null,
        'final',
        'Demo Dash',
        null,
        '1 demo from 2 Nov to 13 Nov 2026 (Activities row 3).',
        'East',
        result.rulesHash,
      ],
    ]);
  });

  it('puts the team name in rep_id for team contests', () => {
    const reps = [rep('ann', { team: 'East' })];
    const result = evaluateContest(
      contest({ kind: 'team' }),
      context({ reps, asOf: '2026-11-05' }),
    );
    expect(standingsTable([result], 'USD').rows[0]!.slice(0, 3)).toEqual(['C1', 1, 'East']);
  });
});
