// The rule that proposes an action plan in Alerts (from the Plan Template tab, else the built-in one).
import { compareText } from '../order';
import { formatMoney, formatPct } from '../format';
import { isoDay } from '../time';
import type { Day } from '../time';
import { type MonthAttainment, monthAttainment } from './attainment';
import type { LedgerView, TargetsView, ToolkitWorkbook } from './inputs';
import { completeMonthsBefore, isInRamp } from './months';
import { resolvePlanTemplate } from './plan-template';

// Kept here too: callers and tests have long imported the template from this module.
export { ACTION_PLAN_TEMPLATE } from './plan-template';

export interface PlanProposal {
  readonly repId: string;
  readonly name: string;
  /** The rep's row in Reps. */
  readonly repRow: number;
  /** The consecutive complete months below the trigger, oldest first. */
  readonly months: readonly MonthAttainment[];
  readonly metric: 'revenue';
  /** Revenue to win over the plan window (see proposeActionPlans). */
  readonly target: number;
  readonly opens: Day;
  readonly ends: Day;
  readonly checkIns: readonly Day[];
  readonly steps: readonly string[];
  readonly support: string;
  readonly consequences: string;
  /** Why, with the months and figures. */
  readonly reason: string;
}

/** Plans with status open count as open whatever their dates: only the manager closes a plan. */
export function repsWithOpenPlan(workbook: ToolkitWorkbook): Set<string> {
  return new Set(workbook.actionPlans.filter((p) => p.status === 'open').map((p) => p.repId));
}

/**
 * Proposes a plan for each active rep below `actionPlanTriggerPct` of the revenue target in each
 * of the last `actionPlanTriggerPeriods` complete months (a month without a target, or before
 * the start date, breaks the run: there is nothing to judge). Reps in ramp and reps already on
 * an open plan are not proposed. The suggested target is the trigger share of the average
 * monthly target of those months, rounded up, to be won in the plan: the plan asks for the bar
 * the rep fell under, no more. Length, check-ins, steps, support and consequences come from the
 * Plan Template tab, field by field, else the built-in ACTION_PLAN_TEMPLATE.
 */
export function proposeActionPlans(
  workbook: ToolkitWorkbook,
  ledger: LedgerView,
  targets: TargetsView,
  asOf: Day,
): PlanProposal[] {
  const s = workbook.settings;
  const k = Math.max(1, Math.floor(s.actionPlanTriggerPeriods));
  const window = completeMonthsBefore(asOf, k, workbook.calendar);
  const onPlan = repsWithOpenPlan(workbook);
  const t = resolvePlanTemplate(workbook.planTemplate);
  const out: PlanProposal[] = [];
  for (const rep of workbook.reps) {
    if (!rep.active || onPlan.has(rep.repId)) continue;
    if (isInRamp(rep.startDate, s.rampMonths, asOf)) continue;
    const months: MonthAttainment[] = [];
    for (const m of window) {
      if (rep.startDate !== null && m.end < rep.startDate) break;
      const a = monthAttainment(rep.repId, m, ledger, targets);
      if (a === null || !(a.pct < s.actionPlanTriggerPct)) break;
      months.push(a);
    }
    if (months.length < k) continue;
    const avgTarget = months.reduce((sum, m) => sum + m.target, 0) / months.length;
    const target = Math.ceil((avgTarget * s.actionPlanTriggerPct) / 100 - 1e-9);
    const figures = months
      .map(
        (m) =>
          `${m.month} ${formatPct(m.pct)} (${formatMoney(m.revenue, s.currency)} of ${formatMoney(m.target, s.currency)})`,
      )
      .join(', ');
    const checkIns: Day[] = [];
    for (let d = asOf + t.checkInEveryDays; d < asOf + t.lengthDays; d += t.checkInEveryDays) {
      checkIns.push(d);
    }
    out.push({
      repId: rep.repId,
      name: rep.name,
      repRow: rep.row,
      months,
      metric: 'revenue',
      target,
      opens: asOf,
      ends: asOf + t.lengthDays - 1,
      checkIns,
      steps: t.steps,
      support: t.support,
      consequences: t.consequences,
      reason: `Below ${formatPct(s.actionPlanTriggerPct)} of revenue target for ${k} consecutive month${k === 1 ? '' : 's'}: ${figures}`,
    });
  }
  return out.sort((a, b) => compareText(a.repId, b.repId));
}

/** Action Plans tab columns, in the order Set up writes them. */
export const ACTION_PLAN_COLUMNS = [
  'plan_id',
  'rep_id',
  'opened',
  'ends',
  'reason',
  'metric',
  'target',
  'steps',
  'check_ins',
  'consequences',
  'support',
  'status',
  'outcome',
] as const;

/**
 * A proposal as an Action Plans row (dates as ISO text, steps one per line), for the add-on to
 * add when the manager accepts it; the manager adapts it there. Status starts `open`.
 */
export function proposalRow(
  p: PlanProposal,
  planId: string,
): Record<(typeof ACTION_PLAN_COLUMNS)[number], string | number> {
  return {
    plan_id: planId,
    rep_id: p.repId,
    opened: isoDay(p.opens),
    ends: isoDay(p.ends),
    reason: p.reason,
    metric: p.metric,
    target: p.target,
    steps: p.steps.join('\n'),
    check_ins: p.checkIns.map(isoDay).join(', '),
    consequences: p.consequences,
    support: p.support,
    status: 'open',
    outcome: '',
  };
}
