// Sidebar data: the "Team health" summary and the per-rep panel, both for the manager only.
import { round1 } from '../format';
import type { PlanProposal } from './action-plans';
import type { Alert, AlertSeverity } from './alerts';
import type { RepAssessment } from './assessment';
import {
  type CoachingCadence,
  type CoachingMonth,
  type CoachingReport,
  coachingHistory,
  type FollowUp,
} from './coaching';
import type { FunnelStageName, RoleFunnel } from './hiring';
import type { ToolkitCoaching, ToolkitWorkbook } from './inputs';
import type { Day } from '../time';
import type { PlanTracking } from './plan-tracking';
import type { Assignment, CompletionRate, TrainingReport } from './training';

export interface HealthParts {
  /** Active reps in review order. */
  readonly assessments: readonly RepAssessment[];
  readonly proposals: readonly PlanProposal[];
  readonly plans: readonly PlanTracking[];
  readonly coaching: CoachingReport;
  readonly training: TrainingReport;
  readonly hiring: readonly RoleFunnel[];
  readonly alerts: readonly Alert[];
}

export interface TeamHealth {
  readonly reps: number;
  /** Untiered: no target in the window, or in ramp below tier B. */
  readonly tiers: {
    readonly A: number;
    readonly B: number;
    readonly C: number;
    readonly untiered: number;
    readonly inRamp: number;
  };
  readonly plans: {
    readonly open: number;
    readonly proposed: number;
    readonly checkInsDue: number;
    readonly checkInsOverdue: number;
    readonly outcomesToDecide: number;
  };
  readonly coaching: {
    readonly overdue: number;
    readonly followUpsDue: number;
    readonly followUpsOverdue: number;
  };
  readonly training: {
    readonly due: number;
    readonly overdue: number;
    /** Team completion rate, one decimal; null with nothing assigned. */
    readonly completionPct: number | null;
  };
  readonly hiring: readonly {
    readonly roleId: string;
    readonly title: string;
    readonly stages: readonly { readonly stage: FunnelStageName; readonly count: number }[];
    readonly stalled: number;
    readonly offersWithoutReferences: number;
  }[];
  readonly alerts: Readonly<Record<AlertSeverity, number>>;
}

function count<T>(items: readonly T[], pred: (t: T) => boolean): number {
  let n = 0;
  for (const t of items) if (pred(t)) n++;
  return n;
}

export function teamHealth(p: HealthParts): TeamHealth {
  const open = p.plans.filter((x) => x.status === 'open' && !x.repLeft);
  const checkIns = open.filter((x) => !x.ended).flatMap((x) => x.checkIns);
  const assigned = p.training.byRep.reduce((s, r) => s + r.assigned, 0);
  const completed = p.training.byRep.reduce((s, r) => s + r.completed, 0);
  return {
    reps: p.assessments.length,
    tiers: {
      A: count(p.assessments, (a) => a.tier === 'A'),
      B: count(p.assessments, (a) => a.tier === 'B'),
      C: count(p.assessments, (a) => a.tier === 'C'),
      untiered: count(p.assessments, (a) => a.tier === null),
      inRamp: count(p.assessments, (a) => a.inRamp),
    },
    plans: {
      open: open.length,
      proposed: p.proposals.length,
      checkInsDue: count(checkIns, (c) => c.state === 'due'),
      checkInsOverdue: count(checkIns, (c) => c.state === 'overdue'),
      outcomesToDecide: count(p.plans, (x) => x.suggestedOutcome !== null),
    },
    coaching: {
      overdue: count(p.coaching.cadence, (c) => c.overdue),
      followUpsDue: count(p.coaching.followUps, (f) => f.state === 'due'),
      followUpsOverdue: count(p.coaching.followUps, (f) => f.state === 'overdue'),
    },
    training: {
      due: count(p.training.assignments, (a) => a.state === 'due'),
      overdue: count(p.training.assignments, (a) => a.state === 'overdue'),
      completionPct: assigned > 0 ? round1((completed / assigned) * 100) : null,
    },
    hiring: p.hiring.map((r) => ({
      roleId: r.roleId,
      title: r.title ?? r.roleId,
      stages: r.stages.map((s) => ({ stage: s.stage, count: s.current })),
      stalled: count(r.candidates, (c) => c.stalled),
      offersWithoutReferences: count(r.candidates, (c) => c.offerWithoutReferences),
    })),
    alerts: {
      high: count(p.alerts, (a) => a.severity === 'high'),
      medium: count(p.alerts, (a) => a.severity === 'medium'),
      low: count(p.alerts, (a) => a.severity === 'low'),
    },
  };
}

export interface RepPanel {
  readonly repId: string;
  /** null when the rep is not active (not assessed). */
  readonly assessment: RepAssessment | null;
  readonly proposal: PlanProposal | null;
  /** The rep's plans, open first. */
  readonly plans: readonly PlanTracking[];
  readonly coaching: {
    readonly cadence: CoachingCadence | null;
    /** Sessions on or before the as-of day, newest first. */
    readonly history: readonly ToolkitCoaching[];
    readonly months: readonly CoachingMonth[];
    readonly followUps: readonly FollowUp[];
  };
  readonly training: {
    readonly assignments: readonly Assignment[];
    readonly completion: CompletionRate | null;
  };
  readonly alerts: readonly Alert[];
}

/** One rep's panel for the sidebar, from a toolkit run over `workbook`. */
export function repPanel(
  p: HealthParts & { readonly asOf: Day },
  workbook: ToolkitWorkbook,
  repId: string,
): RepPanel {
  const history = coachingHistory(workbook, repId, p.asOf);
  return {
    repId,
    assessment: p.assessments.find((a) => a.repId === repId) ?? null,
    proposal: p.proposals.find((x) => x.repId === repId) ?? null,
    plans: p.plans.filter((x) => x.repId === repId),
    coaching: {
      cadence: p.coaching.cadence.find((c) => c.repId === repId) ?? null,
      history,
      months: p.coaching.months.filter((m) => m.repId === repId),
      followUps: p.coaching.followUps.filter((f) => f.repId === repId),
    },
    training: {
      assignments: p.training.assignments.filter((a) => a.repId === repId),
      completion: p.training.byRep.find((r) => r.key === repId) ?? null,
    },
    alerts: p.alerts.filter((a) => a.repId === repId),
  };
}
