// A rep's (or a group's) figures for one period as of a day: results, pipeline, activity, target and pace.
import { dropFloatDust } from '../format';
import { type Calendar, workingDaysBetween } from '../time';
import type { Period } from '../time';
import type { Day } from '../time';
import type { RunContext } from '../run-context';

/** Figures of one period up to the as-of day; for a group, sums over its reps with rates recomputed from the sums. */
export interface PeriodFigures {
  readonly period: Period;
  /** The last day counted: the period's end, or the as-of day when that comes first. */
  readonly through: Day;
  readonly revenue: number;
  readonly wonDeals: number;
  readonly lostDeals: number;
  /** won / (won + lost) × 100; null when nothing closed. */
  readonly winRatePct: number | null;
  /** revenue / won; null without won deals. */
  readonly avgDeal: number | null;
  /** Average created→close days of won deals closed in the period (those with a created day). */
  readonly cycleDays: number | null;
  readonly cycleDeals: number;
  readonly cycleDaysTotal: number;
  readonly newPipeline: number;
  /** Amount of deals open at the end of min(asOf, period end). */
  readonly openPipeline: number;
  /** Count per activity type, keys in the ledger's activity-type order. */
  readonly activities: Readonly<Record<string, number>>;
  readonly activityPoints: number;
  readonly revenueTarget: number | null;
  /** revenue / target × 100; null without a target (or a zero target). */
  readonly attainmentPct: number | null;
  /** Attainment expected by the as-of day: working days elapsed / working days × 100. */
  readonly pacePct: number;
  readonly workingDaysElapsed: number;
  readonly workingDays: number;
}

export interface RepPeriodMetrics extends PeriodFigures {
  readonly repId: string;
}

/** What period figures read of a run. */
export type PeriodMetricsContext = Pick<RunContext, 'ledger' | 'targets' | 'calendar' | 'deals'>;

export interface Pace {
  readonly pacePct: number;
  readonly workingDaysElapsed: number;
  readonly workingDays: number;
}

/** 100 for a period over by asOf, 0 for one not started; a period without working days is all-or-nothing. */
export function paceOf(period: Period, asOf: Day, calendar: Calendar): Pace {
  const workingDays = workingDaysBetween(period.start, period.end, calendar);
  const elapsed = workingDaysBetween(period.start, Math.min(asOf, period.end), calendar);
  let pacePct: number;
  if (asOf >= period.end) pacePct = 100;
  else if (asOf < period.start) pacePct = 0;
  else pacePct = workingDays > 0 ? (elapsed / workingDays) * 100 : 0;
  return { pacePct, workingDaysElapsed: elapsed, workingDays };
}

const ratio = (num: number, den: number, scale = 1): number | null =>
  den > 0 ? (num / den) * scale : null;

function repFigures(
  ctx: PeriodMetricsContext,
  repId: string,
  period: Period,
  asOf: Day,
  pace: Pace,
): RepPeriodMetrics {
  // Facts dated after the as-of day are not known yet "as of" it: sums stop there.
  const { ledger, targets, deals } = ctx;
  const { start } = period;
  const end = Math.min(period.end, asOf);
  const sum = (metric: string) => ledger.sum(repId, metric, start, end);
  const revenue = sum('revenue');
  const wonDeals = sum('won_deals');
  const lostDeals = sum('lost_deals');
  const cycle = deals.cycle(repId, start, end);
  // Keyed by activity types from the data: no prototype, so `__proto__` or `constructor` is a plain key.
  const activities: Record<string, number> = Object.create(null);
  for (const type of ledger.activityTypes) activities[type] = sum(type);
  const revenueTarget = targets.forPeriod(repId, 'revenue', period);
  return {
    repId,
    period,
    through: end,
    revenue,
    wonDeals,
    lostDeals,
    winRatePct: ratio(wonDeals, wonDeals + lostDeals, 100),
    avgDeal: ratio(revenue, wonDeals),
    cycleDays: ratio(cycle.days, cycle.deals),
    cycleDeals: cycle.deals,
    cycleDaysTotal: cycle.days,
    newPipeline: sum('new_pipeline'),
    openPipeline: deals.openPipeline(repId, end),
    activities,
    activityPoints: sum('activity_points'),
    revenueTarget,
    attainmentPct: revenueTarget === null ? null : ratio(revenue, revenueTarget, 100),
    pacePct: pace.pacePct,
    workingDaysElapsed: pace.workingDaysElapsed,
    workingDays: pace.workingDays,
  };
}

/** A rep's figures for a period as of a day: results, pipeline, activity, target and pace. */
export type PeriodMetricsOf = (repId: string, period: Period, asOf: Day) => RepPeriodMetrics;

/**
 * A rep's figures for a period, worked out once per run (RunContext.metricsOf): the scorecard, leaderboards and history ask for
 * many of the same figures (the current week, month, quarter and year; recent months), and every
 * rep shares a period's pace. Figures depend on the as-of day only through min(asOf, period end),
 * so that is the key. Results are shared objects: read-only, like every RepPeriodMetrics.
 */
export function periodMetricsOf(ctx: PeriodMetricsContext): PeriodMetricsOf {
  const paces = new Map<string, Pace>();
  const byRep = new Map<string, Map<string, RepPeriodMetrics>>();
  return (repId, period, asOf) => {
    const day = Math.min(asOf, period.end);
    const key = period.kind + ' ' + period.label + ' ' + day;
    let ofRep = byRep.get(repId);
    if (!ofRep) {
      ofRep = new Map();
      byRep.set(repId, ofRep);
    }
    let m = ofRep.get(key);
    if (!m) {
      let pace = paces.get(key);
      if (!pace) {
        pace = paceOf(period, day, ctx.calendar);
        paces.set(key, pace);
      }
      m = repFigures(ctx, repId, period, day, pace);
      ofRep.set(key, m);
    }
    return m;
  };
}

/**
 * Sums a group's rep figures for the same period. Rates are recomputed from the sums (never
 * averaged); the group target is the sum of its reps' targets only when every rep has one.
 */
export function aggregatePeriodMetrics(
  members: readonly RepPeriodMetrics[],
  period: Period,
  asOf: Day,
  calendar: Calendar,
  activityTypes: readonly string[],
): PeriodFigures {
  let revenue = 0;
  let wonDeals = 0;
  let lostDeals = 0;
  let cycleDeals = 0;
  let cycleDaysTotal = 0;
  let newPipeline = 0;
  let openPipeline = 0;
  let activityPoints = 0;
  let target: number | null = members.length > 0 ? 0 : null;
  // Keyed by activity types from the data: no prototype, so `__proto__` or `constructor` is a plain key.
  const activities: Record<string, number> = Object.create(null);
  for (const type of activityTypes) activities[type] = 0;
  for (const m of members) {
    revenue += m.revenue;
    wonDeals += m.wonDeals;
    lostDeals += m.lostDeals;
    cycleDeals += m.cycleDeals;
    cycleDaysTotal += m.cycleDaysTotal;
    newPipeline += m.newPipeline;
    openPipeline += m.openPipeline;
    activityPoints += m.activityPoints;
    for (const type of activityTypes) activities[type]! += m.activities[type] ?? 0;
    target = target === null || m.revenueTarget === null ? null : target + m.revenueTarget;
  }
  const r = dropFloatDust;
  revenue = r(revenue);
  return {
    period,
    through: Math.min(period.end, asOf),
    revenue,
    wonDeals,
    lostDeals,
    winRatePct: ratio(wonDeals, wonDeals + lostDeals, 100),
    avgDeal: ratio(revenue, wonDeals),
    cycleDays: ratio(cycleDaysTotal, cycleDeals),
    cycleDeals,
    cycleDaysTotal,
    newPipeline: r(newPipeline),
    openPipeline: r(openPipeline),
    activities,
    activityPoints: r(activityPoints),
    // Targets are exact (prorated parts are fractions): summed, never rounded here.
    revenueTarget: target,
    attainmentPct: target === null ? null : ratio(revenue, target, 100),
    ...paceOf(period, asOf, calendar),
  };
}
