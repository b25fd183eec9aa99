// The manager's words about auto-recalculation: the interval, the run time and the day's share of the trigger budget.
import type { AccountKind, SchedulePlan } from './plan';

export function intervalText(everyMinutes: number): string {
  return everyMinutes === 60 ? 'every hour' : `every ${everyMinutes} minutes`;
}

export function secondsText(ms: number): string {
  const s = Math.max(1, Math.round(ms / 1000));
  return s < 120 ? `${s} s` : `${Math.round(s / 60)} min`;
}

const ACCOUNT: Record<AccountKind, string> = {
  personal: 'a personal Google account',
  workspace: 'a Google Workspace account',
};

/** One or two sentences: what a day of runs costs against the budget, and why this interval. */
export function budgetText(plan: SchedulePlan, account: AccountKind): string {
  const budget = `${plan.budgetMinutes} trigger minutes a day ${ACCOUNT[account]} has`;
  const cost =
    plan.runMs === null || plan.minutesPerDay === null
      ? null
      : `A run takes about ${secondsText(plan.runMs)}: ${plan.runsPerDay} runs a day use about ${plan.minutesPerDay} of the ${budget}.`;
  switch (plan.reason) {
    case 'unmeasured':
      return `Hourly until the first run measures how long a run takes; then Bellringer picks the shortest interval (5, 10, 15 or 30 minutes, or hourly) whose day of runs fits the ${budget}.`;
    case 'addon-hourly':
      return `${cost ?? ''} As an add-on, Google allows a time-driven trigger at most once an hour.`.trim();
    case 'fits':
      return `${cost} Bellringer re-checks after each run and lengthens the interval if runs get slower.`;
    case 'over-budget':
      return `${cost} That is more than Bellringer lets itself use: see "When a limit nears" in the add-on guide (docs/addon.md).`;
  }
}
