// Pay periods of a rep: the plan's month or quarter, cut where the plan in effect changes.
import type { Calendar } from '../time';
import { periodOf } from '../time';
import type { Day } from '../time';
import type { CommissionPlan, Rep } from '../workbook';
import { type PlanChoice, planFor } from './plan-match';
import type { PaySegment } from './types';

/** Days on which the plan in effect may change: each effective_from and the day after each effective_to. */
function changeDays(plans: readonly CommissionPlan[]): Day[] {
  const days = new Set<Day>();
  for (const p of plans) {
    if (p.effectiveFrom !== null) days.add(p.effectiveFrom);
    if (p.effectiveTo !== null) days.add(p.effectiveTo + 1);
  }
  return [...days].sort((a, b) => a - b);
}

export type SegmentChoice =
  | { readonly kind: 'segment'; readonly segment: PaySegment }
  | Exclude<PlanChoice, { kind: 'plan' }>;

/**
 * The pay period containing `day` for `rep`, given the plans that name the rep. A plan change
 * inside a month or quarter closes the period the day before the change and opens the next one
 * on the change day, so each part is paid under the plan in effect on its days.
 */
export function segmentAt(
  rep: Rep,
  repPlans: readonly CommissionPlan[],
  day: Day,
  calendar: Calendar,
): SegmentChoice {
  const choice = planFor(rep, repPlans, day);
  if (choice.kind !== 'plan') return choice;
  const period = periodOf(choice.plan.period, day, calendar);
  let start = period.start;
  let end = period.end;
  for (const c of changeDays(repPlans)) {
    if (c <= day && c > start) start = c;
    if (c > day && c - 1 < end) end = c - 1;
  }
  const clipped = start !== period.start || end !== period.end;
  return { kind: 'segment', segment: { plan: choice.plan, period, start, end, clipped } };
}

/**
 * Every pay period from the one containing `from` to the one containing `to`, in order; days
 * without a single plan in effect are skipped.
 */
export function segmentsBetween(
  rep: Rep,
  repPlans: readonly CommissionPlan[],
  from: Day,
  to: Day,
  calendar: Calendar,
): PaySegment[] {
  const out: PaySegment[] = [];
  let day = from;
  while (day <= to) {
    const s = segmentAt(rep, repPlans, day, calendar);
    if (s.kind === 'segment') {
      out.push(s.segment);
      day = s.segment.end + 1;
    } else {
      day = nextChange(repPlans, day) ?? to + 1;
    }
  }
  return out;
}

function nextChange(plans: readonly CommissionPlan[], day: Day): Day | null {
  for (const c of changeDays(plans)) if (c > day) return c;
  return null;
}
