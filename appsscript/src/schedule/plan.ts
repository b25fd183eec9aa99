// Chooses how often the time-driven trigger recalculates: the shortest interval whose day of runs fits the trigger budget.

/**
 * The intervals Bellringer offers. ClockTriggerBuilder.everyMinutes(n) takes only 1, 5, 10, 15 or
 * 30 (https://developers.google.com/apps-script/reference/script/clock-trigger-builder#everyMinutes(Integer));
 * 60 is everyHours(1). One minute is left out: a run of the large workbook takes longer than that.
 * An add-on may run a time-driven trigger at most once an hour
 * (https://developers.google.com/apps-script/guides/triggers/installable#time-driven_triggers).
 */
export const INTERVALS_MINUTES = [5, 10, 15, 30, 60] as const;
export type IntervalMinutes = (typeof INTERVALS_MINUTES)[number];

export type AccountKind = 'personal' | 'workspace';

/**
 * "Triggers total runtime": 90 min a day for a consumer (gmail.com) account, 6 hours for Google
 * Workspace (https://developers.google.com/apps-script/guides/services/quotas). The quota is the
 * trigger owner's, shared with every other script they run.
 */
export const DAILY_TRIGGER_MINUTES: Readonly<Record<AccountKind, number>> = {
  personal: 90,
  workspace: 360,
};

/** The share of the daily budget a day of Bellringer runs may take: the rest is for the owner's other scripts and growth. */
export const BUDGET_SHARE = 0.8;

export interface SchedulePlan {
  readonly everyMinutes: IntervalMinutes;
  readonly runsPerDay: number;
  /** The measured run that was planned for, in ms; null before any run was measured. */
  readonly runMs: number | null;
  /** Trigger minutes a day at this interval (runs × run time), rounded up; null before any measurement. */
  readonly minutesPerDay: number | null;
  readonly budgetMinutes: number;
  /** Why the interval is what it is. */
  readonly reason: 'unmeasured' | 'addon-hourly' | 'fits' | 'over-budget';
}

const runsPerDay = (minutes: number) => Math.floor((24 * 60) / minutes);

/**
 * The shortest interval at which a day of runs stays within BUDGET_SHARE of the budget and each run
 * takes at most half its interval (so runs never queue behind the lock). Without a measurement, and
 * always for an add-on, hourly. When even hourly is over the share, hourly, marked over-budget.
 */
export function planSchedule(
  runMs: number | null,
  account: AccountKind,
  addon: boolean,
): SchedulePlan {
  const budgetMinutes = DAILY_TRIGGER_MINUTES[account];
  const plan = (everyMinutes: IntervalMinutes, reason: SchedulePlan['reason']): SchedulePlan => ({
    everyMinutes,
    runsPerDay: runsPerDay(everyMinutes),
    runMs,
    minutesPerDay: runMs === null ? null : Math.ceil((runsPerDay(everyMinutes) * runMs) / 60_000),
    budgetMinutes,
    reason,
  });
  if (runMs === null) return plan(60, 'unmeasured');
  if (addon) return plan(60, 'addon-hourly');
  for (const minutes of INTERVALS_MINUTES) {
    const perDay = (runsPerDay(minutes) * runMs) / 60_000;
    if (perDay <= BUDGET_SHARE * budgetMinutes && runMs <= (minutes * 60_000) / 2)
      return plan(minutes, 'fits');
  }
  return plan(60, 'over-budget');
}

/** The run time to plan for: the slowest of the recent runs (a sheet only grows). */
export function plannedRunMs(recentRunsMs: readonly number[]): number | null {
  return recentRunsMs.length === 0 ? null : Math.max(...recentRunsMs);
}
