// The TV's leaderboard rows: only reps with something to celebrate, no arrow without a previous rank, ties kept whole.
import type { Leaderboard, Lens, PeriodKindPublic } from '../../../shared/snapshot';
import type { Formatter } from '../format';
import { type DisplayRow, leaderboardRows } from '../leaderboard-rows';
import { LENSES, PERIODS, type SnapshotIndex } from '../model';
import type { SiteOptions } from '../params';
import { TV_MAX_ROWS } from './slides';

export interface TvRowOptions {
  readonly team: string | null;
  /** Rows wanted (the team's TV top N). */
  readonly limit: number;
  /** Rows a tie at the limit may stretch to; beyond it the tie is left out whole. */
  readonly max?: number;
  /** The rep picked as "me" on this device: that row is marked. */
  readonly me?: string | null;
}

/**
 * A wall celebrates: a rep at 0 (or with no value at all) has nothing to show and would only be
 * the bottom of the list, so those rows go. With a team filter, ranks are renumbered within the
 * team, tied reps sharing one ("1, 2, 2, 4"). "new" is not news on a wall: a rep with no previous
 * rank gets no arrow. The "Level …" sub-line is left out so each row is one line of larger type.
 */
export function tvRows(
  index: SnapshotIndex,
  fmt: Formatter,
  board: Leaderboard,
  opts: TvRowOptions,
): DisplayRow[] {
  const { team } = opts;
  const kept = leaderboardRows(index, fmt, board, { links: false, me: opts.me }).filter(
    (r) =>
      r.value !== null &&
      r.value > 0 &&
      (!team || (r.repId !== null && index.reps.get(r.repId)?.team === team)),
  );
  let groupStart = 0;
  const ranked = kept.map((r, i) => {
    if (i > 0 && kept[i - 1]!.rank !== r.rank) groupStart = i;
    return {
      ...r,
      rank: team ? groupStart + 1 : r.rank,
      change: team || r.change?.dir === 'new' ? null : r.change,
      // Read from across the room: one line per rep leaves room for larger type.
      level: null,
    };
  });
  return cutAtTie(ranked, opts.limit, opts.max ?? TV_MAX_ROWS);
}

/**
 * The first `limit` rows, never splitting a tie at the cut: a tie straddling it is shown whole if
 * that stays within `max` rows, else left out whole. Only a tie for the very first row, longer
 * than `max`, is cut (there is nothing before it to stop at).
 */
export function cutAtTie<T extends { readonly rank: number }>(
  rows: readonly T[],
  limit: number,
  max: number,
): T[] {
  if (limit <= 0) return [];
  if (rows.length <= limit) return rows.slice();
  const tied = rows[limit - 1]!.rank;
  if (rows[limit]!.rank !== tied) return rows.slice(0, limit);
  let end = limit;
  while (end < rows.length && rows[end]!.rank === tied) end++;
  if (end <= max) return rows.slice(0, end);
  let start = limit - 1;
  while (start > 0 && rows[start - 1]!.rank === tied) start--;
  return rows.slice(0, start > 0 ? start : limit);
}

export interface TvBoard {
  readonly period: PeriodKindPublic;
  readonly lens: Lens;
  readonly board: Leaderboard;
  readonly rows: DisplayRow[];
}

/**
 * The board the leaderboard slide shows: the chosen lens and period if anyone has a result there,
 * else another lens of that period, else the same search over the longer periods (on a Monday
 * morning the week is empty but the month is not). Null when no board has a single result.
 */
export function tvBoard(
  index: SnapshotIndex,
  fmt: Formatter,
  opts: Pick<SiteOptions, 'period' | 'lens' | 'team'>,
  topN: number,
  me: string | null = null,
): TvBoard | null {
  const lenses = [opts.lens, ...LENSES.filter((l) => l !== opts.lens && l !== 'improvement')];
  for (const period of PERIODS.slice(PERIODS.indexOf(opts.period))) {
    for (const lens of lenses) {
      const board = index.board(period, lens);
      if (!board || board.entries.length === 0) continue;
      const rows = tvRows(index, fmt, board, { team: opts.team, limit: topN, me });
      if (rows.length > 0) return { period, lens, board, rows };
    }
  }
  return null;
}

const PERIOD_PHRASE: Record<PeriodKindPublic, string> = {
  week: 'this week',
  month: 'this month',
  quarter: 'this quarter',
  year: 'this year',
};

/** What the slide says when no board has a result yet. */
export function noResultsText(period: PeriodKindPublic): string {
  return `No results yet ${PERIOD_PHRASE[period]}.`;
}
