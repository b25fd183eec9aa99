// Deals rows that cannot be true (dates out of order, status against stage, a won deal without an amount): kept, with a warning.
import { describe, expect, it } from 'vitest';
import { tab, parse } from './helpers';

const header = ['deal_id', 'rep_id', 'amount', 'stage', 'status', 'created_date', 'close_date'];
type Row = [string | number, string, string, string, string];

describe('Deals: impossible data is kept and reported as a warning', () => {
  it.each<[string, Row, string, string | null, RegExp, 'open' | 'won' | 'lost']>([
    [
      'a close_date before the created_date',
      [100, 'Closed Won', '', '2026-11-10', '2026-11-05'],
      'close_date',
      '2026-11-05',
      /close_date 2026-11-05 is before the created_date 2026-11-10/,
      'won',
    ],
    [
      'status won with stage Closed Lost (status wins)',
      [100, 'Closed Lost', 'won', '2026-10-01', '2026-11-05'],
      'status',
      'won',
      /status is won but the stage "Closed Lost" says lost; the deal is read as won/,
      'won',
    ],
    [
      'status lost with stage Closed Won (status wins)',
      [100, 'closed_won', 'lost', '2026-10-01', '2026-11-05'],
      'status',
      'lost',
      /status is lost but the stage "closed_won" says won; the deal is read as lost/,
      'lost',
    ],
    [
      'status open with stage Won',
      [100, 'Won', 'open', '2026-10-01', ''],
      'status',
      'open',
      /status is open but the stage "Won" says won/,
      'open',
    ],
    [
      'a won deal with a blank amount (counted as 0)',
      ['', 'Negotiation', 'won', '2026-10-01', '2026-11-05'],
      'amount',
      null,
      /won but its amount is blank, so it counts as 0 revenue/,
      'won',
    ],
  ])('%s', (_name, [amount, stage, status, created, close], column, value, problem, read) => {
    const { workbook, issues } = parse({
      Deals: tab(header, ['d1', 'r1', amount, stage, status, created, close]),
    });
    expect(workbook.deals.map((d) => [d.dealId, d.status])).toEqual([['d1', read]]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ tab: 'Deals', row: 2, column, value, severity: 'warning' });
    expect(issues[0]?.problem).toMatch(problem);
    expect(issues[0]?.fix.length).toBeGreaterThan(20);
  });

  it.each<[string, Row]>([
    ['a deal closed the day it was created', [100, 'Closed Won', '', '2026-11-05', '2026-11-05']],
    ['status and stage that agree', [100, 'Closed Won', 'won', '2026-10-01', '2026-11-05']],
    ['a status with a stage of your own', [100, 'Negotiation', 'lost', '2026-10-01', '2026-11-05']],
    ['an open deal with a blank amount', ['', 'Discovery', '', '2026-10-01', '']],
    ['a lost deal with a blank amount', ['', 'Closed Lost', '', '2026-10-01', '2026-11-05']],
  ])('says nothing about %s', (_name, [amount, stage, status, created, close]) => {
    const { workbook, issues } = parse({
      Deals: tab(header, ['d1', 'r1', amount, stage, status, created, close]),
    });
    expect(workbook.deals).toHaveLength(1);
    expect(issues).toEqual([]);
  });

  it('says nothing about blank amounts when the tab has no amount column', () => {
    const { workbook, issues } = parse({
      Deals: tab(['deal_id', 'rep_id', 'status', 'close_date'], ['d1', 'r1', 'won', '2026-11-05']),
    });
    expect(workbook.deals.map((d) => d.amount)).toEqual([0]);
    expect(issues).toEqual([]);
  });
});
