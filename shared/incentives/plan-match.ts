// Which commission plan pays a rep: the most specific one in effect (rep id, then role, then team).
import { compareText } from '../order';
import type { DataIssue } from '../issues';
import type { Day } from '../time';
import type { CommissionPlan, Rep } from '../workbook';

export type PlanLevel = 'rep' | 'role' | 'team';
const LEVELS: readonly PlanLevel[] = ['rep', 'role', 'team'];

export type PlanChoice =
  | { readonly kind: 'plan'; readonly plan: CommissionPlan; readonly level: PlanLevel }
  | { readonly kind: 'none' }
  | {
      readonly kind: 'ambiguous';
      readonly level: PlanLevel;
      readonly plans: readonly CommissionPlan[];
    };

const key = (s: string | null): string => (s === null ? '' : s.trim().toLowerCase());

/** How specifically `plan` names `rep`, or null when it does not apply to the rep at all. */
export function planLevel(plan: CommissionPlan, rep: Rep): PlanLevel | null {
  const to = key(plan.appliesTo);
  if (to === '') return null;
  if (to === key(rep.repId)) return 'rep';
  if (to === key(rep.role)) return 'role';
  if (to === key(rep.team)) return 'team';
  return null;
}

export function inEffect(plan: CommissionPlan, day: Day): boolean {
  const from = plan.effectiveFrom;
  const to = plan.effectiveTo;
  return (from === null || day >= from) && (to === null || day <= to);
}

/** The plans that name the rep at any level, in sheet-row order. */
export function plansOfRep(rep: Rep, plans: readonly CommissionPlan[]): CommissionPlan[] {
  return plans.filter((p) => planLevel(p, rep) !== null).sort((a, b) => a.row - b.row);
}

/** The plan paying `rep` on `day`: the most specific level wins; two at that level are ambiguous. */
export function planFor(rep: Rep, plans: readonly CommissionPlan[], day: Day): PlanChoice {
  // One pass: keep the plans at the most specific level seen so far.
  let best = LEVELS.length;
  let found: CommissionPlan[] = [];
  for (const plan of plans) {
    if (!inEffect(plan, day)) continue;
    const level = planLevel(plan, rep);
    if (level === null) continue;
    const rank = LEVELS.indexOf(level);
    if (rank < best) {
      best = rank;
      found = [plan];
    } else if (rank === best) found.push(plan);
  }
  const level = LEVELS[best];
  if (level === undefined) return { kind: 'none' };
  if (found.length === 1) return { kind: 'plan', plan: found[0]!, level };
  return { kind: 'ambiguous', level, plans: found.sort((a, b) => a.row - b.row) };
}

const LEVEL_WORD: { [K in PlanLevel]: string } = { rep: 'rep id', role: 'role', team: 'team' };

/**
 * Issues for the Issues tab: every active rep without a plan on `asOf`, or with two equally
 * specific ones, and plans whose applies_to names nobody. Silent when there are no plans at all.
 */
export function planIssues(
  reps: readonly Rep[],
  plans: readonly CommissionPlan[],
  asOf: Day,
): DataIssue[] {
  if (plans.length === 0) return [];
  const issues: DataIssue[] = [];
  const sortedReps = [...reps].sort((a, b) => compareText(a.repId, b.repId));
  for (const rep of sortedReps) {
    if (!rep.active) continue;
    const choice = planFor(rep, plans, asOf);
    if (choice.kind === 'none') {
      issues.push({
        tab: 'Commission Plans',
        row: null,
        column: 'applies_to',
        value: rep.repId,
        problem: `Rep ${rep.repId} (${rep.name}) has no commission plan in effect, so no commission is computed for them.`,
        fix: `Add a plan whose applies_to is ${rep.repId}${rep.role ? `, the role ${rep.role}` : ''}${rep.team ? ` or the team ${rep.team}` : ''}.`,
        severity: 'warning',
      });
    } else if (choice.kind === 'ambiguous') {
      const ids = choice.plans.map((p) => `${p.planId} (row ${p.row})`).join(', ');
      issues.push({
        tab: 'Commission Plans',
        row: choice.plans[1]!.row,
        column: 'applies_to',
        value: choice.plans[1]!.appliesTo,
        problem: `Rep ${rep.repId} matches ${choice.plans.length} plans by ${LEVEL_WORD[choice.level]}: ${ids}; no commission is computed for them until one plan applies.`,
        fix: 'Keep one plan per rep id, role or team (or give them effective dates that do not overlap).',
        severity: 'warning',
      });
    }
  }
  const sortedPlans = [...plans].sort((a, b) => a.row - b.row);
  for (const plan of sortedPlans) {
    if (reps.some((r) => planLevel(plan, r) !== null)) continue;
    issues.push({
      tab: 'Commission Plans',
      row: plan.row,
      column: 'applies_to',
      value: plan.appliesTo,
      problem: `Plan ${plan.planId} applies to "${plan.appliesTo}", which is no rep id, role or team on the Reps tab.`,
      fix: 'Write a rep_id, a role or a team exactly as the Reps tab has it.',
      severity: 'warning',
    });
  }
  return issues;
}
