// Assessment: rolling attainment, tiers, trend, ramp, activity and pipeline coverage.
import { describe, expect, it } from 'vitest';
import { assessTeam, assessmentTable, tierLookup } from '../../../shared/toolkit';
import { d, type Fact, ledger, months, rep, targets, workbook } from './fixtures';

// As of 2026-11-26 the window is the complete months Aug, Sep and Oct 2026; the quarter is Q4.
const AS_OF = d('2026-11-26');

type Row = readonly [string, number, number | null];

function assessOne(rows: readonly Row[], over: Parameters<typeof rep>[1] = {}, extra: Fact[] = []) {
  const m = months('r1', rows);
  const [a] = assessTeam(
    workbook({ reps: [rep('r1', over)] }),
    ledger([...m.facts, ...extra]),
    targets(m.targets),
    AS_OF,
  );
  return a!;
}

describe('assessTeam: rolling attainment and tier', () => {
  it.each<[string, Row[], number | null, 'A' | 'B' | 'C' | null, number]>([
    [
      'A at 103.3% (31k of 30k)',
      [
        ['2026-08', 10_000, 10_000],
        ['2026-09', 12_000, 10_000],
        ['2026-10', 9_000, 10_000],
      ],
      103.3,
      'A',
      3,
    ],
    [
      'B at exactly the B floor of 80%',
      [
        ['2026-08', 8_000, 10_000],
        ['2026-09', 8_000, 10_000],
        ['2026-10', 8_000, 10_000],
      ],
      80,
      'B',
      3,
    ],
    [
      'C just under the B floor (23,970 of 30,000 = 79.9%)',
      [
        ['2026-08', 7_990, 10_000],
        ['2026-09', 7_990, 10_000],
        ['2026-10', 7_990, 10_000],
      ],
      79.9,
      'C',
      3,
    ],
    [
      'weighted by target size: 20k of 20k plus 0 of 5k is 80% (not the 50% mean of percentages)',
      [
        ['2026-09', 20_000, 20_000],
        ['2026-10', 0, 5_000],
      ],
      80,
      'B',
      2,
    ],
    [
      'a month without a target is skipped, not counted as 0%',
      [
        ['2026-08', 4_000, null],
        ['2026-09', 9_000, 10_000],
        ['2026-10', 7_000, 10_000],
      ],
      80,
      'B',
      2,
    ],
    [
      'the running month is left out (a huge November does not count)',
      [
        ['2026-08', 5_000, 10_000],
        ['2026-09', 5_000, 10_000],
        ['2026-10', 5_000, 10_000],
        ['2026-11', 90_000, 10_000],
      ],
      50,
      'C',
      3,
    ],
    ['a rep with no target is not tiered', [['2026-10', 5_000, null]], null, null, 0],
  ])('%s', (_name, rows, pct, tier, counted) => {
    const a = assessOne(rows);
    expect(a.rollingAttainmentPct).toBe(pct);
    expect(a.tier).toBe(tier);
    expect(a.months).toHaveLength(counted);
  });

  it('gives the reason when there is no target in the window', () => {
    const a = assessOne([]);
    expect(a.tierReason).toBe('no revenue target in 2026-08..2026-10');
    expect(a.summary).toBe(
      'Not tiered (no revenue target in 2026-08..2026-10); no revenue target for 2026-Q4',
    );
  });
});

describe('assessTeam: ramp', () => {
  const low: Row[] = [
    ['2026-08', 2_000, 10_000],
    ['2026-09', 3_000, 10_000],
    ['2026-10', 4_000, 10_000],
  ];
  const high: Row[] = [
    ['2026-09', 11_000, 10_000],
    ['2026-10', 12_000, 10_000],
  ];
  it.each<[string, string | null, Row[], boolean, 'A' | 'B' | 'C' | null]>([
    ['a rep in ramp below B is never tier C', '2026-09-10', low, true, null],
    ['a rep in ramp above A is still tier A', '2026-09-10', high, true, 'A'],
    ['ramp ends exactly rampMonths after the start date', '2026-08-26', low, false, 'C'],
    ['one day short of the ramp end is still in ramp', '2026-08-27', low, true, null],
    ['a rep without a start date is judged like everyone', null, low, false, 'C'],
    ['a future hire is in ramp', '2027-01-04', low, true, null],
  ])('%s', (_name, start, rows, inRamp, tier) => {
    const a = assessOne(rows, { startDate: start === null ? null : d(start) });
    expect(a.inRamp).toBe(inRamp);
    expect(a.tier).toBe(tier);
  });

  it('skips months that ended before the start date', () => {
    const a = assessOne(low, { startDate: d('2026-09-10') });
    expect(a.months.map((m) => m.month)).toEqual(['2026-09', '2026-10']);
    expect(a.rollingAttainmentPct).toBe(35);
    expect(a.tierReason).toBe('in ramp until 2026-12-10, so not tiered C');
  });

  it.each<[string | null, number | null]>([
    ['2026-08-26', 3],
    ['2026-08-27', 2],
    ['2026-11-26', 0],
    ['2027-02-01', 0],
    [null, null],
  ])('tenure from start date %s is %s whole months', (start, tenure) => {
    expect(assessOne([], { startDate: start === null ? null : d(start) }).tenureMonths).toBe(
      tenure,
    );
  });
});

describe('assessTeam: trend and consistency', () => {
  it.each<[string, (number | null)[], 'rising' | 'flat' | 'falling' | null]>([
    ['+10 points a month is rising', [50, 60, 70], 'rising'],
    ['+2 points a month is flat', [70, 72, 74], 'flat'],
    ['exactly +5 points a month is still flat', [70, 75, 80], 'flat'],
    ['+6 points a month is rising', [70, 76, 82], 'rising'],
    ['-10 points a month is falling', [90, 80, 70], 'falling'],
    [
      'a skipped month keeps its place: 50 -> 58 over two months is +4, flat',
      [50, null, 58],
      'flat',
    ],
    ['one month gives no trend', [null, null, 80], null],
  ])('%s', (_name, pcts, trend) => {
    const labels = ['2026-08', '2026-09', '2026-10'];
    const rows: Row[] = pcts.map((p, i) => [labels[i]!, p ?? 0, p === null ? null : 100]);
    expect(assessOne(rows).trend).toBe(trend);
  });

  it('counts the months at or above target', () => {
    const a = assessOne([
      ['2026-08', 10_000, 10_000],
      ['2026-09', 9_999, 10_000],
      ['2026-10', 15_000, 10_000],
    ]);
    expect(a.monthsAtTarget).toBe(2);
  });
});

describe('assessTeam: activity, win rate and pipeline coverage', () => {
  it('compares activity points in the window with the median of active reps', () => {
    const facts: Fact[] = [
      { repId: 'a', metric: 'activity_points', day: '2026-09-01', value: 100 },
      { repId: 'b', metric: 'activity_points', day: '2026-09-01', value: 200 },
      { repId: 'c', metric: 'activity_points', day: '2026-10-31', value: 300 },
      // Outside the window (the running month) and an inactive rep: neither counts.
      { repId: 'a', metric: 'activity_points', day: '2026-11-02', value: 1_000 },
      { repId: 'x', metric: 'activity_points', day: '2026-09-01', value: 5_000 },
    ];
    const reps = [rep('a'), rep('b'), rep('c'), rep('x', { active: false })];
    const out = assessTeam(workbook({ reps }), ledger(facts), targets({}), AS_OF);
    const by = new Map(out.map((a) => [a.repId, a.activityVsMedianPct]));
    expect([...by.entries()].sort()).toEqual([
      ['a', 50],
      ['b', 100],
      ['c', 150],
    ]);
  });

  it('has no activity comparison when the median is zero', () => {
    expect(assessOne([]).activityVsMedianPct).toBeNull();
  });

  it.each<[string, number, number, number | null]>([
    ['3 won, 1 lost', 3, 1, 75],
    ['no closed deals', 0, 0, null],
    ['only lost', 0, 2, 0],
  ])('win rate with %s', (_name, won, lost, rate) => {
    const extra: Fact[] = [];
    if (won) extra.push({ repId: 'r1', metric: 'won_deals', day: '2026-09-03', value: won });
    if (lost) extra.push({ repId: 'r1', metric: 'lost_deals', day: '2026-10-03', value: lost });
    expect(assessOne([], {}, extra).winRatePct).toBe(rate);
  });

  it('covers the rest of the quarter with open deals expected by its end', () => {
    const m = months('r1', [
      ['2026-08', 8_000, 10_000],
      ['2026-09', 9_000, 10_000],
      ['2026-10', 9_800, 10_000],
    ]);
    const deals = [
      {
        row: 2,
        repId: 'r1',
        amount: 10_000,
        status: 'open' as const,
        expectedCloseDay: d('2026-12-20'),
      },
      { row: 3, repId: 'r1', amount: 5_000, status: 'open' as const, expectedCloseDay: null },
      {
        row: 4,
        repId: 'r1',
        amount: 7_000,
        status: 'open' as const,
        expectedCloseDay: d('2027-01-05'),
      },
      { row: 5, repId: 'r1', amount: 9_000, status: 'won' as const, expectedCloseDay: null },
    ];
    // Q4 target 30k; won so far in Q4: October's 9,800 + 200 on Nov 20 = 10k, so 20k remains.
    const facts = [...m.facts, { repId: 'r1', metric: 'revenue', day: '2026-11-20', value: 200 }];
    const t = { ...m.targets, 'r1|revenue|2026-Q4': 30_000 };
    const [a] = assessTeam(
      workbook({ reps: [rep('r1')], deals }),
      ledger(facts),
      targets(t),
      AS_OF,
    );
    expect(a!.openPipeline).toBe(15_000);
    expect(a!.quarterRemaining).toBe(20_000);
    expect(a!.pipelineCoverage).toBe(0.8);
    // 26,800 of 30,000 = 89.3%; slope (98 - 80) / 2 = 9 points a month.
    expect(a!.summary).toBe(
      'B: 89.3% over 3 months, rising; pipeline covers 0.8× the rest of the quarter',
    );
  });

  it('says so when the quarter target is already met', () => {
    const t = targets({ 'r1|revenue|2026-10': 10_000, 'r1|revenue|2026-Q4': 30_000 });
    const facts = months('r1', [['2026-10', 40_000, 10_000]]).facts;
    const [b] = assessTeam(workbook({ reps: [rep('r1')] }), ledger(facts), t, AS_OF);
    expect(b!.quarterRemaining).toBe(-10_000);
    expect(b!.pipelineCoverage).toBeNull();
    expect(b!.summary).toBe('A: 400% over 1 month; 2026-Q4 target already met');
  });
});

describe('assessTeam: review order and the tier lookup', () => {
  it('lists C, then B, then A, then the untiered; lowest attainment first; then rep id', () => {
    const data = [
      months('a1', [['2026-10', 12_000, 10_000]]),
      months('b1', [['2026-10', 9_000, 10_000]]),
      months('b2', [['2026-10', 8_500, 10_000]]),
      months('c1', [['2026-10', 5_000, 10_000]]),
      months('c2', [['2026-10', 5_000, 10_000]]),
      months('n1', [['2026-10', 5_000, null]]),
    ];
    const reps = ['n1', 'a1', 'c2', 'b1', 'c1', 'b2'].map((id) => rep(id));
    const out = assessTeam(
      workbook({ reps }),
      ledger(data.flatMap((x) => x.facts)),
      targets(Object.assign({}, ...data.map((x) => x.targets))),
      AS_OF,
    );
    expect(out.map((a) => a.repId)).toEqual(['c1', 'c2', 'b2', 'b1', 'a1', 'n1']);
    const tierOf = tierLookup(out);
    expect(['a1', 'b1', 'c1', 'n1', 'unknown'].map(tierOf)).toEqual(['A', 'B', 'C', null, null]);
    const table = assessmentTable(out);
    expect(table.tab).toBe('Assessment');
    expect(table.rows[0]).toEqual([
      'c1',
      'Rep c1',
      'East',
      'C',
      50,
      1,
      null,
      0,
      null,
      34,
      false,
      null,
      null,
      'C: 50% over 1 month; no revenue target for 2026-Q4',
    ]);
    expect(table.rows.every((r) => r.length === table.header.length)).toBe(true);
  });

  it('assesses a brand-new team (no reps, or reps without any data) without failing', () => {
    expect(assessTeam(workbook(), ledger([]), targets({}), AS_OF)).toEqual([]);
    const out = assessTeam(
      workbook({ reps: [rep('a'), rep('b')] }),
      ledger([]),
      targets({}),
      AS_OF,
    );
    expect(out.map((a) => [a.repId, a.tier])).toEqual([
      ['a', null],
      ['b', null],
    ]);
  });
});
