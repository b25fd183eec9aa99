// Specs for period metrics: every figure of a rep's period, pace with holidays, and group aggregates.
import { describe, expect, it } from 'vitest';
import { buildDealIndex } from '../../../shared/metrics/deal-index';
import { buildLedger } from '../../../shared/metrics/ledger';
import {
  aggregatePeriodMetrics,
  paceOf,
  periodMetricsOf,
} from '../../../shared/metrics/period-metrics';
import { buildTargets } from '../../../shared/metrics/targets';
import type { Period } from '../../../shared/time/period';
import { act, calendar, d, deal, rep, target, workbook } from './fixtures';

const P = (kind: Period['kind'], label: string, start: string, end: string): Period => ({
  kind,
  label,
  start: d(start),
  end: d(end),
});
const NOV = P('month', '2026-11', '2026-11-01', '2026-11-30');
const OCT = P('month', '2026-10', '2026-10-01', '2026-10-31');
const DEC = P('month', '2026-12', '2026-12-01', '2026-12-31');
// November 2026 has 21 weekdays; Thanksgiving (26th) is a holiday, so 20 working days.
const cal = calendar({ holidays: new Set([d('2026-11-26')]) });
const wb = workbook({
  calendar: cal,
  reps: [rep('r'), rep('s'), rep('none')],
  deals: [
    deal({
      row: 2,
      repId: 'r',
      amount: 10000,
      status: 'won',
      created: '2026-10-01',
      closed: '2026-11-03',
    }),
    deal({
      row: 3,
      repId: 'r',
      amount: 5000,
      status: 'won',
      created: '2026-11-01',
      closed: '2026-11-10',
    }),
    deal({
      row: 4,
      repId: 'r',
      amount: 7000,
      status: 'lost',
      created: '2026-10-15',
      closed: '2026-11-12',
    }),
    deal({ row: 5, repId: 'r', amount: 3000, status: 'open', created: '2026-11-05' }),
    deal({
      row: 6,
      repId: 'r',
      amount: 2000,
      status: 'won',
      created: '2026-11-15',
      closed: '2026-11-25',
    }),
    deal({ row: 7, repId: 'r', amount: 4000, status: 'won', closed: '2026-10-20' }),
    deal({ row: 8, repId: 'r', amount: 1000, status: 'open' }),
    deal({
      row: 9,
      repId: 'r',
      amount: 500,
      status: 'lost',
      created: '2026-11-02',
      closed: '2026-12-01',
    }),
    deal({
      row: 10,
      repId: 's',
      amount: 5000,
      status: 'won',
      created: '2026-11-09',
      closed: '2026-11-11',
    }),
  ],
  activities: [
    act(2, 'r', '2026-11-02', 'call', 3),
    act(3, 'r', '2026-11-03', 'email', 2),
    act(4, 'r', '2026-11-04', 'meeting', 1),
    act(5, 'r', '2026-11-25', 'call', 1),
    act(6, 's', '2026-11-04', 'demo', 1),
  ],
  targets: [
    target(2, 'r', '2026-11', 'revenue', 20000),
    target(3, 's', '2026-11', 'revenue', 10000),
  ],
});
const ledger = buildLedger(wb);
const targets = buildTargets(wb);
const asOf = d('2026-11-20');
const ctx = { ledger, targets, calendar: cal, deals: buildDealIndex(wb.deals) };
/** A rep's figures from a fresh run, so no test sees another's memo. */
const metrics = (repId: string, period: Period, day = asOf) =>
  periodMetricsOf(ctx)(repId, period, day);

describe("a rep period's figures", () => {
  const r = metrics('r', NOV);
  it.each([
    [
      'revenue: won deals closed by the as-of day (rows 2, 3; row 6 closes later)',
      'revenue',
      15000,
    ],
    ['won deals', 'wonDeals', 2],
    ['lost deals (row 4; row 9 closes in December)', 'lostDeals', 1],
    ['win rate: 2 won of 3 closed', 'winRatePct', 200 / 3],
    ['average deal: 15,000 / 2', 'avgDeal', 7500],
    ['cycle: (33 + 9) / 2 days', 'cycleDays', 21],
    ['new pipeline created Nov 1-20: rows 3, 5, 6, 9', 'newPipeline', 10500],
    ['open pipeline on Nov 20: rows 5, 6, 8 (no created day), 9', 'openPipeline', 6500],
    ['activity points: 3 calls + 2 emails x0.5 + 1 meeting x3', 'activityPoints', 7],
    ['revenue target', 'revenueTarget', 20000],
    ['attainment: 15,000 / 20,000', 'attainmentPct', 75],
    ['pace: 15 of 20 working days (holiday on the 26th)', 'pacePct', 75],
    ['working days elapsed', 'workingDaysElapsed', 15],
    ['working days in the month', 'workingDays', 20],
  ] as const)('%s', (_what, key, expected) => {
    expect(r[key]).toBeCloseTo(expected, 9);
  });

  it('counts activities per type, every type of the ledger present', () => {
    expect(r.activities).toEqual({ call: 3, demo: 0, email: 2, meeting: 1 });
  });

  it('counts the whole month once the as-of day is past it', () => {
    const full = metrics('r', NOV, d('2026-12-15'));
    expect([full.revenue, full.wonDeals, full.activities.call, full.pacePct]).toEqual([
      17000, 3, 4, 100,
    ]);
    expect(full.openPipeline).toBe(3000 + 1000 + 500);
  });

  it('gives a past period pace 100 and its open pipeline at its end', () => {
    const oct = metrics('r', OCT);
    expect(oct.pacePct).toBe(100);
    expect(oct.revenue).toBe(4000);
    expect(oct.cycleDays).toBeNull(); // row 7 has no created day
    expect(oct.openPipeline).toBe(10000 + 7000 + 1000);
  });

  it('gives a future period pace 0 and nothing yet', () => {
    const dec = metrics('r', DEC);
    expect([dec.pacePct, dec.revenue, dec.lostDeals]).toEqual([0, 0, 0]);
  });

  it('gives nulls, not zeros or NaN, for rates of a rep with nothing closed and no target', () => {
    const n = metrics('none', NOV);
    expect([
      n.revenue,
      n.winRatePct,
      n.avgDeal,
      n.cycleDays,
      n.revenueTarget,
      n.attainmentPct,
    ]).toEqual([0, null, null, null, null, null]);
    expect(n.pacePct).toBe(75);
  });
});

describe('periodMetricsOf', () => {
  const cases: [string, string, Period, string][] = [
    ['the current month', 'r', NOV, '2026-11-20'],
    ['a past month', 'r', OCT, '2026-11-20'],
    ['a future month', 's', DEC, '2026-11-20'],
    ['a month as of its last day', 's', NOV, '2026-11-30'],
    ['a rep without data', 'none', NOV, '2026-11-20'],
  ];
  it('gives, from one run asked for every case in turn, the figures of a fresh run for each', () => {
    const shared = periodMetricsOf(ctx);
    for (const [, repId, p, day] of cases)
      expect(shared(repId, p, d(day))).toEqual(metrics(repId, p, d(day)));
  });

  it('computes a rep period once for every as-of day on or after its end', () => {
    const of = periodMetricsOf(ctx);
    const first = of('r', OCT, d('2026-10-31'));
    expect(of('r', OCT, d('2026-11-20'))).toBe(first);
    expect(of('r', OCT, d('2026-10-30'))).not.toBe(first);
    expect(of('s', OCT, d('2026-10-31'))).not.toBe(first);
  });
});

describe('paceOf', () => {
  it.each([
    ['first working day: 1 of 20', '2026-11-02', 5],
    ['a Sunday before any working day', '2026-11-01', 0],
    ['the day before a holiday: 18 of 20', '2026-11-25', 90],
    ['the holiday itself adds no working day', '2026-11-26', 90],
    ['the last day of the month', '2026-11-30', 100],
    ['before the period', '2026-10-31', 0],
    ['after the period', '2026-12-01', 100],
  ])('%s', (_what, day, expected) => {
    expect(paceOf(NOV, d(day), cal).pacePct).toBeCloseTo(expected, 9);
  });
});

describe('aggregatePeriodMetrics', () => {
  const team = aggregatePeriodMetrics(
    [metrics('r', NOV), metrics('s', NOV)],
    NOV,
    asOf,
    cal,
    ledger.activityTypes,
  );
  it('sums results and recomputes rates from the sums', () => {
    expect([team.revenue, team.wonDeals, team.lostDeals]).toEqual([20000, 3, 1]);
    expect(team.winRatePct).toBe(75); // not the mean of 66.7% and 100%
    expect(team.avgDeal).toBeCloseTo(20000 / 3, 9);
    expect(team.cycleDays).toBe((33 + 9 + 2) / 3);
    expect(team.revenueTarget).toBe(30000);
    expect(team.attainmentPct).toBeCloseTo(200 / 3, 9);
    expect(team.activities).toEqual({ call: 3, demo: 1, email: 2, meeting: 1 });
  });
  it('has no group target when a member has none', () => {
    const g = aggregatePeriodMetrics(
      [metrics('r', NOV), metrics('none', NOV)],
      NOV,
      asOf,
      cal,
      ledger.activityTypes,
    );
    expect([g.revenueTarget, g.attainmentPct]).toEqual([null, null]);
  });
});
