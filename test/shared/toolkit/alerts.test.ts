// Alerts: every kind raised from its facts, rendered with its figures and sorted for review.
import { describe, expect, it } from 'vitest';
import {
  ALERT_KINDS,
  type Alert,
  compareAlerts,
  missingTargetFacts,
  RENDERERS,
  repPanel,
  runToolkit,
  type ToolkitRep,
  type ToolkitWorkbook,
} from '../../../shared/toolkit';
import { d, type Fact, ledger, months, rep, SETTINGS, targets, workbook } from './fixtures';

const AS_OF = d('2026-11-26');

describe('target_missing', () => {
  it.each<[string, Partial<ToolkitRep>, number | null, boolean]>([
    ['an active rep past ramp without a November target', {}, null, true],
    ['an explicit target of 0 is a target', {}, 0, false],
    ['a rep with a target', {}, 10_000, false],
    ['a rep in ramp is left alone', { startDate: d('2026-10-01') }, null, false],
    ['an inactive rep is left alone', { active: false }, null, false],
    ['a rep without a start date is past ramp', { startDate: null }, null, true],
  ])('%s', (_name, over, target, flagged) => {
    const t: Record<string, number> = target === null ? {} : { 'r1|revenue|2026-11': target };
    const facts = missingTargetFacts(workbook({ reps: [rep('r1', over)] }), targets(t), AS_OF);
    expect(facts.length).toBe(flagged ? 1 : 0);
  });
});

describe('alert rendering and order', () => {
  it('has a renderer for every kind', () => {
    expect(Object.keys(RENDERERS).sort()).toEqual([...ALERT_KINDS].sort());
  });

  it.each<[string, Partial<Alert>, Partial<Alert>, number]>([
    [
      'high before medium',
      { severity: 'high', kind: 'training_due' },
      { severity: 'medium', kind: 'action_plan_proposed' },
      -1,
    ],
    ['then kind order', { kind: 'action_plan_proposed' }, { kind: 'plan_outcome_suggested' }, -1],
    ['then rep id', { repId: 'b' }, { repId: 'a' }, 1],
    ['candidates (no rep) after reps', { repId: null }, { repId: 'z' }, 1],
  ])('%s', (_name, a, b, sign) => {
    const base: Alert = {
      kind: 'action_plan_proposed',
      severity: 'high',
      repId: 'a',
      subject: 's',
      message: 'm',
      suggestion: 'x',
      source: null,
    };
    expect(Math.sign(compareAlerts({ ...base, ...a }, { ...base, ...b }))).toBe(sign);
  });
});

// One small team that triggers every alert kind as of 2026-11-26.
function demoTeam(): { wb: ToolkitWorkbook; facts: Fact[]; t: Record<string, number> } {
  const low = months('low', [
    ['2026-09', 3_000, 10_000],
    ['2026-10', 4_000, 10_000],
    ['2026-11', 0, 10_000],
  ]);
  const ok = months('ok', [
    ['2026-09', 9_000, 10_000],
    ['2026-10', 9_000, 10_000],
    ['2026-11', 0, 10_000],
  ]);
  const onPlan = months('plan', [
    ['2026-09', 1_000, 10_000],
    ['2026-10', 1_000, 10_000],
    ['2026-11', 2_000, 10_000],
  ]);
  const wb = workbook({
    reps: [
      rep('low', { row: 2, name: 'Lou' }),
      rep('ok', { row: 3, name: 'Oki' }),
      rep('plan', { row: 4, name: 'Pat' }),
      rep('nt', { row: 5, name: 'Nat' }),
      rep('left', { row: 6, name: 'Lee', active: false }),
    ],
    actionPlans: [
      {
        row: 2,
        planId: 'P1',
        repId: 'plan',
        opened: d('2026-11-01'),
        ends: d('2026-11-30'),
        reason: null,
        metric: 'revenue',
        target: 7_000,
        steps: [],
        checkIns: [d('2026-11-08'), d('2026-11-15'), d('2026-11-22'), d('2026-11-29')],
        status: 'open',
      },
      {
        row: 3,
        planId: 'P0',
        repId: 'ok',
        opened: d('2026-10-01'),
        ends: d('2026-10-30'),
        reason: null,
        metric: 'revenue',
        target: 5_000,
        steps: [],
        checkIns: [],
        status: 'open',
      },
      {
        row: 4,
        planId: 'P9',
        repId: 'left',
        opened: d('2026-11-01'),
        ends: d('2026-12-30'),
        reason: null,
        metric: 'revenue',
        target: 5_000,
        steps: [],
        checkIns: [],
        status: 'open',
      },
    ],
    coaching: [
      {
        row: 2,
        day: d('2026-11-08'),
        repId: 'plan',
        coach: 'Mia',
        focus: 'pipeline',
        feedback: 'SECRET-FEEDBACK',
        nextStep: 'call list',
        followUp: d('2026-11-12'),
      },
      {
        row: 3,
        day: d('2026-11-22'),
        repId: 'plan',
        coach: 'Mia',
        focus: 'closing',
        feedback: null,
        nextStep: 'demo',
        followUp: d('2026-11-28'),
      },
      {
        row: 4,
        day: d('2026-11-20'),
        repId: 'ok',
        coach: 'Mia',
        focus: null,
        feedback: null,
        nextStep: 'x',
        followUp: d('2026-11-24'),
      },
      {
        row: 5,
        day: d('2026-11-20'),
        repId: 'nt',
        coach: 'Mia',
        focus: null,
        feedback: null,
        nextStep: null,
        followUp: null,
      },
    ],
    training: [
      {
        row: 2,
        repId: 'ok',
        course: 'Pricing',
        category: 'product',
        assigned: d('2026-10-01'),
        due: d('2026-11-10'),
        completed: null,
        score: null,
      },
      {
        row: 3,
        repId: 'ok',
        course: 'MEDDIC',
        category: 'technique',
        assigned: d('2026-10-01'),
        due: d('2026-11-30'),
        completed: null,
        score: null,
      },
    ],
    roles: [
      {
        row: 2,
        roleId: 'AE',
        title: 'Account Executive',
        competencies: ['Closing'],
        mustHaves: ['Closing'],
      },
    ],
    candidates: [
      {
        row: 2,
        candidateId: 'c1',
        name: 'Cam',
        roleId: 'AE',
        stage: 'screen',
        applied: d('2026-10-01'),
        stageDate: d('2026-10-20'),
        scores: {},
        referencesChecked: null,
      },
      {
        row: 3,
        candidateId: 'c2',
        name: 'Dee',
        roleId: 'AE',
        stage: 'offer',
        applied: d('2026-10-01'),
        stageDate: d('2026-11-24'),
        scores: { Closing: 4 },
        referencesChecked: 1,
      },
    ],
  });
  const facts = [...low.facts, ...ok.facts, ...onPlan.facts];
  const t = { ...low.targets, ...ok.targets, ...onPlan.targets };
  return { wb, facts, t };
}

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

describe('runToolkit over a team that triggers every alert', () => {
  const { wb, facts, t } = demoTeam();
  const frozen = deepFreeze(demoTeam().wb);
  const result = runToolkit({
    workbook: frozen,
    ledger: ledger(facts),
    targets: targets(t),
    asOf: AS_OF,
  });

  it('raises every kind of alert', () => {
    expect([...new Set(result.alerts.map((a) => a.kind))].sort()).toEqual([...ALERT_KINDS].sort());
  });

  it.each<[string, string | null, string]>([
    [
      'action_plan_proposed',
      'low',
      'Below 70% of revenue target for 2 consecutive months: 2026-09 30% ($3,000 of $10,000), 2026-10 40% ($4,000 of $10,000)',
    ],
    [
      'plan_outcome_suggested',
      'ok',
      'Plan P0 for Oki ended 2026-10-30: $9,000 of $5,000 revenue (180%) from 2026-10-01 to 2026-10-30, so the target was met.',
    ],
    [
      'plan_check_in_overdue',
      'plan',
      'No Coaching session with Pat logged on or after 2026-11-15 for the 2026-11-15 check-in (11 days ago). Progress: $2,000 of $7,000 revenue (28.6%).',
    ],
    [
      'target_missing',
      'nt',
      'Nat is active and past ramp but has no revenue target for 2026-11, so attainment, tier and plans cannot be judged.',
    ],
    [
      'offer_without_references',
      null,
      'At offer with 1 reference check; 2 are required before an offer.',
    ],
    ['candidate_stalled', null, 'At screen for 37 days, more than the 14 days allowed.'],
    [
      'training_overdue',
      'ok',
      'Oki was due to complete Pricing (product) by 2026-11-10, 16 days ago.',
    ],
  ])('%s for %s says why with figures', (kind, repId, message) => {
    const a = result.alerts.find(
      (x) => x.kind === kind && x.repId === repId && x.message === message,
    );
    expect(
      a,
      result.alerts
        .filter((x) => x.kind === kind)
        .map((x) => x.message)
        .join('\n'),
    ).toBeDefined();
  });

  it('flags the plan of a rep who left, and proposes nothing for reps on an open plan', () => {
    const left = result.alerts.find(
      (a) => a.kind === 'plan_outcome_suggested' && a.repId === 'left',
    );
    expect(left?.subject).toBe('Plan P9: Lee has left');
    expect(result.proposals.map((p) => p.repId)).toEqual(['low']);
  });

  it('sorts the Alerts tab by severity, kind, then rep', () => {
    const sorted = [...result.alerts].sort(compareAlerts);
    expect(result.alerts).toEqual(sorted);
    const sev = result.tables.alerts.rows.map((r) => r[1]);
    expect(sev.indexOf('low')).toBeGreaterThan(sev.lastIndexOf('high'));
    expect(result.tables.alerts.header).toEqual([
      'kind',
      'severity',
      'rep_id',
      'name',
      'subject',
      'message',
      'what_to_do',
      'source',
    ]);
    expect(result.tables.alerts.rows.some((r) => r[7] === 'Action Plans row 2')).toBe(true);
  });

  it('summarises team health for the sidebar', () => {
    const h = result.health;
    expect(h.reps).toBe(4);
    expect(h.plans).toEqual({
      open: 2,
      proposed: 1,
      checkInsDue: 1,
      checkInsOverdue: 1,
      outcomesToDecide: 2,
    });
    expect(h.training).toEqual({ due: 1, overdue: 1, completionPct: 0 });
    expect(h.coaching.overdue).toBe(1);
    expect(h.hiring[0]!.stalled).toBe(1);
  });

  it('builds a per-rep panel with coaching history, plan and training', () => {
    const p = repPanel(result, frozen, 'plan');
    expect(p.assessment?.tier).toBe('C');
    expect(p.plans.map((x) => x.planId)).toEqual(['P1']);
    expect(p.coaching.history.map((c) => c.row)).toEqual([3, 2]);
    expect(p.alerts.every((a) => a.repId === 'plan')).toBe(true);
  });

  it('changes nothing and gives the same output for the same input', () => {
    const again = runToolkit({
      workbook: demoTeam().wb,
      ledger: ledger(facts),
      targets: targets(t),
      asOf: AS_OF,
    });
    expect(JSON.stringify(again.tables)).toBe(JSON.stringify(result.tables));
    expect(frozen).toEqual(wb);
  });

  it('keeps private coaching feedback out of every output table', () => {
    expect(JSON.stringify(result.tables)).not.toContain('SECRET-FEEDBACK');
  });
});

describe('a brand-new team', () => {
  it('runs with no reps, no data and default settings', () => {
    const r = runToolkit({
      workbook: workbook({ settings: SETTINGS }),
      ledger: ledger([]),
      targets: targets({}),
      asOf: AS_OF,
    });
    expect(r.alerts).toEqual([]);
    expect(r.tables.assessment.rows).toEqual([]);
    expect(r.health.tiers).toEqual({ A: 0, B: 0, C: 0, untiered: 0, inRamp: 0 });
  });
});
