// Activity streaks over working days, and personal records (best month revenue, best week activity points).
import { type Calendar, isWorkingDay } from '../time';
import { isoDay } from '../time';
import { type Period, periodsInRange } from '../time';
import type { Day } from '../time';
import type { RunContext } from '../run-context';
import { formatCount } from '../format';
import type { Ledger } from './ledger';

export interface Streak {
  /** Working days in a row, up to the as-of day, that reached the daily bar (streakDay). */
  readonly current: number;
  readonly best: number;
  /** First and last day of the best streak (the latest one on a tie); null when best = 0. */
  readonly bestStart: Day | null;
  readonly bestEnd: Day | null;
  readonly explanation: string;
}

export interface PersonalRecord {
  readonly period: Period;
  readonly value: number;
}

export interface RepStreaks {
  readonly repId: string;
  readonly streak: Streak;
  /** The month with the highest revenue (earliest on a tie); null without any revenue. */
  readonly bestMonthRevenue: PersonalRecord | null;
  /** The week with the most activity points (earliest on a tie); null without any points. */
  readonly bestWeekActivityPoints: PersonalRecord | null;
}

/**
 * Whether a working day counts toward a streak: the Settings bar `streak_daily_points` of
 * weighted activity (docs/workbook.md), or with a bar of 0 any activity at all. Any activity made
 * a streak of nearly every rep who logs one email a day, so the bar is what a day's work means.
 */
function streakDay(
  ledger: Ledger,
  types: readonly string[],
  repId: string,
  day: Day,
  dailyPoints: number,
): boolean {
  if (dailyPoints > 0) return ledger.daily(repId, 'activity_points', day) >= dailyPoints;
  for (const type of types) if (ledger.daily(repId, type, day) > 0) return true;
  return false;
}

/**
 * A streak counts working days only: weekends and holidays neither extend nor break it (activity
 * logged on them does not count). A working day without activity breaks it, except the as-of day
 * itself, which may still get activity later that day.
 */
export function computeStreak(
  ledger: Ledger,
  calendar: Calendar,
  repId: string,
  asOf: Day,
  dailyPoints = 0,
): Streak {
  let run = 0;
  let runStart: Day = 0;
  let best = 0;
  let bestStart: Day | null = null;
  let bestEnd: Day | null = null;
  const types = ledger.activityTypes;
  for (let day = ledger.firstDay; day <= asOf && day <= ledger.lastDay; day++) {
    if (!isWorkingDay(day, calendar)) continue;
    if (streakDay(ledger, types, repId, day, dailyPoints)) {
      if (run === 0) runStart = day;
      run++;
      if (run >= best) {
        best = run;
        bestStart = runStart;
        bestEnd = day;
      }
    } else if (day !== asOf) run = 0;
  }
  // Working days between the last data day and asOf have no activity: they break the run.
  for (let day = Math.max(ledger.lastDay + 1, ledger.firstDay); day < asOf && run > 0; day++) {
    if (isWorkingDay(day, calendar)) run = 0;
  }
  const bar =
    dailyPoints > 0 ? `with at least ${formatCount(dailyPoints)} activity points` : 'with activity';
  const explanation =
    best === 0
      ? `No working day ${bar} yet`
      : `${run} working ${run === 1 ? 'day' : 'days'} in a row ${bar} up to ${isoDay(asOf)}; best ${best} (${isoDay(bestStart!)} to ${isoDay(bestEnd!)}); weekends and holidays are skipped`;
  return { current: run, best, bestStart, bestEnd, explanation };
}

function bestOf(
  ledger: Ledger,
  repId: string,
  metric: string,
  periods: readonly Period[],
  asOf: Day,
) {
  let record: PersonalRecord | null = null;
  for (const period of periods) {
    // The as-of period counts only up to asOf.
    const value = ledger.sum(repId, metric, period.start, Math.min(period.end, asOf));
    if (value > 0 && (record === null || value > record.value)) record = { period, value };
  }
  return record;
}

/** Streaks and records for every rep, in the Reps tab's order, counting data up to asOf. */
export function computeStreaks(
  ctx: Pick<RunContext, 'ledger' | 'calendar' | 'reps' | 'asOf'> & {
    readonly settings: Pick<RunContext['settings'], 'streakDailyPoints'>;
  },
): RepStreaks[] {
  const { ledger, calendar, asOf } = ctx;
  const last = Math.min(ledger.lastDay, asOf);
  const months = periodsInRange('month', ledger.firstDay, last, calendar);
  const weeks = periodsInRange('week', ledger.firstDay, last, calendar);
  return ctx.reps.map(({ repId }) => ({
    repId,
    streak: computeStreak(ledger, calendar, repId, asOf, ctx.settings.streakDailyPoints),
    bestMonthRevenue: bestOf(ledger, repId, 'revenue', months, asOf),
    bestWeekActivityPoints: bestOf(ledger, repId, 'activity_points', weeks, asOf),
  }));
}
