// Deals won_date and Commission Plans effective_from / effective_to: reading and validation.
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../../shared/time';
import { parse, tab, where } from './helpers';

const D = (y: number, m: number, d: number) => dayFromYmd(y, m, d);

describe('Deals won_date', () => {
  const header = ['deal_id', 'rep_id', 'amount', 'status', 'close_date', 'won_date'];

  it.each([
    ['a lost deal keeps the day it was won', 'lost', '2026-11-20', '2026-11-05', D(2026, 11, 5)],
    [
      'won and lost on the same day is fine',
      'lost',
      '2026-11-20 17:00',
      '2026-11-20',
      D(2026, 11, 20),
    ],
    ['a won deal keeps it as written', 'won', '2026-11-05', '2026-11-05', D(2026, 11, 5)],
    ['blank is null', 'lost', '2026-11-20', '', null],
  ])('%s', (_name, status, close, won, expected) => {
    const { workbook, issues } = parse({
      Deals: tab(header, ['d1', 'r1', 1000, status, close, won]),
    });
    expect(issues).toEqual([]);
    expect(workbook.deals[0]?.wonDay).toBe(expected);
  });

  it.each([
    ['on an open deal', 'open', '', '2026-11-05', 'open'],
    ['after the close_date of a lost deal', 'lost', '2026-11-05', '2026-11-06', 'after'],
  ])(
    'a won_date %s is a warning and is ignored; the deal stays',
    (_n, status, close, won, word) => {
      const { workbook, issues } = parse({
        Deals: tab(header, ['d1', 'r1', 1000, status, close, won]),
      });
      expect(where(issues, 'Deals')).toEqual([[2, 'won_date', 'warning']]);
      expect(issues[0]?.value).toBe(won);
      expect(issues[0]?.problem).toContain(word);
      expect(workbook.deals.map((d) => [d.dealId, d.wonDay])).toEqual([['d1', null]]);
    },
  );

  it('a won_date that is not a date is a warning and reads as blank', () => {
    const { workbook, issues } = parse({
      Deals: tab(header, ['d1', 'r1', 1000, 'lost', '2026-11-05', 'last week']),
    });
    expect(where(issues, 'Deals')).toEqual([[2, 'won_date', 'warning']]);
    expect(workbook.deals[0]?.wonDay).toBeNull();
  });
});

describe('Commission Plans effective_from / effective_to', () => {
  const header = ['plan_id', 'applies_to', 'effective_from', 'effective_to'];

  it.each([
    ['both blank: always in effect', '', '', null, null],
    ['from only', '2026-11-15', '', D(2026, 11, 15), null],
    ['to only', '', '2026-11-14', null, D(2026, 11, 14)],
    ['a one-day plan', '2026-11-14', '2026-11-14', D(2026, 11, 14), D(2026, 11, 14)],
  ])('%s', (_name, from, to, expectedFrom, expectedTo) => {
    const { workbook, issues } = parse({ 'Commission Plans': tab(header, ['p1', 'r1', from, to]) });
    expect(issues).toEqual([]);
    expect(workbook.commissionPlans).toMatchObject([
      { planId: 'p1', effectiveFrom: expectedFrom, effectiveTo: expectedTo },
    ]);
  });

  it('effective_to before effective_from is an error and the plan is left out', () => {
    const { workbook, issues } = parse({
      'Commission Plans': tab(
        header,
        ['p1', 'r1', '2026-11-15', '2026-11-14'],
        ['p2', 'r2', '2026-11-15', ''],
      ),
    });
    expect(where(issues, 'Commission Plans')).toEqual([[2, 'effective_to', 'error']]);
    expect(issues[0]?.value).toBe('2026-11-14');
    expect(workbook.commissionPlans.map((p) => p.planId)).toEqual(['p2']);
  });
});
