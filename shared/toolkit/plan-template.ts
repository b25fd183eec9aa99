// The built-in action-plan template, and the template a run uses: the Plan Template tab merged over it.
import type { PlanTemplate, PlanTemplateValues } from '../workbook';
import { PLAN_TEMPLATE_MAX_LENGTH_DAYS } from '../workbook';

export interface ActionPlanTemplate extends PlanTemplateValues {
  /** The longest a plan may run, extension included. */
  readonly maxLengthDays: number;
}

/**
 * The standard corrective action plan. Set up writes it into the Plan Template tab for the
 * manager to adapt; proposals copy that tab, field by field, falling back to this. A plan is
 * finite (30 days, at most 60), has a weekly check-in, named support and stated consequences.
 */
export const ACTION_PLAN_TEMPLATE: ActionPlanTemplate = Object.freeze({
  lengthDays: 30,
  maxLengthDays: PLAN_TEMPLATE_MAX_LENGTH_DAYS,
  checkInEveryDays: 7,
  steps: Object.freeze([
    'Agree the gap: review the last months against target together and write down the plan target.',
    'Rebuild the pipeline: add enough new qualified pipeline to cover the plan target three times.',
    'Daily activity floor: agree a minimum of calls and meetings per working day and log them.',
    'Skills: shadow a tier A colleague on two calls a week and practise one technique at a time.',
    'Weekly check-in: progress against the plan target, blockers, and next week’s commitments.',
  ]),
  support:
    'A weekly 1:1 with the manager, a peer buddy from tier A, and the product and technique courses assigned in Training.',
  consequences:
    'If the plan target is not met by the end date, the manager decides the next step: extend the plan once (up to 60 days in all) or move to the formal performance process.',
});

/**
 * The template proposals use: each field of the Plan Template tab when set, else the built-in
 * one's (a blank field, or no tab at all, keeps the default). Numbers are whole days of at least
 * one and the length is capped at the maximum here too, so a hand-built template cannot make an
 * endless plan or an endless check-in loop.
 */
export function resolvePlanTemplate(
  tab: PlanTemplate | null | undefined,
  base: ActionPlanTemplate = ACTION_PLAN_TEMPLATE,
): ActionPlanTemplate {
  if (!tab) return base;
  const steps = tab.steps !== null && tab.steps.length > 0 ? tab.steps : base.steps;
  const days = (n: number | null, fallback: number) =>
    n !== null && Number.isFinite(n) && n >= 1 ? Math.floor(n) : fallback;
  return {
    lengthDays: Math.min(days(tab.lengthDays, base.lengthDays), base.maxLengthDays),
    maxLengthDays: base.maxLengthDays,
    checkInEveryDays: days(tab.checkInEveryDays, base.checkInEveryDays),
    steps,
    support: tab.support ?? base.support,
    consequences: tab.consequences ?? base.consequences,
  };
}
