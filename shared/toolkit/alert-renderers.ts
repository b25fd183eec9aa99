// Words for each alert kind: severity, subject, the why with figures, and what to do.
import { formatMoney, formatNumber, formatPct, formatTenths, plural } from '../format';
import { isoDay } from '../time';
import type { Day } from '../time';
import { isMoneyMetric } from '../workbook';
import type { PlanProposal } from './action-plans';
import type { Alert, AlertFact, AlertKind } from './alerts';
import { CHECK_IN_EARLY_DAYS, type PlanTracking } from './plan-tracking';
import { REQUIRED_REFERENCES } from './hiring';

export interface RenderContext {
  readonly currency: string;
  readonly asOf: Day;
  readonly coachingCadenceDays: number;
  readonly hiringStallDays: number;
  /** Rep names by id, for subjects. */
  readonly names: ReadonlyMap<string, string>;
}

type Rendered = Omit<Alert, 'kind'>;
type Renderers = {
  readonly [K in AlertKind]: (
    fact: Extract<AlertFact, { kind: K }>,
    ctx: RenderContext,
  ) => Rendered;
};

function nameOf(repId: string, ctx: RenderContext): string {
  return ctx.names.get(repId) ?? repId;
}

function days(n: number): string {
  return `${formatNumber(n)} ${plural('day', n)}`;
}

function amount(value: number, metric: string, currency: string): string {
  return isMoneyMetric(metric) ? formatMoney(value, currency) : formatTenths(value);
}

function planSource(p: PlanTracking) {
  return { tab: 'Action Plans', row: p.row };
}

function progress(p: PlanTracking, currency: string): string {
  const value = amount(p.value, p.metric, currency);
  if (p.target === null) return `${value} ${p.metric} so far (no target set)`;
  const pct = p.progressPct === null ? '' : ` (${formatPct(p.progressPct)})`;
  return `${value} of ${amount(p.target, p.metric, currency)} ${p.metric}${pct}`;
}

/** A note from the sheet as a clause inside a sentence: trimmed, without its own full stop. */
function clause(text: string): string {
  return text.trim().replace(/[.!]+$/, '');
}

function candidateSubject(name: string, id: string, role: string): string {
  return `Candidate ${name} (${id}) for ${role}`;
}

/** The proposal's check-ins: their spacing (the Plan Template's) and dates. */
function checkInsText(p: PlanProposal): string {
  const [first] = p.checkIns;
  if (first === undefined) return 'no check-in before the end date';
  const gap = first - p.opens;
  const every = gap === 7 ? 'weekly check-ins' : `check-ins every ${days(gap)}`;
  return `${every} (${p.checkIns.map(isoDay).join(', ')})`;
}

export const RENDERERS: Renderers = {
  action_plan_proposed: ({ proposal: p }, ctx) => ({
    severity: 'high',
    repId: p.repId,
    subject: `Action plan proposed for ${p.name}`,
    message: p.reason,
    suggestion: `Talk with ${p.name}, then add a plan in Action Plans: ${isoDay(p.opens)} to ${isoDay(p.ends)}, win ${formatMoney(p.target, ctx.currency)} in revenue, ${checkInsText(p)}. Suggested steps: ${p.steps.map((s, i) => `(${i + 1}) ${clause(s)}`).join('; ')}. Adapt them, and the Plan Template's support and consequences, to ${p.name}.`,
    source: { tab: 'Reps', row: p.repRow },
  }),
  plan_outcome_suggested: ({ plan: p }, ctx) => {
    const who = nameOf(p.repId, ctx);
    if (p.suggestedOutcome === 'closed') {
      return {
        severity: 'high',
        repId: p.repId,
        subject: `Plan ${p.planId}: ${who} has left`,
        message: `${who} is ${p.name === null ? 'not in Reps' : 'inactive in Reps'} while plan ${p.planId} is open (${progress(p, ctx.currency)}).`,
        suggestion: `Set the plan's status to closed in Action Plans; Bellringer never changes it.`,
        source: planSource(p),
      };
    }
    const verdict = p.suggestedOutcome === 'met' ? 'met' : 'not met';
    return {
      severity: 'high',
      repId: p.repId,
      subject: `Plan ${p.planId} ended: suggested outcome ${verdict}`,
      message: `Plan ${p.planId} for ${who} ended ${isoDay(p.ends)}: ${progress(p, ctx.currency)} from ${isoDay(p.opened)} to ${isoDay(p.ends)}, so the target was ${verdict}.`,
      suggestion: `Decide the outcome with ${who} and set status to ${p.suggestedOutcome} (or extend the plan) in Action Plans; Bellringer never changes it.`,
      source: planSource(p),
    };
  },
  plan_check_in_overdue: ({ plan: p, checkIn: c }, ctx) => ({
    severity: 'high',
    repId: p.repId,
    subject: `Plan ${p.planId}: check-in of ${isoDay(c.day)} overdue`,
    message: `No Coaching session with ${nameOf(p.repId, ctx)} logged on or after ${isoDay(c.day - CHECK_IN_EARLY_DAYS)} for the ${isoDay(c.day)} check-in (${days(ctx.asOf - c.day)} ago). Progress: ${progress(p, ctx.currency)}.`,
    suggestion: `Hold the check-in and log it as a session in Coaching.`,
    source: planSource(p),
  }),
  plan_check_in_due: ({ plan: p, checkIn: c }, ctx) => ({
    severity: 'low',
    repId: p.repId,
    subject: `Plan ${p.planId}: check-in due ${isoDay(c.day)}`,
    message: `Check-in with ${nameOf(p.repId, ctx)} due ${c.day === ctx.asOf ? 'today' : `in ${days(c.day - ctx.asOf)}`}. Progress: ${progress(p, ctx.currency)} with ${formatPct(p.elapsedPct)} of the plan's time gone.`,
    suggestion: `Hold the check-in and log it as a session in Coaching.`,
    source: planSource(p),
  }),
  plan_ending: ({ plan: p }, ctx) => ({
    severity: 'low',
    repId: p.repId,
    subject: `Plan ${p.planId} ends ${isoDay(p.ends)}`,
    message: `${days(p.daysLeft)} left for ${nameOf(p.repId, ctx)}: ${progress(p, ctx.currency)} with ${formatPct(p.elapsedPct)} of the plan's time gone.`,
    suggestion: `Prepare the end-of-plan review with ${nameOf(p.repId, ctx)}.`,
    source: planSource(p),
  }),
  coaching_overdue: ({ cadence: c }, ctx) => ({
    severity: 'medium',
    repId: c.repId,
    subject: `Coaching overdue for ${c.name}`,
    message:
      c.lastSession !== null
        ? `Last coaching session ${isoDay(c.lastSession)}, ${days(c.daysSince ?? 0)} ago; the cadence is every ${days(ctx.coachingCadenceDays)}.`
        : c.daysSince !== null
          ? `No coaching session logged in the ${days(c.daysSince)} since the start date; the cadence is every ${days(ctx.coachingCadenceDays)}.`
          : `No coaching session logged; the cadence is every ${days(ctx.coachingCadenceDays)}.`,
    suggestion: `Book a 1:1 with ${c.name} and log it in Coaching.`,
    source: c.lastRow !== null ? { tab: 'Coaching', row: c.lastRow } : null,
  }),
  follow_up_overdue: ({ followUp: f }, ctx) => ({
    severity: 'medium',
    repId: f.repId,
    subject: `Follow-up overdue for ${nameOf(f.repId, ctx)}`,
    message: `Follow-up from the ${isoDay(f.session)} session was due ${isoDay(f.followUp)} (${days(ctx.asOf - f.followUp)} ago)${f.nextStep ? `; next step: ${clause(f.nextStep)}` : ''}.`,
    suggestion: `Hold the follow-up and log it as a new session in Coaching.`,
    source: { tab: 'Coaching', row: f.row },
  }),
  follow_up_due: ({ followUp: f }, ctx) => ({
    severity: 'low',
    repId: f.repId,
    subject: `Follow-up due ${isoDay(f.followUp)} for ${nameOf(f.repId, ctx)}`,
    message: `Follow-up from the ${isoDay(f.session)} session${f.nextStep ? `; next step: ${clause(f.nextStep)}` : ''}.`,
    suggestion: `Hold the follow-up and log it as a new session in Coaching.`,
    source: { tab: 'Coaching', row: f.row },
  }),
  training_overdue: ({ assignment: a }, ctx) => ({
    severity: 'medium',
    repId: a.repId,
    subject: `Training overdue: ${a.course}`,
    message: `${nameOf(a.repId, ctx)} was due to complete ${a.course}${a.category ? ` (${a.category})` : ''} by ${isoDay(a.due ?? ctx.asOf)}, ${days(ctx.asOf - (a.due ?? ctx.asOf))} ago.`,
    suggestion: `Agree a new date with ${nameOf(a.repId, ctx)}; record the completed date in Training when done.`,
    source: { tab: 'Training', row: a.row },
  }),
  training_due: ({ assignment: a }, ctx) => ({
    severity: 'low',
    repId: a.repId,
    subject: `Training due ${isoDay(a.due ?? ctx.asOf)}: ${a.course}`,
    message: `${nameOf(a.repId, ctx)} is due to complete ${a.course}${a.category ? ` (${a.category})` : ''}.`,
    suggestion: `Remind ${nameOf(a.repId, ctx)}; record the completed date in Training when done.`,
    source: { tab: 'Training', row: a.row },
  }),
  target_missing: (f) => ({
    severity: 'medium',
    repId: f.repId,
    subject: `No revenue target for ${f.month}`,
    message: `${f.name} is active and past ramp but has no revenue target for ${f.month}, so attainment, tier and plans cannot be judged.`,
    suggestion: `Add a row to Targets: rep_id ${f.repId}, period ${f.month}, metric revenue, and the target.`,
    source: { tab: 'Reps', row: f.repRow },
  }),
  candidate_stalled: ({ card: c, roleTitle }, ctx) => ({
    severity: 'medium',
    repId: null,
    subject: candidateSubject(c.name, c.candidateId, roleTitle),
    message: `At ${c.stage} for ${days(c.daysInStage ?? 0)}, more than the ${days(ctx.hiringStallDays)} allowed.`,
    suggestion: `Move the candidate on or close them out (rejected or withdrawn), and update stage and stage_date in Candidates.`,
    source: { tab: 'Candidates', row: c.row },
  }),
  offer_without_references: ({ card: c, roleTitle }) => ({
    severity: 'high',
    repId: null,
    subject: candidateSubject(c.name, c.candidateId, roleTitle),
    message: `At ${c.stage} with ${c.referencesChecked} reference check${c.referencesChecked === 1 ? '' : 's'}; ${REQUIRED_REFERENCES} are required before an offer.`,
    suggestion: `Check references before the offer stands, and record the count in references_checked.`,
    source: { tab: 'Candidates', row: c.row },
  }),
};
