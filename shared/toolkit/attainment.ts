// Monthly revenue attainment of one rep: the figures the assessment and the action-plan rule share.
import { dropFloatDust } from '../format';
import type { Period } from '../time';
import type { LedgerView, TargetsView } from './inputs';

export interface MonthAttainment {
  /** Month label, e.g. "2026-10". */
  readonly month: string;
  readonly revenue: number;
  /** The month's revenue target (> 0). */
  readonly target: number;
  /** revenue ÷ target × 100, unrounded. */
  readonly pct: number;
}

/**
 * Attainment in one month, or null when the month has no revenue target above zero (no target
 * means nothing to judge against: such a month is skipped, not counted as 0%).
 */
export function monthAttainment(
  repId: string,
  month: Period,
  ledger: LedgerView,
  targets: TargetsView,
): MonthAttainment | null {
  const target = targets.forPeriod(repId, 'revenue', month);
  if (target === null || !(target > 0)) return null;
  const revenue = ledger.sum(repId, 'revenue', month.start, month.end);
  return { month: month.label, revenue, target, pct: (revenue / target) * 100 };
}

/**
 * Least-squares slope of monthly attainment in percentage points per month, with x the month's
 * position in the window (so a skipped month leaves a gap rather than squeezing the line);
 * null with fewer than two months.
 */
export function attainmentSlope(points: readonly { x: number; pct: number }[]): number | null {
  const n = points.length;
  if (n < 2) return null;
  let sx = 0;
  let sy = 0;
  for (const p of points) {
    sx += p.x;
    sy += p.pct;
  }
  const mx = sx / n;
  const my = sy / n;
  let num = 0;
  let den = 0;
  for (const p of points) {
    num += (p.x - mx) * (p.pct - my);
    den += (p.x - mx) * (p.x - mx);
  }
  return den === 0 ? null : num / den;
}

export type Trend = 'rising' | 'flat' | 'falling';

/** A slope within ±5 points a month is flat: monthly noise, not a direction. */
export const FLAT_TREND_POINTS = 5;

export function trendOf(slope: number | null): Trend | null {
  if (slope === null) return null;
  // Rounded first so float dust (5.0000000001) never flips a borderline trend.
  const s = dropFloatDust(slope);
  if (s > FLAT_TREND_POINTS) return 'rising';
  if (s < -FLAT_TREND_POINTS) return 'falling';
  return 'flat';
}
