// A missing optional tab turns its toolkit feature off: no coaching, training, plan or hiring alerts from it.
import { describe, expect, it } from 'vitest';
import { type AlertKind, runToolkit, type ToolkitWorkbook } from '../../../shared/toolkit';
import { d, ledger, months, rep, targets, workbook } from './fixtures';

const AS_OF = d('2026-11-26');
const ALL_TABS = ['Coaching', 'Training', 'Action Plans', 'Candidates', 'Roles'];

// r1 is below 70% of target in Sep and Oct (a plan proposal), has never been coached, has an
// overdue course, an open plan with a missed check-in, and a role has a stalled candidate.
const history = months('r1', [
  ['2026-09', 1000, 10000],
  ['2026-10', 1000, 10000],
]);

function run(tabs: readonly string[]) {
  const wb: ToolkitWorkbook = workbook({
    reps: [rep('r1'), rep('r2', { row: 3 })],
    training: [
      {
        row: 2,
        repId: 'r1',
        course: 'Discovery',
        category: 'technique',
        assigned: d('2026-10-01'),
        due: d('2026-11-01'),
        completed: null,
        score: null,
      },
    ],
    actionPlans: [
      {
        row: 2,
        planId: 'AP-01',
        repId: 'r2',
        opened: d('2026-11-01'),
        ends: d('2026-12-31'),
        reason: null,
        metric: 'revenue',
        target: 20000,
        steps: [],
        checkIns: [d('2026-11-15')],
        status: 'open',
      },
    ],
    roles: [{ row: 2, roleId: 'AE', title: 'AE', competencies: [], mustHaves: [] }],
    candidates: [
      {
        row: 2,
        candidateId: 'C1',
        name: 'Cand',
        roleId: 'AE',
        stage: 'screen',
        applied: d('2026-09-01'),
        stageDate: d('2026-09-10'),
        scores: {},
        referencesChecked: null,
      },
    ],
    tabs: new Set(tabs),
  });
  const r = runToolkit({
    workbook: wb,
    ledger: ledger(history.facts),
    targets: targets(history.targets),
    asOf: AS_OF,
  });
  return { r, kinds: new Set(r.alerts.map((a) => a.kind)) };
}

describe('toolkit features follow their tabs', () => {
  it.each<[string, string, AlertKind]>([
    ['Coaching', 'coaching cadence', 'coaching_overdue'],
    ['Training', 'training', 'training_overdue'],
    ['Action Plans', 'plan tracking', 'plan_check_in_overdue'],
    ['Coaching', 'plan check-ins (held by Coaching sessions)', 'plan_check_in_overdue'],
    ['Candidates', 'hiring', 'candidate_stalled'],
  ])('without the %s tab, %s raises no %s alert', (missing, _feature, kind) => {
    expect(run(ALL_TABS).kinds.has(kind)).toBe(true);
    expect(run(ALL_TABS.filter((t) => t !== missing)).kinds.has(kind)).toBe(
      missing === 'Candidates', // Roles alone keeps hiring on
    );
  });

  it('turns hiring off only when both Roles and Candidates are missing', () => {
    const { r, kinds } = run(['Coaching', 'Training', 'Action Plans']);
    expect(r.hiring).toEqual([]);
    expect(kinds.has('candidate_stalled')).toBe(false);
  });

  it('reports nothing for coaching, training, plans or hiring in a workbook without those tabs', () => {
    const { r } = run([]);
    expect([r.coaching.cadence, r.training.byRep, r.plans, r.hiring]).toEqual([[], [], [], []]);
  });

  it('still proposes action plans without an Action Plans tab: proposals come from the metrics', () => {
    const { r, kinds } = run([]);
    expect(r.proposals.map((p) => p.repId)).toEqual(['r1']);
    expect(kinds.has('action_plan_proposed')).toBe(true);
  });
});
