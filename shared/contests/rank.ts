// Total ordering and ranks of contest participants, and progress toward the goal or the leader.

import { round1 } from '../format';
import { compareText, type RankedItem, rankBy } from '../order';
import type { Contest } from '../workbook';
import type { Participant, Score } from './types';

export interface Scored {
  readonly participant: Participant;
  readonly score: Score;
}

function nullsLast(a: number | null, b: number | null, ascending: boolean): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return ascending ? a - b : b - a;
}

/** The meaningful keys: finish time (first_to), value desc, then who reached it first. */
function compareMerit(a: Score, b: Score): number {
  return (
    nullsLast(a.finishedAt, b.finishedAt, true) ||
    nullsLast(a.value, b.value, false) ||
    // Without a value there is nothing to have reached first: those entries tie.
    (a.value === null ? 0 : nullsLast(a.reachedAt, b.reachedAt, true))
  );
}

/**
 * Order: finished first by finish time (first_to only), then value desc (null last), then the
 * earlier minute the final value was reached, then name, then id. Participants equal on the
 * first three share a rank (1, 1, 3): name and id only fix the listing order.
 */
export function rankScored(list: readonly Scored[]): RankedItem<Scored>[] {
  return rankBy(
    list,
    (a, b) => compareMerit(a.score, b.score),
    (a, b) =>
      compareText(a.participant.name, b.participant.name) ||
      compareText(a.participant.key, b.participant.key),
  );
}

/**
 * Toward the goal when the kind has one (for `streak` the goal is the daily bar, so it uses the
 * leader), else relative to the leader; clamped to 0..100, null when the value is null.
 */
export function progressPct(
  contest: Pick<Contest, 'kind' | 'goal'>,
  value: number | null,
  leader: number | null,
): number | null {
  if (value === null) return null;
  const goal = contest.kind === 'streak' ? null : contest.goal;
  const base = goal !== null && goal > 0 ? goal : leader;
  if (base === null || base <= 0) return 0;
  return round1(Math.min(100, Math.max(0, (value / base) * 100)));
}
