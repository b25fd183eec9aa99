// What each TV slide shows: top ranks only (never the bottom), live contests, newest badges and recognition.
import type { RecognitionEntry, SnapshotAward, SnapshotContest } from '../../../shared/snapshot';
import type { SnapshotIndex } from '../model';
import { sortedFeed } from '../recognition-text';

/** More rows than this would be too small to read from across the room, whatever the setting. */
export const TV_MAX_ROWS = 15;

/** How many ranks the TV shows: the team's tvTopN, at least 1, at most TV_MAX_ROWS. */
export function tvTopN(setting: number): number {
  if (!Number.isFinite(setting)) return 10;
  return Math.min(TV_MAX_ROWS, Math.max(1, Math.floor(setting)));
}

export function tvContests(index: SnapshotIndex, team: string | null, max = 2): SnapshotContest[] {
  const visible = index.snapshot.contests.filter(
    (c) => !team || c.team === null || c.team === team,
  );
  const live = visible.filter((c) => c.status === 'live');
  return (live.length > 0 ? live : visible.filter((c) => c.status === 'upcoming')).slice(0, max);
}

function onTeam(index: SnapshotIndex, team: string | null, repId: string): boolean {
  return !team || index.reps.get(repId)?.team === team;
}

export function recentAwards(
  index: SnapshotIndex,
  team: string | null,
  n: number,
): SnapshotAward[] {
  return [...index.snapshot.awards]
    .filter((a) => onTeam(index, team, a.repId))
    .sort((a, b) =>
      a.earnedOn !== b.earnedOn
        ? a.earnedOn < b.earnedOn
          ? 1
          : -1
        : `${a.repId}|${a.badgeId}` < `${b.repId}|${b.badgeId}`
          ? -1
          : 1,
    )
    .slice(0, n);
}

export function recentRecognition(
  index: SnapshotIndex,
  team: string | null,
  n: number,
): RecognitionEntry[] {
  return sortedFeed(index.snapshot.recognition.filter((r) => onTeam(index, team, r.toRepId))).slice(
    0,
    n,
  );
}
