// Tracks the plans in the Action Plans tab: progress from the ledger, check-ins, days left, suggested outcome.
import { compareText } from '../order';
import { roundTo } from '../format';
import type { Day } from '../time';
import {
  DUE_SOON_DAYS,
  featureOn,
  type LedgerView,
  type PlanStatus,
  type ToolkitActionPlan,
  type ToolkitWorkbook,
} from './inputs';

/**
 * How many days before a check-in date a Coaching session may fall and still hold it. Zero: a
 * check-in is held by a session logged on or after its date, so a routine 1:1 a few days
 * earlier does not silently tick off the plan's check-in.
 */
export const CHECK_IN_EARLY_DAYS = 0;

export type CheckInState = 'held' | 'overdue' | 'due' | 'upcoming';

export interface CheckIn {
  readonly day: Day;
  readonly state: CheckInState;
  /** The Coaching session that held it. */
  readonly heldOn: Day | null;
  readonly coachingRow: number | null;
}

export type SuggestedOutcome = 'met' | 'not_met' | 'closed';

export interface PlanTracking {
  readonly planId: string;
  readonly repId: string;
  /** null when the rep is not in the Reps tab. */
  readonly name: string | null;
  readonly row: number;
  readonly status: PlanStatus;
  readonly metric: string;
  /**
   * The number to reach over the whole plan window, `opened` to `ends` inclusive, on the plan's
   * metric (not per month): a two-month plan at $40,000 a month has a target of about $80,000.
   */
  readonly target: number | null;
  /** The metric summed from `opened` to the as-of day or `ends`, whichever comes first. */
  readonly value: number;
  /** value ÷ target × 100, one decimal; null without a target above 0. */
  readonly progressPct: number | null;
  /** Share of the plan's days elapsed × 100, one decimal: where progress should be by now. */
  readonly elapsedPct: number;
  readonly opened: Day;
  readonly ends: Day;
  readonly daysLeft: number;
  readonly ended: boolean;
  readonly checkIns: readonly CheckIn[];
  /** The rep is inactive or no longer in Reps while the plan is open. */
  readonly repLeft: boolean;
  /** Only for open plans: the manager decides, Bellringer never changes a plan's status. */
  readonly suggestedOutcome: SuggestedOutcome | null;
}

/**
 * Each check-in is held by a Coaching session with the rep from its date (less
 * CHECK_IN_EARLY_DAYS) up to the day before the next check-in's window, or, for the last one,
 * any later day up to the as-of day; so one session never holds two check-ins. Not held: overdue
 * once its day has passed, due from DUE_SOON_DAYS before it through the day itself.
 */
export function checkInStates(
  checkIns: readonly Day[],
  sessions: readonly { day: Day; row: number }[],
  asOf: Day,
): CheckIn[] {
  const days = [...new Set(checkIns)].sort((a, b) => a - b);
  return days.map((day, i) => {
    const next = days[i + 1];
    const last = Math.min(asOf, next === undefined ? asOf : next - CHECK_IN_EARLY_DAYS - 1);
    const s = sessions.find((x) => x.day >= day - CHECK_IN_EARLY_DAYS && x.day <= last);
    if (s) return { day, state: 'held', heldOn: s.day, coachingRow: s.row };
    const state: CheckInState =
      day < asOf ? 'overdue' : day <= asOf + DUE_SOON_DAYS ? 'due' : 'upcoming';
    return { day, state, heldOn: null, coachingRow: null };
  });
}

function track(
  p: ToolkitActionPlan,
  workbook: ToolkitWorkbook,
  ledger: LedgerView,
  sessions: readonly { day: Day; row: number }[],
  asOf: Day,
): PlanTracking {
  const rep = workbook.reps.find((r) => r.repId === p.repId) ?? null;
  const metric = p.metric ?? 'revenue';
  const upTo = Math.min(asOf, p.ends);
  const value = upTo >= p.opened ? ledger.sum(p.repId, metric, p.opened, upTo) : 0;
  const target = p.target;
  const length = Math.max(1, p.ends - p.opened + 1);
  const elapsed = Math.min(length, Math.max(0, asOf - p.opened + 1));
  const ended = asOf > p.ends;
  const repLeft = p.status === 'open' && (rep === null || !rep.active);
  let suggestedOutcome: SuggestedOutcome | null = null;
  if (p.status === 'open') {
    if (repLeft) suggestedOutcome = 'closed';
    else if (ended && target !== null) suggestedOutcome = value >= target ? 'met' : 'not_met';
  }
  return {
    planId: p.planId,
    repId: p.repId,
    name: rep?.name ?? null,
    row: p.row,
    status: p.status,
    metric,
    target,
    value,
    progressPct: target !== null && target > 0 ? roundTo((value / target) * 100, 1) : null,
    elapsedPct: roundTo((elapsed / length) * 100, 1),
    opened: p.opened,
    ends: p.ends,
    daysLeft: Math.max(0, p.ends - asOf),
    ended,
    checkIns: checkInStates(p.checkIns, sessions, asOf),
    repLeft,
    suggestedOutcome,
  };
}

/**
 * Tracks every plan in the tab (open ones first, then by plan id), reading but never changing it.
 * Without an Action Plans tab plan tracking is off (proposals still come from the metrics).
 */
export function trackActionPlans(
  workbook: ToolkitWorkbook,
  ledger: LedgerView,
  asOf: Day,
): PlanTracking[] {
  if (!featureOn(workbook, 'actionPlans')) return [];
  const sessionsByRep = new Map<string, { day: Day; row: number }[]>();
  for (const c of workbook.coaching) {
    if (c.day > asOf) continue;
    const list = sessionsByRep.get(c.repId) ?? [];
    list.push({ day: c.day, row: c.row });
    sessionsByRep.set(c.repId, list);
  }
  for (const list of sessionsByRep.values()) list.sort((a, b) => a.day - b.day || a.row - b.row);
  return workbook.actionPlans
    .map((p) => track(p, workbook, ledger, sessionsByRep.get(p.repId) ?? [], asOf))
    .sort(
      (a, b) =>
        Number(b.status === 'open') - Number(a.status === 'open') ||
        compareText(a.planId, b.planId) ||
        a.row - b.row,
    );
}
