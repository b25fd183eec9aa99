// Auto-recalculate: one time-driven trigger, every 5 to 60 minutes as the measured run time and the trigger budget allow.
import { now } from '../clock';
import type { AutoRecalculateInfo } from '../dashboard/types';
import { BusyError, UserError } from '../errors';
import { withAlerts, withLock } from '../guard';
import { activeSpreadsheet } from '../host';
import { HOURLY_HANDLER } from '../menu';
import {
  type AccountKind,
  type IntervalMinutes,
  planSchedule,
  plannedRunMs,
  type SchedulePlan,
} from '../schedule/plan';
import { readSchedule, type ScheduleState, withRun, writeSchedule } from '../schedule/state';
import { budgetText, intervalText } from '../schedule/words';
import { publishResult } from './publish';
import { recalculate } from './recalculate';

function ourTriggers(): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === HOURLY_HANDLER);
}

export function planFor(state: ScheduleState): SchedulePlan {
  return planSchedule(
    plannedRunMs(state.runsMs),
    state.account ?? 'personal',
    state.addon === true,
  );
}

/**
 * Replaces our trigger with one at the plan's interval. Google refuses an add-on a trigger more
 * frequent than hourly (https://developers.google.com/apps-script/guides/triggers/installable#time-driven_triggers):
 * then it is hourly, and remembered, so the next plans stay hourly.
 */
function install(plan: SchedulePlan, state: ScheduleState): ScheduleState {
  for (const t of ourTriggers()) ScriptApp.deleteTrigger(t);
  const hourly = (): ScheduleState => {
    ScriptApp.newTrigger(HOURLY_HANDLER).timeBased().everyHours(1).create();
    return { ...state, everyMinutes: 60 };
  };
  if (plan.everyMinutes === 60) return hourly();
  try {
    ScriptApp.newTrigger(HOURLY_HANDLER).timeBased().everyMinutes(plan.everyMinutes).create();
    return { ...state, everyMinutes: plan.everyMinutes };
  } catch {
    return { ...hourly(), addon: true };
  }
}

/** The signed-in person, as a key that needs no permission; '' where Google gives none. */
function currentUserKey(): string {
  try {
    return Session.getTemporaryActiveUserKey() || '';
  } catch {
    return '';
  }
}

/** Turns auto-recalculation on (at the planned interval) or off; returns the plan when it is on. */
export function toggleAuto(account: () => AccountKind): SchedulePlan | null {
  const existing = ourTriggers();
  const state = readSchedule();
  if (existing.length > 0) {
    for (const t of existing) ScriptApp.deleteTrigger(t);
    const { everyMinutes: _off, installer: _by, ...rest } = state;
    writeSchedule(rest);
    return null;
  }
  const me = currentUserKey();
  // A co-manager's trigger is invisible here (getProjectTriggers lists only the current user's):
  // a second one would run every recalculation twice.
  if (state.everyMinutes !== undefined && state.installer && state.installer !== me) {
    throw new UserError(
      'Auto-recalculate is already on: another editor of this workbook turned it on, and Google shows each person only the triggers they made themselves.',
      'Ask the editor who turned it on to choose Auto-recalculate again to turn it off, if you want to change it.',
    );
  }
  const withAccount: ScheduleState = {
    ...state,
    account: state.account ?? account(),
    installer: me,
  };
  const installed = install(planFor(withAccount), withAccount);
  writeSchedule(installed);
  return planFor(installed);
}

/** The sidebar's view of auto-recalculation: on or off, the interval and the day's share of the budget. */
export function autoRecalculateInfo(): AutoRecalculateInfo {
  const state = readSchedule();
  const on = ourTriggers().length > 0;
  const plan = planFor(state);
  const everyMinutes = on ? (state.everyMinutes ?? 60) : plan.everyMinutes;
  const atInterval = { ...plan, everyMinutes, runsPerDay: Math.floor(1440 / everyMinutes) };
  const minutesPerDay =
    plan.runMs === null ? null : Math.ceil((atInterval.runsPerDay * plan.runMs) / 60_000);
  return {
    on,
    everyMinutes,
    runsPerDay: atInterval.runsPerDay,
    minutesPerDay,
    budgetMinutes: plan.budgetMinutes,
    words: budgetText({ ...atInterval, minutesPerDay }, state.account ?? 'personal'),
  };
}

/** Asks once which kind of account owns the trigger: the daily budget depends on it. */
function askAccount(ui: GoogleAppsScript.Base.Ui): AccountKind {
  const answer = ui.alert(
    'Bellringer: Auto-recalculate',
    'Is the Google account you are signed in with a Google Workspace account (a work or school account)?\n\n' +
      'Google gives triggers 6 hours of run time a day on a Workspace account and 90 minutes on a personal one (@gmail.com); Bellringer plans how often to recalculate within that.',
    ui.ButtonSet.YES_NO,
  );
  return answer === ui.Button.YES ? 'workspace' : 'personal';
}

/** Menu: Auto-recalculate on/off. */
export function toggleHourlyRecalculation(): void {
  withAlerts('Auto-recalculate', () => {
    const ui = SpreadsheetApp.getUi();
    const plan = toggleAuto(() => askAccount(ui));
    const account = readSchedule().account ?? 'personal';
    ui.alert(
      'Bellringer: Auto-recalculate',
      plan
        ? `Auto-recalculate is ON: ${intervalText(plan.everyMinutes)} Bellringer recalculates the output tabs and publishes the leaderboard.\n\n${budgetText(plan, account)}\n\nChoose this menu item again to turn it off.`
        : 'Auto-recalculate is OFF. Use Recalculate now and Publish leaderboard when you want fresh numbers.',
      ui.ButtonSet.OK,
    );
  });
}

/** After a triggered run: remember its time and move the trigger if the plan changed. */
function replan(runMs: number): void {
  let state = withRun(readSchedule(), runMs);
  const plan = planFor(state);
  const current: IntervalMinutes = state.everyMinutes ?? 60;
  if (plan.everyMinutes !== current && ourTriggers().length > 0) state = install(plan, state);
  writeSchedule(state);
  if (plan.reason === 'over-budget')
    console.log(`Bellringer: ${budgetText(plan, state.account ?? 'personal')}`);
}

/** The time-driven trigger: recalculate, then publish from the same run, then re-plan the interval. */
export function onHourlyTrigger(): void {
  const ss = activeSpreadsheet();
  const start = now().getTime();
  try {
    withLock(() => publishResult(recalculate(ss)));
  } catch (error) {
    // A manual run holding the lock is not a failure: the next run catches up. No time measured.
    if (error instanceof BusyError) {
      console.log(`Bellringer scheduled run skipped: ${error.message}`);
      return;
    }
    // Nothing usable to publish: the outputs say why, and the last good snapshot stays served.
    if (error instanceof UserError)
      console.log(`Bellringer scheduled publish skipped: ${error.message}`);
    else throw error;
  }
  replan(now().getTime() - start);
}
