// Auto-recalculate: the interval follows the measured run time and the trigger budget; add-ons stay hourly.
import { describe, expect, it } from 'vitest';
import { planSchedule } from '../../appsscript/src/schedule/plan';
import { addon, demoGrids, fill } from './helpers';

const SCHEDULE_KEY = 'bellringer.schedule';

type Addon = ReturnType<typeof addon>;
const schedule = (a: Addon) => JSON.parse(a.google.documentProperties.get(SCHEDULE_KEY) ?? '{}');
const intervalOf = (a: Addon) =>
  a.google.triggers.map((t) => (t.everyMinutes > 0 ? t.everyMinutes : t.everyHours * 60));

/** A workbook whose Google calls take `msPerCall` each, so a run takes measurable time. */
function timed(msPerCall: number, answers: string[] = ['NO']) {
  const a = addon({ msPerCall });
  fill(a.google.spreadsheet, demoGrids());
  a.google.ui.answers.push(...answers);
  return a;
}

/** One scheduled run, as the trigger makes it: no UI. */
function tick(a: Addon) {
  a.google.uiAvailable = false;
  a.call('onHourlyTrigger');
  a.google.uiAvailable = true;
}

describe('Auto-recalculate on/off', () => {
  it('asks the account kind once, starts hourly before any run is measured, and says why', () => {
    const a = timed(0, ['YES']);
    a.call('toggleHourlyRecalculation');
    expect(a.google.ui.alerts[0]!.buttons).toBe('YES_NO');
    expect(intervalOf(a)).toEqual([60]);
    expect(schedule(a).account).toBe('workspace');
    expect(a.google.ui.alerts.at(-1)!.message).toMatch(/ON: every hour[\s\S]*first run measures/);
  });

  it('after the first scheduled run, moves to the shortest interval whose day of runs fits the budget', () => {
    const a = timed(40);
    a.call('toggleHourlyRecalculation');
    tick(a);
    const runMs = schedule(a).runsMs[0] as number;
    expect(runMs).toBeGreaterThan(0);
    const plan = planSchedule(runMs, 'personal', false);
    expect(plan.everyMinutes).toBeLessThan(60);
    expect(intervalOf(a)).toEqual([plan.everyMinutes]);
    expect(a.google.triggers).toHaveLength(1);
  });

  it('turning it on after a measured run uses that run at once, and tells the budget', () => {
    const a = timed(40);
    a.call('toggleHourlyRecalculation');
    tick(a);
    a.call('toggleHourlyRecalculation'); // off
    expect(a.google.triggers).toEqual([]);
    a.call('toggleHourlyRecalculation'); // on again: the measured run is remembered
    const plan = planSchedule(schedule(a).runsMs[0], 'personal', false);
    expect(intervalOf(a)).toEqual([plan.everyMinutes]);
    expect(a.google.ui.alerts.at(-1)!.message).toContain(
      `use about ${plan.minutesPerDay} of the 90 trigger minutes a day a personal Google account has`,
    );
  });

  it('lengthens the interval when runs get slower', () => {
    const a = timed(40);
    a.call('toggleHourlyRecalculation');
    tick(a);
    const before = intervalOf(a)[0]!;
    // The sheet grew: each call now takes ten times as long.
    const slow = a.google.recorder.record.bind(a.google.recorder);
    a.google.recorder.record = (call) => {
      a.clock.now += 360;
      slow(call);
    };
    tick(a);
    expect(intervalOf(a)[0]!).toBeGreaterThan(before);
    expect(a.google.triggers).toHaveLength(1);
  });

  it('as an add-on, where Google refuses a trigger more frequent than hourly, stays hourly', () => {
    const a = timed(40);
    a.google.scriptContext.addon = true;
    a.call('toggleHourlyRecalculation');
    tick(a);
    expect(intervalOf(a)).toEqual([60]);
    expect(schedule(a).addon).toBe(true);
    tick(a);
    expect(intervalOf(a)).toEqual([60]);
  });

  it('a run skipped because another holds the lock measures nothing', () => {
    const a = timed(40);
    a.call('toggleHourlyRecalculation');
    a.google.lock.document.heldElsewhere = true;
    tick(a);
    expect(schedule(a).runsMs).toEqual([]);
    expect(intervalOf(a)).toEqual([60]);
  });
});

describe('the Dashboard shows the trigger budget', () => {
  it('on: the interval, the minutes a day and the budget', () => {
    const a = timed(40);
    a.call('toggleHourlyRecalculation');
    tick(a);
    const info = (a.call('getDashboardData') as { autoRecalculate: Record<string, unknown> })
      .autoRecalculate;
    const plan = planSchedule(schedule(a).runsMs[0], 'personal', false);
    expect(info).toMatchObject({
      on: true,
      everyMinutes: plan.everyMinutes,
      minutesPerDay: plan.minutesPerDay,
      budgetMinutes: 90,
    });
    expect(info.words).toMatch(/trigger minutes a day/);
  });

  it('off: says so, with the interval it would use', () => {
    const a = timed(0);
    const info = (a.call('getDashboardData') as { autoRecalculate: Record<string, unknown> })
      .autoRecalculate;
    expect(info).toMatchObject({ on: false, everyMinutes: 60, minutesPerDay: null });
  });
});
