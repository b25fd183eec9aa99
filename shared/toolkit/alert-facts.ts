// Gathers the alert facts from the toolkit's reports, plus the missing-target rule.
import { periodOf } from '../time';
import type { Day } from '../time';
import type { PlanProposal } from './action-plans';
import type { AlertFact } from './alerts';
import type { CoachingReport } from './coaching';
import type { RoleFunnel } from './hiring';
import { DUE_SOON_DAYS, featureOn, type TargetsView, type ToolkitWorkbook } from './inputs';
import { isInRamp } from './months';
import type { PlanTracking } from './plan-tracking';
import type { TrainingReport } from './training';

export interface AlertSources {
  readonly proposals: readonly PlanProposal[];
  readonly plans: readonly PlanTracking[];
  readonly coaching: CoachingReport;
  readonly training: TrainingReport;
  readonly hiring: readonly RoleFunnel[];
}

/**
 * Active reps past ramp without a revenue target for the as-of month (an explicit 0 is a
 * target). Reps in ramp are left alone: a new hire's first targets often come later.
 */
export function missingTargetFacts(
  workbook: ToolkitWorkbook,
  targets: TargetsView,
  asOf: Day,
): AlertFact[] {
  const month = periodOf('month', asOf, workbook.calendar);
  return workbook.reps
    .filter((r) => r.active && !isInRamp(r.startDate, workbook.settings.rampMonths, asOf))
    .filter((r) => targets.forPeriod(r.repId, 'revenue', month) === null)
    .map((r) => ({
      kind: 'target_missing' as const,
      repId: r.repId,
      name: r.name,
      repRow: r.row,
      month: month.label,
    }));
}

/** Check-ins are held by Coaching sessions: without a Coaching tab none can be, so none alert. */
function planFacts(plan: PlanTracking, asOf: Day, coachingOn: boolean): AlertFact[] {
  if (plan.status !== 'open') return [];
  if (plan.suggestedOutcome !== null) return [{ kind: 'plan_outcome_suggested', plan }];
  if (plan.ended) return [];
  const out: AlertFact[] = [];
  for (const checkIn of coachingOn ? plan.checkIns : []) {
    if (checkIn.state === 'overdue') out.push({ kind: 'plan_check_in_overdue', plan, checkIn });
    if (checkIn.state === 'due') out.push({ kind: 'plan_check_in_due', plan, checkIn });
  }
  if (plan.ends - asOf <= DUE_SOON_DAYS) out.push({ kind: 'plan_ending', plan });
  return out;
}

export function alertFacts(
  workbook: ToolkitWorkbook,
  targets: TargetsView,
  asOf: Day,
  s: AlertSources,
): AlertFact[] {
  const facts: AlertFact[] = [];
  for (const proposal of s.proposals) facts.push({ kind: 'action_plan_proposed', proposal });
  // Proposals come from the metrics: they stand even without an Action Plans tab.
  const coachingOn = featureOn(workbook, 'coaching');
  for (const plan of s.plans) facts.push(...planFacts(plan, asOf, coachingOn));
  for (const cadence of s.coaching.cadence) {
    if (cadence.overdue) facts.push({ kind: 'coaching_overdue', cadence });
  }
  for (const followUp of s.coaching.followUps) {
    if (followUp.state === 'overdue') facts.push({ kind: 'follow_up_overdue', followUp });
    if (followUp.state === 'due') facts.push({ kind: 'follow_up_due', followUp });
  }
  for (const assignment of s.training.assignments) {
    if (assignment.state === 'overdue') facts.push({ kind: 'training_overdue', assignment });
    if (assignment.state === 'due') facts.push({ kind: 'training_due', assignment });
  }
  facts.push(...missingTargetFacts(workbook, targets, asOf));
  for (const role of s.hiring) {
    const roleTitle = role.title ?? role.roleId;
    for (const card of role.candidates) {
      if (card.stalled) facts.push({ kind: 'candidate_stalled', card, roleTitle });
      if (card.offerWithoutReferences) {
        facts.push({ kind: 'offer_without_references', card, roleTitle });
      }
    }
  }
  return facts;
}
