// Who takes part in a contest, which days count, and whether it is upcoming, live or final.
import { compareText } from '../order';
import type { Day } from '../time';
import type { Contest, Rep } from '../workbook';
import type { ContestStatus, ContestWindow, Participant } from './types';

export function contestStatus(contest: Pick<Contest, 'start' | 'end'>, asOf: Day): ContestStatus {
  if (asOf < contest.start) return 'upcoming';
  if (asOf > contest.end) return 'final';
  return 'live';
}

/** Values count only the days up to min(asOf, end); an upcoming contest counts none. */
export function contestWindow(contest: Pick<Contest, 'start' | 'end'>, asOf: Day): ContestWindow {
  return { start: contest.start, end: contest.end, cutoff: Math.min(asOf, contest.end) };
}

function sameTeam(a: string | null, b: string): boolean {
  return a !== null && a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** Active reps, limited to the contest's team when it names one; sorted by rep id. */
export function eligibleReps(contest: Pick<Contest, 'team'>, reps: readonly Rep[]): Rep[] {
  const team = contest.team;
  return reps
    .filter((r) => r.active && (team === null || sameTeam(r.team, team)))
    .sort((a, b) => compareText(a.repId, b.repId));
}

/**
 * Individual participants, or for `team` contests one participant per team. Reps without a
 * team cannot score for a team, so they are left out of team contests.
 */
export function participantsOf(
  contest: Pick<Contest, 'kind' | 'team'>,
  reps: readonly Rep[],
): Participant[] {
  const eligible = eligibleReps(contest, reps);
  if (contest.kind !== 'team') {
    return eligible.map((r) => ({
      repId: r.repId,
      team: r.team,
      name: r.name,
      key: r.repId,
      repIds: [r.repId],
    }));
  }
  const teams = new Map<string, string[]>();
  for (const r of eligible) {
    if (r.team === null) continue;
    const members = teams.get(r.team);
    if (members) members.push(r.repId);
    else teams.set(r.team, [r.repId]);
  }
  return [...teams.keys()]
    .sort(compareText)
    .map((team) => ({ repId: null, team, name: team, key: team, repIds: teams.get(team)! }));
}
