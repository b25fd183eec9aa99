// Coach: cadence per rep, follow-ups due and overdue, sessions per month and what they worked on.
import { compareText } from '../order';
import { periodOf } from '../time';
import type { Day } from '../time';
import { DUE_SOON_DAYS, featureOn, type ToolkitCoaching, type ToolkitWorkbook } from './inputs';

export interface CoachingCadence {
  readonly repId: string;
  readonly name: string;
  /** The latest session on or before the as-of day. */
  readonly lastSession: Day | null;
  readonly lastRow: number | null;
  /** Days since the last session, or since the start date when never coached; null when unknown. */
  readonly daysSince: number | null;
  readonly overdue: boolean;
}

export interface FollowUp {
  readonly repId: string;
  readonly session: Day;
  readonly row: number;
  readonly followUp: Day;
  readonly nextStep: string | null;
  readonly state: 'done' | 'due' | 'overdue' | 'upcoming';
}

export interface CoachingMonth {
  readonly repId: string;
  readonly month: string;
  readonly sessions: number;
  /** Distinct focus topics, in the order first worked on. */
  readonly focus: readonly string[];
}

export interface CoachingReport {
  readonly cadence: readonly CoachingCadence[];
  readonly followUps: readonly FollowUp[];
  readonly months: readonly CoachingMonth[];
}

function byDayRow(a: ToolkitCoaching, b: ToolkitCoaching): number {
  return a.day - b.day || a.row - b.row;
}

/**
 * A rep is overdue for coaching when more than `coachingCadenceDays` days have passed since the
 * last session; a rep never coached counts from the start date, and is overdue without one
 * (a team that has never logged a session has everyone to coach). Sessions after the as-of day
 * are not counted. A follow-up is done when any later session with the rep is logged on or
 * before the as-of day; otherwise it is overdue once its date has passed, due within
 * DUE_SOON_DAYS. Only active reps are reported. Without a Coaching tab coaching is off: an
 * empty report, so no rep is "overdue" for sessions nobody can log.
 */
export function coachingReport(workbook: ToolkitWorkbook, asOf: Day): CoachingReport {
  if (!featureOn(workbook, 'coaching')) return { cadence: [], followUps: [], months: [] };
  const cadenceDays = workbook.settings.coachingCadenceDays;
  const byRep = new Map<string, ToolkitCoaching[]>();
  for (const c of workbook.coaching) {
    if (c.day > asOf) continue;
    const list = byRep.get(c.repId) ?? [];
    list.push(c);
    byRep.set(c.repId, list);
  }
  const cadence: CoachingCadence[] = [];
  const followUps: FollowUp[] = [];
  const months: CoachingMonth[] = [];
  const reps = workbook.reps.filter((r) => r.active);
  for (const rep of [...reps].sort((a, b) => compareText(a.repId, b.repId))) {
    const sessions = (byRep.get(rep.repId) ?? []).sort(byDayRow);
    const last = sessions[sessions.length - 1] ?? null;
    const since = last?.day ?? rep.startDate;
    const daysSince = since === null ? null : Math.max(0, asOf - since);
    cadence.push({
      repId: rep.repId,
      name: rep.name,
      lastSession: last?.day ?? null,
      lastRow: last?.row ?? null,
      daysSince,
      overdue: daysSince === null || daysSince > cadenceDays,
    });
    for (const s of sessions) {
      if (s.followUp === null) continue;
      const done = last !== null && last.day > s.day;
      const state = done
        ? 'done'
        : s.followUp < asOf
          ? 'overdue'
          : s.followUp <= asOf + DUE_SOON_DAYS
            ? 'due'
            : 'upcoming';
      followUps.push({
        repId: rep.repId,
        session: s.day,
        row: s.row,
        followUp: s.followUp,
        nextStep: s.nextStep,
        state,
      });
    }
    // Sessions are in day order, so months come out in order too.
    const perMonth = new Map<string, { sessions: number; focus: string[] }>();
    for (const s of sessions) {
      const month = periodOf('month', s.day, workbook.calendar).label;
      const entry = perMonth.get(month) ?? { sessions: 0, focus: [] };
      entry.sessions++;
      if (s.focus !== null && !entry.focus.includes(s.focus)) entry.focus.push(s.focus);
      perMonth.set(month, entry);
    }
    for (const [month, e] of perMonth) {
      months.push({ repId: rep.repId, month, sessions: e.sessions, focus: e.focus });
    }
  }
  return { cadence, followUps, months };
}

/** A rep's sessions on or before the as-of day, newest first: the sidebar's coaching history. */
export function coachingHistory(
  workbook: ToolkitWorkbook,
  repId: string,
  asOf: Day,
): ToolkitCoaching[] {
  return workbook.coaching
    .filter((c) => c.repId === repId && c.day <= asOf)
    .sort((a, b) => byDayRow(b, a));
}
