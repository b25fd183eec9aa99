// Specs for SPIFs: money prizes of final contests a plan lists, paid in the period the contest ended.
import { describe, expect, it } from 'vitest';
import { payLineText } from '../../../shared/incentives';
import { payoutAt, prizeAmount, spiffIssues } from '../../../shared/incentives';
import { contest, d, deal, plan, rep, result, runOf } from './fixtures';

describe('prizeAmount reads a money amount at the start of the prize text', () => {
  it.each([
    ['$500', 500],
    ['500', 500],
    ['$1,500.50 bonus', 1500.5],
    ['$500 and a trophy', 500],
    ['USD 250', 250],
    ['250 USD', 250],
    ['€300', 300],
    ['2 tickets', null],
    ['Dinner for two', null],
    ['', null],
    [null, null],
  ])('%j -> %j', (text, expected) => {
    expect(prizeAmount(text)).toBe(expected);
  });
});

function spiffOf(results: ReturnType<typeof result>[], repId = 'r1', asOf = '2026-11-26') {
  const run = runOf(
    {
      reps: [rep('r1', { team: 'East' }), rep('r2', { team: 'East' }), rep('r3', { team: 'West' })],
      plans: [
        plan({ appliesTo: 'East', spiffContestIds: results.map((r) => r.contest.contestId) }),
      ],
      deals: [deal(2, 'r1', 1000, '2026-11-02')],
      contests: results,
    },
    asOf,
  );
  const p = payoutAt(run, repId, d(asOf));
  return {
    spiff: p?.spiff,
    lines: p?.lines.filter((l) => l.kind === 'spiff').map((l) => payLineText(l, 'USD')),
  };
}

const nov = contest('C-REV', '2026-11-20', '$500 and a trophy');

describe('SPIFs', () => {
  it('pays the winner of a final contest that ended in the period', () => {
    expect(
      spiffOf([
        result(nov, 'final', [
          ['r1', null, 1, 9000],
          ['r2', null, 2, 5000],
        ]),
      ]),
    ).toEqual({
      spiff: 500,
      lines: ['SPIF Race C-REV (C-REV), place 1: $500'],
    });
  });

  it.each([
    ['a live contest', result(nov, 'live', [['r1', null, 1, 9000]]), 0],
    [
      'second place of a single prize',
      result(nov, 'final', [
        ['r2', null, 1, 9000],
        ['r1', null, 2, 5000],
      ]),
      0,
    ],
    [
      'a contest that ended last month',
      result(contest('C-OCT', '2026-10-30', '$500'), 'final', [['r1', null, 1, 9000]]),
      0,
    ],
    [
      'a prize with no money amount',
      result(contest('C-X', '2026-11-20', 'Dinner for two'), 'final', [['r1', null, 1, 9000]]),
      0,
    ],
    [
      'a tie for first: each gets the prize',
      result(nov, 'final', [
        ['r1', null, 1, 9000],
        ['r2', null, 1, 9000],
      ]),
      500,
    ],
    [
      'second place of per-place prizes',
      result(contest('C-P', '2026-11-20', '1st: $500; 2nd: $200'), 'final', [
        ['r2', null, 1, 9],
        ['r1', null, 2, 5],
      ]),
      200,
    ],
    ['a first place without a score', result(nov, 'final', [['r1', null, 1, 0]]), 0],
  ])('%s pays %d', (_, r, amount) => {
    expect(spiffOf([r]).spiff).toBe(amount);
  });

  it('splits a team prize among the active members of the winning team', () => {
    const team = contest('C-TEAM', '2026-11-20', '$500', 3, 'team');
    const r = result(team, 'final', [
      [null, 'East', 1, 9000],
      [null, 'West', 2, 100],
    ]);
    expect(spiffOf([r])).toEqual({
      spiff: 250,
      lines: ['SPIF Race C-TEAM (C-TEAM), team East place 1: $500 ÷ 2 members = $250'],
    });
  });

  it('reports unknown contests and prizes without an amount', () => {
    const bad = contest('C-X', '2026-11-20', 'Dinner for two', 7);
    const lookup = (id: string) => (id === 'C-X' ? result(bad, 'final', []) : undefined);
    const issues = spiffIssues([plan({ row: 4, spiffContestIds: ['C-X', 'C-NONE'] })], lookup);
    expect(issues.map((i) => [i.tab, i.row, i.column, i.value])).toEqual([
      ['Contests', 7, 'prize', 'Dinner for two'],
      ['Commission Plans', 4, 'spiff_contest_ids', 'C-NONE'],
    ]);
  });
});
