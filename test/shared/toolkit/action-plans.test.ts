// Action-plan proposals and the tracking of open plans, rule by rule.
import { describe, expect, it } from 'vitest';
import { isoDay } from '../../../shared/time/day';
import {
  ACTION_PLAN_COLUMNS,
  ACTION_PLAN_TEMPLATE,
  checkInStates,
  proposalRow,
  proposeActionPlans,
  type ToolkitActionPlan,
  type ToolkitRep,
  trackActionPlans,
} from '../../../shared/toolkit';
import { parseWorkbook, tabHeader } from '../../../shared/workbook';
import { d, type Fact, ledger, months, rep, SETTINGS, targets, workbook } from './fixtures';

// As of 2026-11-26 the last complete months are 2026-09 and 2026-10 (trigger: 2 months below 70%).
const AS_OF = d('2026-11-26');

function plan(over: Partial<ToolkitActionPlan> = {}): ToolkitActionPlan {
  return {
    row: 2,
    planId: 'P1',
    repId: 'r1',
    opened: d('2026-11-01'),
    ends: d('2026-11-30'),
    reason: null,
    metric: 'revenue',
    target: 10_000,
    steps: [],
    checkIns: [],
    status: 'open',
    ...over,
  };
}

type Row = readonly [string, number, number | null];

describe('proposeActionPlans', () => {
  it.each<[string, Row[], Partial<ToolkitRep>, ToolkitActionPlan[], boolean]>([
    [
      'two months below 70% propose a plan',
      [
        ['2026-09', 5_000, 10_000],
        ['2026-10', 6_000, 10_000],
      ],
      {},
      [],
      true,
    ],
    [
      'exactly 70% is not below',
      [
        ['2026-09', 5_000, 10_000],
        ['2026-10', 7_000, 10_000],
      ],
      {},
      [],
      false,
    ],
    [
      'one month below is not enough',
      [
        ['2026-09', 9_000, 10_000],
        ['2026-10', 1_000, 10_000],
      ],
      {},
      [],
      false,
    ],
    [
      'the run must end at the last complete month',
      [
        ['2026-08', 1_000, 10_000],
        ['2026-09', 1_000, 10_000],
        ['2026-10', 9_000, 10_000],
      ],
      {},
      [],
      false,
    ],
    [
      'a month without a target breaks the run',
      [
        ['2026-09', 0, null],
        ['2026-10', 1_000, 10_000],
      ],
      {},
      [],
      false,
    ],
    [
      'a rep in ramp is not proposed',
      [
        ['2026-09', 1_000, 10_000],
        ['2026-10', 1_000, 10_000],
      ],
      { startDate: d('2026-09-01') },
      [],
      false,
    ],
    [
      'an inactive rep is not proposed',
      [
        ['2026-09', 1_000, 10_000],
        ['2026-10', 1_000, 10_000],
      ],
      { active: false },
      [],
      false,
    ],
    [
      'a rep already on an open plan is not proposed again',
      [
        ['2026-09', 1_000, 10_000],
        ['2026-10', 1_000, 10_000],
      ],
      {},
      [plan({ ends: d('2026-10-01') })],
      false,
    ],
    [
      'a rep whose earlier plan was closed can be proposed again',
      [
        ['2026-09', 1_000, 10_000],
        ['2026-10', 1_000, 10_000],
      ],
      {},
      [plan({ status: 'not_met' })],
      true,
    ],
    [
      'a rep with no target at all is not proposed',
      [
        ['2026-09', 0, null],
        ['2026-10', 0, null],
      ],
      {},
      [],
      false,
    ],
  ])('%s', (_name, rows, over, plans, proposed) => {
    const m = months('r1', rows);
    const out = proposeActionPlans(
      workbook({ reps: [rep('r1', over)], actionPlans: plans }),
      ledger(m.facts),
      targets(m.targets),
      AS_OF,
    );
    expect(out.length).toBe(proposed ? 1 : 0);
  });

  it('explains who and why with the months and figures, and suggests metric, target and steps', () => {
    const m = months('r1', [
      ['2026-09', 5_000, 10_000],
      ['2026-10', 6_000, 12_000],
    ]);
    const [p] = proposeActionPlans(
      workbook({ reps: [rep('r1', { row: 7 })] }),
      ledger(m.facts),
      targets(m.targets),
      AS_OF,
    );
    expect(p!.reason).toBe(
      'Below 70% of revenue target for 2 consecutive months: 2026-09 50% ($5,000 of $10,000), 2026-10 50% ($6,000 of $12,000)',
    );
    // 70% of the average monthly target (11,000) over the 30-day plan.
    expect(p!.metric).toBe('revenue');
    expect(p!.target).toBe(7_700);
    expect(isoDay(p!.opens)).toBe('2026-11-26');
    expect(isoDay(p!.ends)).toBe('2026-12-25');
    expect(p!.checkIns.map(isoDay)).toEqual([
      '2026-12-03',
      '2026-12-10',
      '2026-12-17',
      '2026-12-24',
    ]);
    expect(p!.steps).toEqual(ACTION_PLAN_TEMPLATE.steps);
    expect(p!.repRow).toBe(7);
  });

  it('honours a longer trigger run from settings', () => {
    const m = months('r1', [
      ['2026-08', 9_000, 10_000],
      ['2026-09', 1_000, 10_000],
      ['2026-10', 1_000, 10_000],
    ]);
    const settings = { ...SETTINGS, actionPlanTriggerPeriods: 3 };
    const wb = workbook({ reps: [rep('r1')], settings });
    expect(proposeActionPlans(wb, ledger(m.facts), targets(m.targets), AS_OF)).toEqual([]);
  });

  it('has a finite template with weekly check-ins, support and consequences', () => {
    expect(ACTION_PLAN_TEMPLATE.lengthDays).toBe(30);
    expect(ACTION_PLAN_TEMPLATE.maxLengthDays).toBe(60);
    expect(ACTION_PLAN_TEMPLATE.checkInEveryDays).toBe(7);
    expect(ACTION_PLAN_TEMPLATE.steps.length).toBeGreaterThan(2);
    expect(ACTION_PLAN_TEMPLATE.support).not.toBe('');
    expect(ACTION_PLAN_TEMPLATE.consequences).not.toBe('');
  });
});

describe('checkInStates', () => {
  const asOf = d('2026-11-20');
  it.each<[string, string[], string[], string[]]>([
    ['a past check-in with no session is overdue', ['2026-11-10'], [], ['overdue']],
    ['a session on the day holds it', ['2026-11-10'], ['2026-11-10'], ['held']],
    ['a session the day before does not hold it', ['2026-11-10'], ['2026-11-09'], ['overdue']],
    ["a session before today's check-in leaves it due", ['2026-11-20'], ['2026-11-18'], ['due']],
    ['a late session still holds the last check-in', ['2026-11-10'], ['2026-11-19'], ['held']],
    [
      'one session holds one check-in only: the one whose window it falls in',
      ['2026-11-06', '2026-11-13'],
      ['2026-11-12'],
      ['held', 'overdue'],
    ],
    ['today is due', ['2026-11-20'], [], ['due']],
    ['within 7 days is due', ['2026-11-27'], [], ['due']],
    ['beyond 7 days is upcoming', ['2026-11-28'], [], ['upcoming']],
    ['a session after the as-of day does not count', ['2026-11-10'], ['2026-11-21'], ['overdue']],
  ])('%s', (_name, checkIns, sessions, states) => {
    const out = checkInStates(
      checkIns.map(d),
      sessions.map((s, i) => ({ day: d(s), row: i + 2 })).filter((s) => s.day <= asOf),
      asOf,
    );
    expect(out.map((c) => c.state)).toEqual(states);
  });
});

describe('trackActionPlans', () => {
  // A plan across the quarter end: Dec 15 to Jan 13, revenue on both sides of Dec 31.
  const facts: Fact[] = [
    { repId: 'r1', metric: 'revenue', day: '2026-12-14', value: 50_000 },
    { repId: 'r1', metric: 'revenue', day: '2026-12-20', value: 4_000 },
    { repId: 'r1', metric: 'revenue', day: '2027-01-10', value: 5_000 },
    { repId: 'r1', metric: 'revenue', day: '2027-01-14', value: 9_000 },
    { repId: 'r1', metric: 'call', day: '2026-12-16', value: 40 },
  ];
  const across = { opened: d('2026-12-15'), ends: d('2027-01-13') };

  it.each<
    [string, Partial<ToolkitActionPlan>, ToolkitRep[], string, number, number | null, string | null]
  >([
    [
      'counts the metric over the whole window across the quarter end',
      { ...across, target: 8_000 },
      [rep('r1')],
      '2027-01-20',
      9_000,
      112.5,
      'met',
    ],
    [
      'suggests not met below the target',
      { ...across, target: 10_000 },
      [rep('r1')],
      '2027-01-20',
      9_000,
      90,
      'not_met',
    ],
    [
      'exactly on target is met',
      { ...across, target: 9_000 },
      [rep('r1')],
      '2027-01-14',
      9_000,
      100,
      'met',
    ],
    [
      'no outcome before the end',
      { ...across, target: 8_000 },
      [rep('r1')],
      '2027-01-13',
      9_000,
      112.5,
      null,
    ],
    [
      'counts only up to the as-of day while running',
      { ...across, target: 8_000 },
      [rep('r1')],
      '2026-12-31',
      4_000,
      50,
      null,
    ],
    [
      'no outcome without a target',
      { ...across, target: null },
      [rep('r1')],
      '2027-01-20',
      9_000,
      null,
      null,
    ],
    [
      'no outcome once the manager decided',
      { ...across, target: 8_000, status: 'met' },
      [rep('r1')],
      '2027-01-20',
      9_000,
      112.5,
      null,
    ],
    [
      'a rep who left mid-plan is flagged for closing',
      { ...across, target: 8_000 },
      [rep('r1', { active: false })],
      '2026-12-31',
      4_000,
      50,
      'closed',
    ],
    [
      'a rep no longer in Reps is flagged for closing',
      { ...across, target: 8_000 },
      [],
      '2026-12-31',
      4_000,
      50,
      'closed',
    ],
    [
      'an activity metric is measured too',
      { ...across, metric: 'call', target: 80 },
      [rep('r1')],
      '2027-01-20',
      40,
      50,
      'not_met',
    ],
    [
      'a blank metric means revenue',
      { ...across, metric: null, target: 9_000 },
      [rep('r1')],
      '2027-01-20',
      9_000,
      100,
      'met',
    ],
    [
      'before the plan opens nothing counts',
      { ...across, target: 8_000 },
      [rep('r1')],
      '2026-12-14',
      0,
      0,
      null,
    ],
  ])('%s', (_name, over, reps, asOf, value, pct, outcome) => {
    const [t] = trackActionPlans(
      workbook({ reps, actionPlans: [plan(over)] }),
      ledger(facts),
      d(asOf),
    );
    expect(t!.value).toBe(value);
    expect(t!.progressPct).toBe(pct);
    expect(t!.suggestedOutcome).toBe(outcome);
  });

  it('reports days left and the share of time gone', () => {
    const [t] = trackActionPlans(
      workbook({ reps: [rep('r1')], actionPlans: [plan(across)] }),
      ledger(facts),
      d('2026-12-24'),
    );
    expect(t!.daysLeft).toBe(20);
    // Day 10 of 30.
    expect(t!.elapsedPct).toBe(33.3);
    expect(t!.ended).toBe(false);
  });

  it('lists open plans first, then by plan id', () => {
    const plans = [
      plan({ planId: 'P3', status: 'closed' }),
      plan({ planId: 'P2' }),
      plan({ planId: 'P1', status: 'met' }),
      plan({ planId: 'P4' }),
    ];
    const out = trackActionPlans(
      workbook({ reps: [rep('r1')], actionPlans: plans }),
      ledger([]),
      AS_OF,
    );
    expect(out.map((p) => p.planId)).toEqual(['P2', 'P4', 'P1', 'P3']);
  });

  it('uses Coaching sessions with the rep to mark check-ins held', () => {
    const wb = workbook({
      reps: [rep('r1'), rep('r2')],
      actionPlans: [
        plan({ checkIns: [d('2026-11-08'), d('2026-11-15'), d('2026-11-22'), d('2026-11-29')] }),
      ],
      coaching: [
        {
          row: 2,
          day: d('2026-11-08'),
          repId: 'r1',
          coach: null,
          focus: null,
          feedback: null,
          nextStep: null,
          followUp: null,
        },
        {
          row: 3,
          day: d('2026-11-22'),
          repId: 'r2',
          coach: null,
          focus: null,
          feedback: null,
          nextStep: null,
          followUp: null,
        },
      ],
    });
    const [t] = trackActionPlans(wb, ledger([]), AS_OF);
    expect(t!.checkIns.map((c) => [isoDay(c.day), c.state, c.coachingRow])).toEqual([
      ['2026-11-08', 'held', 2],
      ['2026-11-15', 'overdue', null],
      ['2026-11-22', 'overdue', null],
      ['2026-11-29', 'due', null],
    ]);
  });
});

describe('proposalRow', () => {
  it('writes a proposal as an Action Plans row the parser reads back', () => {
    const m = months('r1', [
      ['2026-09', 5_000, 10_000],
      ['2026-10', 6_000, 10_000],
    ]);
    const [p] = proposeActionPlans(
      workbook({ reps: [rep('r1')] }),
      ledger(m.facts),
      targets(m.targets),
      AS_OF,
    );
    const row = proposalRow(p!, 'AP-07');
    expect(Object.keys(row)).toEqual([...ACTION_PLAN_COLUMNS]);
    // The row's columns are the Action Plans tab spec's, in its order (one declaration of the tab).
    expect([...ACTION_PLAN_COLUMNS]).toEqual(tabHeader('Action Plans'));
    const grid = [[...ACTION_PLAN_COLUMNS], ACTION_PLAN_COLUMNS.map((c) => row[c])];
    const { workbook: parsed, issues } = parseWorkbook(
      {
        Reps: [
          ['rep_id', 'name'],
          ['r1', 'Rep r1'],
        ],
        'Action Plans': grid,
      },
      { defaultTimeZone: 'UTC' },
    );
    expect(issues.filter((i) => i.tab === 'Action Plans')).toEqual([]);
    const [plan] = parsed.actionPlans;
    expect([
      plan!.planId,
      plan!.repId,
      isoDay(plan!.opened),
      isoDay(plan!.ends),
      plan!.target,
      plan!.status,
    ]).toEqual(['AP-07', 'r1', '2026-11-26', '2026-12-25', 7_000, 'open']);
    expect(plan!.steps).toEqual(ACTION_PLAN_TEMPLATE.steps);
    expect(plan!.checkIns).toEqual(p!.checkIns);
  });
});
