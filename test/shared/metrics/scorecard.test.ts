// Specs for the Scorecard and History output tabs: rows, order, columns, formats and explanations.
import { describe, expect, it } from 'vitest';
import { computeHistory, historyTable } from '../../../shared/metrics/history';
import { computeScorecard, scorecardTable } from '../../../shared/metrics/scorecard';
import { buildRunContext } from '../../../shared/run-context';
import { act, calendar, d, deal, rep, target, workbook } from './fixtures';

const wb = workbook({
  calendar: calendar({ holidays: new Set([d('2026-11-26')]) }),
  reps: [
    rep('c', { name: 'Cy' }),
    rep('b', { name: 'Bob', team: 'East' }),
    rep('x', { name: 'Xavier', team: 'East', active: false }),
    rep('a', { name: 'Ann', team: 'East' }),
  ],
  deals: [
    deal({
      row: 14,
      repId: 'a',
      amount: 10000,
      status: 'won',
      created: '2026-10-01',
      closed: '2026-11-03',
    }),
    deal({
      row: 27,
      repId: 'a',
      amount: 20000,
      status: 'won',
      created: '2026-11-02',
      closed: '2026-11-17',
    }),
    deal({
      row: 31,
      repId: 'a',
      amount: 12000,
      status: 'won',
      created: '2026-11-02',
      closed: '2026-11-19',
    }),
    deal({
      row: 40,
      repId: 'x',
      amount: 500,
      status: 'won',
      created: '2026-11-02',
      closed: '2026-11-04',
    }),
  ],
  activities: [act(2, 'b', '2026-11-18', 'call', 2), act(3, 'x', '2026-11-18', 'email', 1)],
  targets: [target(2, 'a', '2026-11', 'revenue', 40000)],
});
const asOf = d('2026-11-20');
const run = buildRunContext(wb, asOf);
const { ledger } = run;
const entries = computeScorecard(run);
const table = scorecardTable(ledger, entries, 'USD', (repId) => (repId === 'a' ? 'A' : null));
const col = (name: string) => table.header.indexOf(name);
const cell = (row: readonly unknown[], name: string) => row[col(name)];

describe('scorecardTable', () => {
  it('has the columns of the workbook spec, one per activity type seen, then tier and explanation', () => {
    expect(table.header).toEqual([
      'rep_id',
      'name',
      'team',
      'period_kind',
      'period',
      'revenue',
      'won_deals',
      'lost_deals',
      'win_rate_pct',
      'avg_deal',
      'new_pipeline',
      'open_pipeline',
      'revenue_target',
      'attainment_pct',
      'pace_pct',
      'call',
      'email',
      'activity_points',
      'tier',
      'explanation',
    ]);
  });

  it('lists active reps only, by period kind, then team (no team last), then name', () => {
    expect(
      table.rows.map((r) => `${cell(r, 'period_kind')} ${cell(r, 'period')} ${cell(r, 'rep_id')}`),
    ).toEqual([
      'week 2026-W47 a',
      'week 2026-W47 b',
      'week 2026-W47 c',
      'month 2026-11 a',
      'month 2026-11 b',
      'month 2026-11 c',
      'quarter 2026-Q4 a',
      'quarter 2026-Q4 b',
      'quarter 2026-Q4 c',
      'year 2026 a',
      'year 2026 b',
      'year 2026 c',
    ]);
  });

  it('explains the month with the won rows, the target and the pace', () => {
    const month = table.rows[3]!;
    expect(cell(month, 'explanation')).toBe(
      'Nov 2026: $42,000 won from 3 deals (Deals rows 14, 27, 31) = 105% of $40,000 target; pace 75% (15 of 20 working days)',
    );
    expect([
      cell(month, 'revenue'),
      cell(month, 'attainment_pct'),
      cell(month, 'pace_pct'),
      cell(month, 'tier'),
    ]).toEqual([42000, 105, 75, 'A']);
    expect([cell(month, 'avg_deal'), cell(month, 'win_rate_pct')]).toEqual([14000, 100]);
  });

  it("explains a week's target prorated from its month: 5 of November's 20 working days of 40,000", () => {
    expect(cell(table.rows[0]!, 'revenue_target')).toBe(10000);
    expect(cell(table.rows[0]!, 'explanation')).toBe(
      'Week 47, 2026: $32,000 won from 2 deals (Deals rows 27, 31) = 320% of $10,000 target; pace 100% (5 of 5 working days)',
    );
  });

  it('gives a rep without deals nulls for rates and no target, with activity counts', () => {
    const b = table.rows[4]!;
    expect([
      cell(b, 'revenue'),
      cell(b, 'win_rate_pct'),
      cell(b, 'avg_deal'),
      cell(b, 'revenue_target'),
    ]).toEqual([0, null, null, null]);
    expect([
      cell(b, 'call'),
      cell(b, 'email'),
      cell(b, 'activity_points'),
      cell(b, 'tier'),
    ]).toEqual([2, 0, 2, null]);
    expect(cell(b, 'explanation')).toBe(
      'Nov 2026: no won deals; no revenue target; pace 75% (15 of 20 working days)',
    );
  });

  it('rolls the quarter target up from months only when all are set (here: not)', () => {
    expect(cell(table.rows[6]!, 'revenue_target')).toBeNull();
  });

  it.each([
    ['revenue', 'money'],
    ['open_pipeline', 'money'],
    ['attainment_pct', 'percent'],
    ['pace_pct', 'percent'],
    ['won_deals', 'integer'],
    ['call', 'integer'],
  ])('formats %s as %s', (column, format) => {
    expect(table.formats[column]).toBe(format);
  });
});

describe('historyTable', () => {
  const history = historyTable(ledger, computeHistory(run));
  it('has one row per rep per month with data, inactive reps included, by rep then month', () => {
    expect(history.header).toEqual([
      'rep_id',
      'month',
      'revenue',
      'won_deals',
      'lost_deals',
      'win_rate_pct',
      'new_pipeline',
      'call',
      'email',
      'activity_points',
      'attainment_pct',
    ]);
    expect(history.rows).toEqual([
      ['a', '2026-10', 0, 0, 0, null, 10000, 0, 0, 0, null],
      ['a', '2026-11', 42000, 3, 0, 100, 32000, 0, 0, 0, 105],
      ['b', '2026-11', 0, 0, 0, null, 0, 2, 0, 2, null],
      ['x', '2026-11', 500, 1, 0, 100, 500, 0, 1, 0.5, null],
    ]);
  });
});
