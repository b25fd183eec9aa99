// Specs for the ledger: range sums, daily values, source rows and events, checked against brute force.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildLedger, sourceTab } from '../../../shared/metrics/ledger';
import { readColumns } from '../../../shared/metrics/ledger-columns';
import { groupEntries } from '../../../shared/metrics/ledger-groups';
import { prefixSums } from '../../../shared/metrics/ledger-prefix';
import type { Activity, Deal } from '../../../shared/workbook';
import { act, d, deal, rep, WEIGHTS, workbook } from './fixtures';

const wb = workbook({
  reps: [rep('r2'), rep('r1'), rep('idle', { active: false })],
  activities: [
    act(5, 'r1', '2026-11-02', 'call', 3, 600),
    act(2, 'r1', '2026-11-02', 'call', 1, 540),
    act(3, 'r1', '2026-11-03', 'email', 4),
    act(4, 'r2', '2026-11-03', 'demo', 1),
    act(6, 'r1', '2026-11-05', 'webinar', 2),
  ],
  deals: [
    deal({
      row: 2,
      repId: 'r1',
      amount: 1000,
      status: 'won',
      created: '2026-10-01',
      closed: '2026-11-03',
    }),
    deal({
      row: 3,
      repId: 'r1',
      amount: 500.1,
      status: 'won',
      created: '2026-10-20',
      closed: '2026-11-05',
    }),
    deal({
      row: 4,
      repId: 'r1',
      amount: 700,
      status: 'lost',
      created: '2026-11-01',
      closed: '2026-11-04',
    }),
    deal({ row: 5, repId: 'r1', amount: 900, status: 'open', created: '2026-11-02' }),
    deal({
      row: 6,
      repId: 'r2',
      amount: 0.2,
      status: 'won',
      created: '2026-11-01',
      closed: '2026-11-03',
    }),
  ],
});
const ledger = buildLedger(wb);

describe('buildLedger', () => {
  it('covers the days from the first to the last fact, including created days of deals', () => {
    expect([ledger.firstDay, ledger.lastDay]).toEqual([d('2026-10-01'), d('2026-11-05')]);
  });

  it('lists every rep (inactive ones too) and every activity type, sorted', () => {
    expect(ledger.repIds).toEqual(['idle', 'r1', 'r2']);
    expect(ledger.activityTypes).toEqual(['call', 'demo', 'email', 'webinar']);
  });

  it.each([
    [
      'revenue of won deals on their close day',
      'r1',
      'revenue',
      '2026-11-01',
      '2026-11-30',
      1500.1,
    ],
    ['revenue with a cent-free range total', 'r1', 'revenue', '2026-11-05', '2026-11-05', 500.1],
    ['won deals counted', 'r1', 'won_deals', '2026-11-01', '2026-11-30', 2],
    ['lost deals counted on close day', 'r1', 'lost_deals', '2026-11-04', '2026-11-04', 1],
    [
      'new pipeline on created day, whatever the status',
      'r1',
      'new_pipeline',
      '2026-10-01',
      '2026-11-30',
      3100.1,
    ],
    ['new pipeline for October only', 'r1', 'new_pipeline', '2026-10-01', '2026-10-31', 1500.1],
    ['activity counts per type', 'r1', 'call', '2026-11-02', '2026-11-02', 4],
    [
      'points: 4 calls x1 + 4 emails x0.5 + 2 webinars x1 (unknown type)',
      'r1',
      'activity_points',
      '2026-11-01',
      '2026-11-30',
      8,
    ],
    ['a range beyond the data', 'r1', 'call', '2027-01-01', '2027-12-31', 0],
    ['a range that starts before the data', 'r1', 'call', '2020-01-01', '2026-11-02', 4],
    ['an unknown metric', 'r1', 'calls', '2026-01-01', '2026-12-31', 0],
    ['an unknown rep', 'zz', 'revenue', '2026-01-01', '2026-12-31', 0],
    ['an inactive rep without data', 'idle', 'revenue', '2026-01-01', '2026-12-31', 0],
    ['an empty range (end before start)', 'r1', 'call', '2026-11-03', '2026-11-02', 0],
    ['float dust removed (0.2 won)', 'r2', 'revenue', '2026-11-03', '2026-11-03', 0.2],
  ])('sum: %s', (_what, repId, metric, start, end, expected) => {
    expect(ledger.sum(repId, metric, d(start), d(end))).toBe(expected);
  });

  it('gives daily values', () => {
    expect(ledger.daily('r1', 'call', d('2026-11-02'))).toBe(4);
    expect(ledger.daily('r1', 'call', d('2026-11-03'))).toBe(0);
    expect(ledger.daily('r1', 'email', d('2026-11-03'))).toBe(4);
  });

  it('gives source rows sorted by row, with the tab of the metric', () => {
    expect(ledger.sources('r1', 'call', d('2026-11-01'), d('2026-11-30'))).toEqual([
      { tab: 'Activities', row: 2 },
      { tab: 'Activities', row: 5 },
    ]);
    expect(ledger.sources('r1', 'revenue', d('2026-11-01'), d('2026-11-30'))).toEqual([
      { tab: 'Deals', row: 2 },
      { tab: 'Deals', row: 3 },
    ]);
    expect(ledger.sources('r1', 'revenue', d('2026-11-04'), d('2026-11-04'))).toEqual([]);
  });

  it('gives the same source rows as bare row numbers, with sourceTab naming their tab', () => {
    expect(Array.from(ledger.sourceRows('r1', 'call', d('2026-11-01'), d('2026-11-30')))).toEqual([
      2, 5,
    ]);
    expect(
      Array.from(ledger.sourceRows('r1', 'revenue', d('2026-11-01'), d('2026-11-30'))),
    ).toEqual([2, 3]);
    expect(sourceTab('call')).toBe('Activities');
    expect(sourceTab('revenue')).toBe('Deals');
    expect(sourceTab('new_pipeline')).toBe('Deals');
  });

  it.each([
    [
      'nearly in time order (a few same-day rows swapped)',
      (i: number) => i + (i % 7 === 3 ? 2 : 0),
    ],
    ['in reverse time order', (i: number) => 400 - i],
    ['in a scrambled order', (i: number) => (i * 37) % 400],
  ])('gives events in time order when the sheet lists them %s', (_, minuteOf) => {
    const acts = Array.from({ length: 400 }, (_, i) =>
      act(i + 2, 'r1', '2026-11-02', 'call', 1, minuteOf(i)),
    );
    const l = buildLedger(workbook({ activities: acts }));
    const got = l.events('r1', 'call', d('2026-11-02'), d('2026-11-02'));
    const want = [...acts].sort((a, b) => a.at - b.at || a.row - b.row);
    expect(got.map((e) => [e.at, e.source.row])).toEqual(want.map((a) => [a.at, a.row]));
  });

  it('gives events in time order with their values', () => {
    expect(ledger.events('r1', 'activity_points', d('2026-11-02'), d('2026-11-03'))).toEqual([
      { at: d('2026-11-02') * 1440 + 540, value: 1, source: { tab: 'Activities', row: 2 } },
      { at: d('2026-11-02') * 1440 + 600, value: 3, source: { tab: 'Activities', row: 5 } },
      { at: d('2026-11-03') * 1440, value: 2, source: { tab: 'Activities', row: 3 } },
    ]);
  });

  it('is empty (firstDay > lastDay) without any data', () => {
    const empty = buildLedger(workbook({ reps: [rep('a')] }));
    expect(empty.firstDay).toBeGreaterThan(empty.lastDay);
    expect(empty.sum('a', 'revenue', 0, 100000)).toBe(0);
    expect(empty.events('a', 'call', 0, 100000)).toEqual([]);
  });
});

// Random small workbooks: integer and half amounts so brute-force sums are exact.
const base = d('2026-01-01');
const types = ['call', 'email', 'meeting', 'custom'];
const reps = ['a', 'b', 'c'];
const arbActivity = fc.record({
  rep: fc.constantFrom(...reps),
  day: fc.integer({ min: 0, max: 40 }),
  minute: fc.integer({ min: 0, max: 1439 }),
  type: fc.constantFrom(...types),
  count: fc.integer({ min: 0, max: 6 }),
});
const arbDeal = fc.record({
  rep: fc.constantFrom(...reps),
  created: fc.option(fc.integer({ min: 0, max: 40 })),
  closed: fc.integer({ min: 0, max: 40 }),
  status: fc.constantFrom('open' as const, 'won' as const, 'lost' as const),
  amount: fc.integer({ min: 0, max: 20000 }).map((x) => x / 2),
});

function brute(
  acts: Activity[],
  deals: Deal[],
  repId: string,
  metric: string,
  s: number,
  e: number,
) {
  let total = 0;
  const rows: number[] = [];
  const events: [number, number, number][] = [];
  const add = (at: number, row: number, value: number) => {
    const day = Math.floor(at / 1440);
    if (day < s || day > e) return;
    total += value;
    rows.push(row);
    events.push([at, row, value]);
  };
  for (const a of acts) {
    if (a.repId !== repId) continue;
    if (metric === a.type) add(a.at, a.row, a.count);
    if (metric === 'activity_points') add(a.at, a.row, a.count * (WEIGHTS.get(a.type) ?? 1));
  }
  for (const x of deals) {
    if (x.repId !== repId) continue;
    const closeAt = x.closeDay === null ? 0 : x.closeDay * 1440;
    if (metric === 'revenue' && x.status === 'won') add(closeAt, x.row, x.amount);
    if (metric === 'won_deals' && x.status === 'won') add(closeAt, x.row, 1);
    if (metric === 'lost_deals' && x.status === 'lost') add(closeAt, x.row, 1);
    if (metric === 'new_pipeline' && x.createdDay !== null)
      add(x.createdDay * 1440, x.row, x.amount);
  }
  events.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  return { total, rows: rows.sort((p, q) => p - q), events };
}

describe('buildLedger against brute force', () => {
  it('agrees on sum, sources and events for any workbook and range', () => {
    fc.assert(
      fc.property(
        fc.array(arbActivity, { maxLength: 60 }),
        fc.array(arbDeal, { maxLength: 25 }),
        fc.constantFrom(...reps),
        fc.constantFrom(
          ...types,
          'activity_points',
          'revenue',
          'won_deals',
          'lost_deals',
          'new_pipeline',
        ),
        fc.integer({ min: -5, max: 45 }),
        fc.integer({ min: 0, max: 20 }),
        // 1: days close together (daily prefix sums); 500: far apart (running totals per entry).
        fc.constantFrom(1, 500),
        (as, ds, repId, metric, s0, len, spread) => {
          // Rows are shuffled relative to time so the ledger must order them itself.
          const acts = as.map((a, i) =>
            act(1000 - i, a.rep, '2026-01-01', a.type, a.count, a.minute),
          );
          acts.forEach((a, i) => {
            const day = base + as[i]!.day * spread;
            Object.assign(a, { day, at: day * 1440 + as[i]!.minute });
          });
          const deals = ds.map((x, i) => {
            const dd = deal({ row: 2 + i * 7, repId: x.rep, amount: x.amount, status: x.status });
            const closeDay = x.status === 'open' ? null : base + x.closed * spread;
            return Object.assign(dd, {
              createdDay: x.created === null ? null : base + x.created * spread,
              closeDay,
              closeAt: closeDay === null ? null : closeDay * 1440,
            });
          });
          const l = buildLedger(workbook({ activities: acts, deals }));
          const s = base + s0 * spread;
          const e = s + len * spread;
          const want = brute(acts, deals, repId, metric, s, e);
          expect(l.sum(repId, metric, s, e)).toBe(want.total);
          expect(l.sources(repId, metric, s, e).map((r) => r.row)).toEqual(want.rows);
          expect(Array.from(l.sourceRows(repId, metric, s, e))).toEqual(want.rows);
          expect(l.events(repId, metric, s, e).map((v) => [v.at, v.source.row, v.value])).toEqual(
            want.events,
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('buildLedger is sized by its rows, not by how far apart their dates are', () => {
  // Each case: the days of one rep's calls; the prefix sums must stay within the documented bound.
  it.each([
    ['close together', [0, 1, 2, 30]],
    ['one far in the future (9999-12-31)', [0, d('9999-12-31') - base]],
    ['one far in the past (0001-01-01)', [d('0001-01-01') - base, 0]],
    ['both ends', [d('0001-01-01') - base, 0, d('9999-12-31') - base]],
  ])('%s', (_name, offsets) => {
    const acts = offsets.map((o, i) => {
      const a = act(2 + i, 'a', '2026-01-01', 'call', 2);
      return Object.assign(a, { day: base + o, at: (base + o) * 1440 });
    });
    const wb = workbook({ reps: [rep('a')], activities: acts });
    const days = prefixSums(groupEntries(readColumns(wb), WEIGHTS));
    // Two groups (call, activity_points), each at most 8 × entries + 400 days.
    expect(days.prefix.length).toBeLessThanOrEqual(2 * (8 * offsets.length + 401));
    const l = buildLedger(wb);
    expect(l.sum('a', 'call', l.firstDay, l.lastDay)).toBe(2 * offsets.length);
    expect(l.sum('a', 'call', base, base)).toBe(2);
    expect(l.sum('a', 'activity_points', base + 1, l.lastDay)).toBe(
      2 * (offsets.length - 1 - offsets.filter((o) => o < 0).length),
    );
  });
});
