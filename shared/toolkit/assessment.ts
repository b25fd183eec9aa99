// Assess: rolling attainment, A/B/C tier, trend, consistency, activity, ramp, win rate and coverage per rep.
import { compareText } from '../order';
import { roundTo } from '../format';
import { isoDay } from '../time';
import { type Period, periodOf } from '../time';
import type { Day } from '../time';
import {
  attainmentSlope,
  type MonthAttainment,
  monthAttainment,
  type Trend,
  trendOf,
} from './attainment';
import type { LedgerView, TargetsView, ToolkitRep, ToolkitWorkbook } from './inputs';
import { completeMonthsBefore, isInRamp, rampEnd, tenureMonths } from './months';
import { assessmentSummary } from './assessment-summary';

export type Tier = 'A' | 'B' | 'C';

export interface RepAssessment {
  readonly repId: string;
  readonly name: string;
  readonly team: string | null;
  /** null: in ramp and below tier B, or no revenue target in the window (see tierReason). */
  readonly tier: Tier | null;
  readonly tierReason: string | null;
  /** Labels of the window's months, oldest first (the last N complete months). */
  readonly window: readonly string[];
  /** The window's months that have a revenue target, oldest first: the ones that count. */
  readonly months: readonly MonthAttainment[];
  /** Σ revenue ÷ Σ target × 100 over `months`, one decimal; null without any. */
  readonly rollingAttainmentPct: number | null;
  readonly trend: Trend | null;
  /** Months of `months` at or above 100% of target. */
  readonly monthsAtTarget: number;
  /** activity_points over the window. */
  readonly activityPoints: number;
  /** activityPoints ÷ the median of the active reps × 100, one decimal; null when the median is 0. */
  readonly activityVsMedianPct: number | null;
  readonly tenureMonths: number | null;
  readonly inRamp: boolean;
  /** The first day after the ramp, or null without a start date. */
  readonly rampEnds: Day | null;
  /** won ÷ (won + lost) deals closed in the window × 100, one decimal; null without any. */
  readonly winRatePct: number | null;
  /** Open deals expected to close by the quarter end (or with no expected date). */
  readonly openPipeline: number;
  readonly quarter: string;
  /** The quarter's revenue target minus revenue won so far; null without a quarter target. */
  readonly quarterRemaining: number | null;
  /** openPipeline ÷ quarterRemaining, one decimal; null when nothing remains or no target. */
  readonly pipelineCoverage: number | null;
  readonly summary: string;
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1
    ? (s[mid] as number)
    : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

function tierFor(pct: number, aMin: number, bMin: number): Tier {
  // Compared on the one-decimal figure the manager sees, so 79.96% shown as 80% is tier B.
  if (pct >= aMin) return 'A';
  if (pct >= bMin) return 'B';
  return 'C';
}

/** Open pipeline per rep: open deals with no expected close or one on or before `by`. */
function openPipelineByRep(workbook: ToolkitWorkbook, by: Day): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < workbook.deals.length; i++) {
    const d = workbook.deals[i]!;
    if (d.status !== 'open') continue;
    if (d.expectedCloseDay !== null && d.expectedCloseDay > by) continue;
    out.set(d.repId, (out.get(d.repId) ?? 0) + d.amount);
  }
  return out;
}

// Review order: those who need attention first (C, then B, then A, then the untiered), lowest
// attainment first within a tier, then rep id.
const TIER_ORDER: Readonly<Record<Tier, number>> = { C: 0, B: 1, A: 2 };

function compareForReview(a: RepAssessment, b: RepAssessment): number {
  const ta = a.tier === null ? 3 : TIER_ORDER[a.tier];
  const tb = b.tier === null ? 3 : TIER_ORDER[b.tier];
  if (ta !== tb) return ta - tb;
  const pa = a.rollingAttainmentPct ?? Number.POSITIVE_INFINITY;
  const pb = b.rollingAttainmentPct ?? Number.POSITIVE_INFINITY;
  if (pa !== pb) return pa - pb;
  return compareText(a.repId, b.repId);
}

interface Context {
  readonly workbook: ToolkitWorkbook;
  readonly ledger: LedgerView;
  readonly targets: TargetsView;
  readonly asOf: Day;
  readonly window: readonly Period[];
  readonly quarter: Period;
  readonly pipeline: ReadonlyMap<string, number>;
  readonly medianPoints: number;
}

function assessRep(r: ToolkitRep, activity: number, c: Context): RepAssessment {
  const s = c.workbook.settings;
  const first = c.window[0]!;
  const last = c.window[c.window.length - 1]!;
  const months: MonthAttainment[] = [];
  const xy: { x: number; pct: number }[] = [];
  let rev = 0;
  let tgt = 0;
  c.window.forEach((m, x) => {
    // A month that ended before the rep started is not theirs to be judged on.
    if (r.startDate !== null && m.end < r.startDate) return;
    const a = monthAttainment(r.repId, m, c.ledger, c.targets);
    if (a === null) return;
    months.push(a);
    xy.push({ x, pct: a.pct });
    rev += a.revenue;
    tgt += a.target;
  });
  const pct = months.length > 0 ? roundTo((rev / tgt) * 100, 1) : null;
  const inRamp = isInRamp(r.startDate, s.rampMonths, c.asOf);
  const ends = rampEnd(r.startDate, s.rampMonths);
  let tier: Tier | null = null;
  let tierReason: string | null = null;
  if (pct === null) {
    tierReason = `no revenue target in ${first.label}..${last.label}`;
  } else {
    tier = tierFor(pct, s.tierAMinPct, s.tierBMinPct);
    if (tier === 'C' && inRamp) {
      tier = null;
      tierReason = `in ramp until ${isoDay(ends!)}, so not tiered C`;
    }
  }
  const won = c.ledger.sum(r.repId, 'won_deals', first.start, last.end);
  const lost = c.ledger.sum(r.repId, 'lost_deals', first.start, last.end);
  const qTarget = c.targets.forPeriod(r.repId, 'revenue', c.quarter);
  const remaining =
    qTarget === null ? null : qTarget - c.ledger.sum(r.repId, 'revenue', c.quarter.start, c.asOf);
  const open = c.pipeline.get(r.repId) ?? 0;
  const base = {
    repId: r.repId,
    name: r.name,
    team: r.team,
    tier,
    tierReason,
    window: c.window.map((m) => m.label),
    months,
    rollingAttainmentPct: pct,
    trend: trendOf(attainmentSlope(xy)),
    monthsAtTarget: months.filter((m) => m.revenue >= m.target).length,
    activityPoints: activity,
    activityVsMedianPct: c.medianPoints > 0 ? roundTo((activity / c.medianPoints) * 100, 1) : null,
    tenureMonths: tenureMonths(r.startDate, c.asOf),
    inRamp,
    rampEnds: ends,
    winRatePct: won + lost > 0 ? roundTo((won / (won + lost)) * 100, 1) : null,
    openPipeline: open,
    quarter: c.quarter.label,
    quarterRemaining: remaining,
    pipelineCoverage: remaining !== null && remaining > 0 ? roundTo(open / remaining, 1) : null,
  };
  return { ...base, summary: assessmentSummary(base) };
}

/**
 * Assesses every active rep as of `asOf` over the last `assessmentPeriods` complete months
 * (the running month is left out: see completeMonthsBefore). Rolling attainment is the sum of
 * revenue over the sum of revenue targets of the window's months that have a target, so a big
 * month weighs by its size, not as one vote in an average of percentages. Months without a
 * target are skipped; with none at all the rep is not tiered. A rep in ramp is never tier C.
 * The activity median is taken over all active reps, ramping ones included.
 */
export function assessTeam(
  workbook: ToolkitWorkbook,
  ledger: LedgerView,
  targets: TargetsView,
  asOf: Day,
): RepAssessment[] {
  const cal = workbook.calendar;
  const n = Math.max(1, Math.floor(workbook.settings.assessmentPeriods));
  const window = completeMonthsBefore(asOf, n, cal);
  const first = window[0]!;
  const last = window[window.length - 1]!;
  const quarter = periodOf('quarter', asOf, cal);
  const active = workbook.reps.filter((r) => r.active);
  const points = active.map((r) => ledger.sum(r.repId, 'activity_points', first.start, last.end));
  const c: Context = {
    workbook,
    ledger,
    targets,
    asOf,
    window,
    quarter,
    pipeline: openPipelineByRep(workbook, quarter.end),
    medianPoints: median(points),
  };
  return active.map((r, i) => assessRep(r, points[i] ?? 0, c)).sort(compareForReview);
}

/** A lookup of each rep's tier (null when untiered or not assessed), e.g. for the Scorecard. */
export function tierLookup(assessments: readonly RepAssessment[]): (repId: string) => Tier | null {
  const map = new Map(assessments.map((a) => [a.repId, a.tier]));
  return (repId) => map.get(repId) ?? null;
}
