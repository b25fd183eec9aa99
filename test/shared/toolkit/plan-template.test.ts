// Proposed plans follow the Plan Template tab field by field, falling back to the built-in template.
import { describe, expect, it } from 'vitest';
import { isoDay } from '../../../shared/time/day';
import {
  ACTION_PLAN_TEMPLATE,
  type ActionPlanTemplate,
  proposalRow,
  proposeActionPlans,
  resolvePlanTemplate,
  runToolkit,
} from '../../../shared/toolkit';
import { type PlanTemplate, parseWorkbook } from '../../../shared/workbook';
import { d, ledger, months, rep, targets, workbook } from './fixtures';

// As of 2026-11-26 the last complete months are 2026-09 and 2026-10 (trigger: 2 months below 70%).
const AS_OF = d('2026-11-26');
const BUILT_IN = ACTION_PLAN_TEMPLATE;
const BLANK: PlanTemplate = {
  steps: null,
  checkInEveryDays: null,
  lengthDays: null,
  support: null,
  consequences: null,
};

describe('resolvePlanTemplate', () => {
  it.each<[string, PlanTemplate | null | undefined, Partial<ActionPlanTemplate>]>([
    ['no tab: the built-in template', null, {}],
    ['no field in the workbook view: the built-in template', undefined, {}],
    ['a tab of blank fields: the built-in template', BLANK, {}],
    ['steps only', { ...BLANK, steps: ['A', 'B'] }, { steps: ['A', 'B'] }],
    ['empty steps fall back', { ...BLANK, steps: [] }, {}],
    [
      'length and check-ins',
      { ...BLANK, lengthDays: 14, checkInEveryDays: 3 },
      { lengthDays: 14, checkInEveryDays: 3 },
    ],
    ['support only', { ...BLANK, support: 'Buddy' }, { support: 'Buddy' }],
    ['consequences only', { ...BLANK, consequences: 'Review' }, { consequences: 'Review' }],
    ['a length above 60 is capped', { ...BLANK, lengthDays: 90 }, { lengthDays: 60 }],
    ['a zero check-in gap falls back', { ...BLANK, checkInEveryDays: 0 }, {}],
    ['a negative length falls back', { ...BLANK, lengthDays: -5 }, {}],
    ['a fractional length is whole days', { ...BLANK, lengthDays: 20.7 }, { lengthDays: 20 }],
  ])('%s', (_, tab, changed) => {
    const t = resolvePlanTemplate(tab);
    expect(t).toEqual({
      lengthDays: BUILT_IN.lengthDays,
      maxLengthDays: 60,
      checkInEveryDays: BUILT_IN.checkInEveryDays,
      steps: BUILT_IN.steps,
      support: BUILT_IN.support,
      consequences: BUILT_IN.consequences,
      ...changed,
    });
  });
});

/** The one proposal for a rep at 50% of a $10,000 target in Sep and Oct, with the given template. */
function propose(planTemplate: PlanTemplate | null) {
  const m = months('r1', [
    ['2026-09', 5_000, 10_000],
    ['2026-10', 5_000, 10_000],
  ]);
  const wb = workbook({ reps: [rep('r1')], planTemplate });
  const out = proposeActionPlans(wb, ledger(m.facts), targets(m.targets), AS_OF);
  expect(out).toHaveLength(1);
  return out[0]!;
}

describe('proposeActionPlans with a Plan Template', () => {
  // Ends on day asOf + length - 1; check-ins every gap days strictly inside the plan.
  it.each<[string, PlanTemplate | null, string, string[]]>([
    [
      'built-in: 30 days, weekly',
      null,
      '2026-12-25',
      ['2026-12-03', '2026-12-10', '2026-12-17', '2026-12-24'],
    ],
    [
      '14 days, every 3 days',
      { ...BLANK, lengthDays: 14, checkInEveryDays: 3 },
      '2026-12-09',
      ['2026-11-29', '2026-12-02', '2026-12-05', '2026-12-08'],
    ],
    [
      'a blank gap keeps weekly check-ins in a 21-day plan',
      { ...BLANK, lengthDays: 21 },
      '2026-12-16',
      ['2026-12-03', '2026-12-10'],
    ],
    [
      'a 90-day length is held to 60 days',
      { ...BLANK, lengthDays: 90, checkInEveryDays: 30 },
      '2027-01-24',
      ['2026-12-26'],
    ],
    [
      'a gap as long as the plan leaves no check-in',
      { ...BLANK, lengthDays: 10, checkInEveryDays: 10 },
      '2026-12-05',
      [],
    ],
  ])('%s', (_, template, ends, checkIns) => {
    const p = propose(template);
    expect(isoDay(p.opens)).toBe('2026-11-26');
    expect(isoDay(p.ends)).toBe(ends);
    expect(p.checkIns.map(isoDay)).toEqual(checkIns);
  });

  it.each<[string, PlanTemplate | null, readonly string[], string, string]>([
    ['no tab', null, BUILT_IN.steps, BUILT_IN.support, BUILT_IN.consequences],
    [
      'every text field set',
      {
        ...BLANK,
        steps: ['Call 20 a day', 'Shadow Ada'],
        support: 'Buddy',
        consequences: 'Review',
      },
      ['Call 20 a day', 'Shadow Ada'],
      'Buddy',
      'Review',
    ],
    [
      'steps set, support and consequences blank',
      { ...BLANK, steps: ['Only step'] },
      ['Only step'],
      BUILT_IN.support,
      BUILT_IN.consequences,
    ],
  ])(
    'suggests steps, support and consequences: %s',
    (_, template, steps, support, consequences) => {
      const p = propose(template);
      expect(p.steps).toEqual(steps);
      expect(p.support).toBe(support);
      expect(p.consequences).toBe(consequences);
      // The target does not depend on the template: 70% of the $10,000 average.
      expect(p.target).toBe(7_000);
    },
  );

  it('carries the template into the Action Plans row the manager accepts', () => {
    const p = propose({ ...BLANK, steps: ['One', 'Two'], lengthDays: 14, checkInEveryDays: 7 });
    const row = proposalRow(p, 'AP-1');
    expect(row.steps).toBe('One\nTwo');
    expect(row.ends).toBe('2026-12-09');
    expect(row.check_ins).toBe('2026-12-03');
  });

  it('reads the template from a parsed workbook: the tab as the manager typed it', () => {
    const { workbook: parsed } = parseWorkbook(
      {
        Reps: [
          ['rep_id', 'name'],
          ['r1', 'Ada'],
        ],
        'Plan Template': [
          ['field', 'value'],
          ['steps', 'Book 10 meetings\nDaily call block'],
          ['length_days', 20],
          ['support', ''],
        ],
      },
      { defaultTimeZone: 'UTC' },
    );
    const m = months('r1', [
      ['2026-09', 1_000, 10_000],
      ['2026-10', 1_000, 10_000],
    ]);
    const wb = workbook({ reps: [rep('r1')], planTemplate: parsed.planTemplate });
    const [p] = proposeActionPlans(wb, ledger(m.facts), targets(m.targets), AS_OF);
    expect(p!.steps).toEqual(['Book 10 meetings', 'Daily call block']);
    expect(isoDay(p!.ends)).toBe('2026-12-15');
    expect(p!.support).toBe(BUILT_IN.support);
  });
});

describe('the proposed-plan alert', () => {
  function suggestion(planTemplate: PlanTemplate | null): string {
    const m = months('r1', [
      ['2026-09', 5_000, 10_000],
      ['2026-10', 5_000, 10_000],
    ]);
    const wb = workbook({ reps: [rep('r1', { name: 'Ada' })], planTemplate });
    const r = runToolkit({
      workbook: wb,
      ledger: ledger(m.facts),
      targets: targets(m.targets),
      asOf: AS_OF,
    });
    const alert = r.alerts.find((a) => a.kind === 'action_plan_proposed');
    expect(alert).toBeDefined();
    return alert!.suggestion;
  }

  it.each<[string, PlanTemplate | null, string[]]>([
    [
      'the built-in template: weekly check-ins and its steps',
      null,
      [
        '2026-11-26 to 2026-12-25',
        'weekly check-ins (2026-12-03, 2026-12-10, 2026-12-17, 2026-12-24)',
        `(1) ${BUILT_IN.steps[0]!.replace(/\.$/, '')}; (2) `,
      ],
    ],
    [
      'the tab: its steps, in order, and its check-in spacing',
      { ...BLANK, steps: ['Call 20 a day', 'Shadow Ada.'], lengthDays: 10, checkInEveryDays: 3 },
      [
        '2026-11-26 to 2026-12-05',
        'check-ins every 3 days (2026-11-29, 2026-12-02, 2026-12-05)',
        'Suggested steps: (1) Call 20 a day; (2) Shadow Ada. Adapt them',
      ],
    ],
    [
      'a gap as long as the plan',
      { ...BLANK, lengthDays: 7, checkInEveryDays: 7 },
      ['no check-in before the end date'],
    ],
  ])('%s', (_, template, parts) => {
    const text = suggestion(template);
    for (const part of parts) expect(text).toContain(part);
  });

  it('never carries the support or consequences text (they stay in the Plan Template)', () => {
    const text = suggestion({ ...BLANK, support: 'SUPPORT-TEXT', consequences: 'CONSEQ-TEXT' });
    expect(text).not.toContain('SUPPORT-TEXT');
    expect(text).not.toContain('CONSEQ-TEXT');
  });
});
