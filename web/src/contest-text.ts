// Contest wording shared by the contests views and the TV: kinds, status lines, participant names.
import { formatCount, metricNoun } from '../../shared/format';
import { type SnapshotContest, type Standing, withheldTeamsText } from '../../shared/snapshot';
import { countdown, type Formatter, startsIn } from './format';
import type { SnapshotIndex } from './model';
import { dayIn, knownZone } from './zone';

export const KIND_LABEL: Record<SnapshotContest['kind'], string> = {
  most: 'Highest total',
  percent_of_target: '% of target',
  first_to: 'First to the goal',
  team: 'Team contest',
  streak: 'Longest streak',
  improvement: 'Most improved',
};

/**
 * The contest's status in words, against the clock. When the data is older than the calendar (a
 * "live" contest whose last day has passed, an "upcoming" one whose first day has), it says what
 * the calendar says and that the standings follow with the next data, never "Live · ended".
 */
export function statusLine(c: SnapshotContest, nowMs: number, fmt: Formatter): string {
  const today = dayIn(nowMs, knownZone(fmt.timeZone) ?? 'UTC');
  switch (c.status) {
    case 'live':
      if (today > c.end)
        return `Ended ${fmt.day(c.end)} · the final result comes with the next data`;
      return `Live · ${countdown(c.end, nowMs, fmt.timeZone)} · ends ${fmt.day(c.end)}`;
    case 'upcoming':
      if (today > c.start) return `Started ${fmt.day(c.start)} · standings come with the next data`;
      return `Upcoming · ${startsIn(c.start, nowMs, fmt.timeZone)} · ${fmt.day(c.start)} to ${fmt.day(c.end)}`;
    case 'final':
      return `Final · ended ${fmt.day(c.end)}`;
  }
}

/**
 * Team contests show the team; in an individual contest an anonymous participant stays anonymous
 * (never its team, which would narrow down who it is, even from an older snapshot that sent it).
 */
export function participantName(index: SnapshotIndex, c: SnapshotContest, s: Standing): string {
  if (c.kind === 'team' && s.repId === null && s.team !== null) return s.team;
  return index.repName(s.repId);
}

/** The team column of an individual contest's standings: blank for an anonymous participant. */
export function participantTeam(s: Standing): string {
  return s.repId === null ? '' : (s.team ?? '');
}

/** A race line's label: the team in a team contest, else the rep (anonymous ones stay anonymous). */
export function seriesName(index: SnapshotIndex, c: SnapshotContest, key: string | null): string {
  if (c.kind === 'team' && key !== null) return key;
  return index.repName(key);
}

/**
 * The goal as a reader should take it: a streak's goal is the bar each day must reach ("25+ calls
 * a day"), every other kind's is a total in the contest's unit; null when there is none.
 */
export function goalText(fmt: Formatter, c: SnapshotContest): string | null {
  if (c.goal === null) return null;
  if (c.kind === 'streak') return `${formatCount(c.goal)}+ ${metricNoun(c.metric, c.goal)} a day`;
  return `goal ${fmt.value(c.unit, c.goal) ?? formatCount(c.goal)}`;
}

/** A contest value with its unit: a streak counts days ("14 days"), the rest use the contest's unit. */
export function contestValue(
  fmt: Formatter,
  c: Pick<SnapshotContest, 'kind' | 'unit'>,
  value: number | null,
): string | null {
  if (c.kind === 'streak') {
    if (value === null || !Number.isFinite(value)) return null;
    return `${formatCount(value)} ${value === 1 ? 'day' : 'days'}`;
  }
  return fmt.value(c.unit, value);
}

/** Upcoming contests have counted nothing: their standings (everyone tied at 0) are not shown. */
export function showsStandings(c: SnapshotContest): boolean {
  return c.status !== 'upcoming' && c.standings.length > 0;
}

/**
 * How ties are broken, for the rules box (the engine's order, shared/contests/rank.ts): equal
 * results go to whoever reached them first; only entries equal on both share a rank.
 */
export function tieBreakRule(c: SnapshotContest): string {
  if (c.kind === 'first_to')
    return 'Whoever reaches the goal first ranks higher; among those who have not, a tie on the result goes to whoever reached it first, and only entries equal on both share a rank.';
  return 'A tie on the result goes to whoever reached it first; only entries equal on both share a rank.';
}

/**
 * When a first-to participant reached the goal, in words ("reached the goal Nov 3, 2026", with
 * the clock time when the data has one): first-to standings are ordered by this moment, so a
 * $47,550 row above a $48,000 one reads as what it is.
 */
export function reachedText(fmt: Formatter, finishedAt: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2}))?/.exec(finishedAt);
  if (!m) return 'reached the goal';
  const clock = m[2] !== undefined && `${m[2]}:${m[3]}` !== '00:00' ? `, ${m[2]}:${m[3]}` : '';
  return `reached the goal ${fmt.day(m[1]!)}${clock}`;
}

/** A standing's result: a first-to finisher by when they reached the goal, else the value. */
export function standingValue(fmt: Formatter, c: SnapshotContest, s: Standing): string {
  if (c.kind === 'first_to' && s.finishedAt !== null) {
    const t = reachedText(fmt, s.finishedAt);
    return t.charAt(0).toUpperCase() + t.slice(1);
  }
  const v = contestValue(fmt, c, s.value);
  if (v !== null) return v;
  if (s.progressPct !== null) return `${fmt.percent(s.progressPct)} of goal`;
  return `#${s.rank}`;
}

/** The top of a contest's standings for the TV, optionally one team's participants only. */
export function contestTopStandings(
  c: SnapshotContest,
  team: string | null,
  n: number,
): Standing[] {
  if (!showsStandings(c)) return [];
  const list = team && c.kind !== 'team' ? c.standings.filter((s) => s.team === team) : c.standings;
  return list.slice(0, n);
}

/** A team contest that publishes no standings because a team's total is withheld: why, else null. */
export function withheldText(c: Pick<SnapshotContest, 'withheldTeams'>): string | null {
  return c.withheldTeams && c.withheldTeams.length > 0 ? withheldTeamsText(c.withheldTeams) : null;
}
