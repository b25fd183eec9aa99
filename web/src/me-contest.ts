// "Me" in a contest: my standing (or my team's), the gap to the next rank and to the goal, from public fields only.
import type { SnapshotContest, Standing } from '../../shared/snapshot';
import { contestValue, participantName, reachedText, showsStandings } from './contest-text';
import type { Formatter } from './format';
import { type MeOnBoard, gapText } from './me-facts';
import type { SnapshotIndex } from './model';

/** Where I stand in a contest, in the shape of a board's "me" so the pinned bar reads the same. */
export interface MeInContest extends MeOnBoard {
  /** A team contest: the row is my team's, not mine. */
  readonly team: string | null;
}

/** A difference in the contest's own unit: days for a streak, else the board's words. */
function contestGap(fmt: Formatter, c: SnapshotContest, gap: number): string | null {
  return c.kind === 'streak' ? contestValue(fmt, c, gap) : gapText(fmt, c.unit, gap);
}

/** The standing that is mine: my own row, or my team's row in a team contest. */
function myPosition(index: SnapshotIndex, c: SnapshotContest, repId: string): number {
  if (c.kind === 'team') {
    const team = index.reps.get(repId)?.team ?? null;
    return team === null ? -1 : c.standings.findIndex((s) => s.repId === null && s.team === team);
  }
  return c.standings.findIndex((s) => s.repId === repId);
}

/**
 * "12 demos to the goal" / "Goal reached"; null without a goal or a value. A streak's goal is a
 * daily bar, not a total, so it has no distance; a first-to finisher says when they got there.
 */
function goalLine(fmt: Formatter, c: SnapshotContest, s: Standing): string | null {
  if (c.kind === 'first_to' && s.finishedAt !== null) {
    const t = reachedText(fmt, s.finishedAt);
    return t.charAt(0).toUpperCase() + t.slice(1);
  }
  if (c.goal === null || c.kind === 'streak' || s.value === null) return null;
  if (s.value >= c.goal) return 'Goal reached';
  const gap = contestGap(fmt, c, Math.round((c.goal - s.value) * 100) / 100);
  return gap === null ? null : `${gap} to the goal`;
}

/**
 * My place in a contest's standings, or null when I am not in them (or they are not shown yet).
 * The gap to the next rank is only given when both values are published and the one ahead has
 * more: a first-to rank ahead of a bigger total (reached the goal first) names the rank, no gap.
 */
export function meInContest(
  index: SnapshotIndex,
  fmt: Formatter,
  c: SnapshotContest,
  repId: string,
): MeInContest | null {
  if (!showsStandings(c)) return null;
  const position = myPosition(index, c, repId);
  if (position < 0) return null;
  const list = c.standings;
  const me = list[position]!;
  let ahead: Standing | null = null;
  for (let i = position - 1; i >= 0; i--) {
    if (list[i]!.rank < me.rank) {
      ahead = list[i]!;
      break;
    }
  }
  const gap =
    ahead && ahead.value !== null && me.value !== null && ahead.finishedAt === null
      ? Math.round((ahead.value - me.value) * 100) / 100
      : null;
  return {
    rank: me.rank,
    of: list.length,
    position,
    ahead: ahead
      ? {
          rank: ahead.rank,
          name: participantName(index, c, ahead),
          gapText: gap !== null && gap > 0 ? contestGap(fmt, c, gap) : null,
        }
      : null,
    tiedWith: list
      .filter((s, i) => s.rank === me.rank && i !== position)
      .map((s) => participantName(index, c, s)),
    attainment: null,
    targetText: goalLine(fmt, c, me),
    around: { from: Math.max(0, position - 2), to: Math.min(list.length, position + 3) },
    team: c.kind === 'team' ? me.team : null,
  };
}
