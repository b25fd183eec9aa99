// What Bellringer remembers about auto-recalculation, in the document's properties: the interval, the account, recent run times.
import * as v from 'valibot';
import { INTERVALS_MINUTES } from './plan';

/**
 * Document properties, so every editor's run of this workbook shares them. A trigger's interval
 * cannot be read back from the Trigger object (it has no such getter), so it is kept here.
 */
export const SCHEDULE_KEY = 'bellringer.schedule';
/** How many recent run times are kept: the plan uses the slowest. */
export const RECENT_RUNS = 5;

const StateSchema = v.object({
  account: v.optional(v.picklist(['personal', 'workspace'])),
  /** Creating a trigger more frequent than hourly was refused: this is an add-on install. */
  addon: v.optional(v.boolean()),
  everyMinutes: v.optional(v.picklist(INTERVALS_MINUTES)),
  runsMs: v.optional(v.array(v.pipe(v.number(), v.minValue(0))), []),
  /**
   * Who turned it on (Session.getTemporaryActiveUserKey, which needs no extra permission): each
   * person sees only their own triggers (ScriptApp.getProjectTriggers), so this is how a
   * co-manager learns that a trigger of someone else's already runs.
   */
  installer: v.optional(v.string()),
});
export type ScheduleState = v.InferOutput<typeof StateSchema>;

function props(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

/** The stored state; an unreadable one reads as nothing stored (a fresh plan is made). */
export function readSchedule(): ScheduleState {
  const raw = props().getProperty(SCHEDULE_KEY);
  if (!raw) return { runsMs: [] };
  try {
    const parsed = v.safeParse(StateSchema, JSON.parse(raw));
    return parsed.success ? parsed.output : { runsMs: [] };
  } catch {
    return { runsMs: [] };
  }
}

export function writeSchedule(state: ScheduleState): void {
  props().setProperty(SCHEDULE_KEY, JSON.stringify(state));
}

/** The state with one more measured run (the oldest dropped past RECENT_RUNS). */
export function withRun(state: ScheduleState, runMs: number): ScheduleState {
  return {
    ...state,
    runsMs: [...state.runsMs, Math.max(0, Math.round(runMs))].slice(-RECENT_RUNS),
  };
}
