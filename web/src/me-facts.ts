// "Me" on a board: my rank, the gap to the next rank and to my target, and the reps around me, from public fields only.
import type { Leaderboard, PeriodKindPublic, Unit } from '../../shared/snapshot';
import type { Formatter } from './format';
import type { SnapshotIndex } from './model';

export interface MeOnBoard {
  readonly rank: number;
  readonly of: number;
  /** Position of my entry in the board's list (0-based), for paging to it. */
  readonly position: number;
  /** The nearest rank above mine; null when I am first. */
  readonly ahead: {
    readonly rank: number;
    readonly name: string;
    /** "€350" / "4.5 percentage points"; null when either value is not published (never derived). */
    readonly gapText: string | null;
  } | null;
  /** Reps sharing my rank (a tie), by name. */
  readonly tiedWith: readonly string[];
  /** My % of own target this period (public), or null when I have none. */
  readonly attainment: number | null;
  /**
   * On a board: "Target hit" or "54.1 percentage points to your target" (always in % of target,
   * never money). In a contest (me-contest.ts): the distance to the contest's goal.
   */
  readonly targetText: string | null;
  /** Positions (0-based, in board order) of "you ±2": two above me, me, two below. */
  readonly around: { readonly from: number; readonly to: number };
}

const points = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

/** A difference between two public values of `unit`, in words that name the unit. */
export function gapText(fmt: Formatter, unit: Unit, gap: number): string | null {
  switch (unit) {
    case 'money':
    case 'count':
      return fmt.value(unit, gap);
    case 'points':
      return `${points.format(gap)} ${gap === 1 ? 'point' : 'points'}`;
    case 'percent':
    case 'pct_points':
      return `${points.format(gap)} percentage ${gap === 1 ? 'point' : 'points'}`;
  }
}

export function targetText(attainment: number | null): string | null {
  if (attainment === null) return null;
  if (attainment >= 100) return 'Target hit';
  const gap = Math.round((100 - attainment) * 10) / 10;
  return `${points.format(gap)} percentage ${gap === 1 ? 'point' : 'points'} to your target`;
}

export function meOnBoard(
  index: SnapshotIndex,
  fmt: Formatter,
  board: Leaderboard,
  repId: string,
): MeOnBoard | null {
  const entries = board.entries;
  const position = entries.findIndex((e) => e.repId === repId);
  if (position < 0) return null;
  const me = entries[position]!;
  let aheadEntry = null;
  for (let i = position - 1; i >= 0; i--) {
    if (entries[i]!.rank < me.rank) {
      aheadEntry = entries[i]!;
      break;
    }
  }
  const gap =
    aheadEntry && aheadEntry.value !== null && me.value !== null
      ? Math.round((aheadEntry.value - me.value) * 100) / 100
      : null;
  const attainment =
    index.reps.get(repId)?.attainment[board.periodKind as PeriodKindPublic] ?? null;
  return {
    rank: me.rank,
    of: entries.length,
    position,
    ahead: aheadEntry
      ? {
          rank: aheadEntry.rank,
          name: index.repName(aheadEntry.repId),
          gapText: gap === null ? null : gapText(fmt, board.unit, gap),
        }
      : null,
    tiedWith: entries
      .filter((e) => e.rank === me.rank && e.repId !== repId)
      .map((e) => index.repName(e.repId)),
    attainment,
    targetText: targetText(attainment),
    around: { from: Math.max(0, position - 2), to: Math.min(entries.length, position + 3) },
  };
}

/** One line for the pinned bar: "#7 of 35 · €350 behind #6 Ann Lee". */
export function aheadText(me: MeOnBoard): string {
  if (!me.ahead) return me.tiedWith.length > 0 ? 'Tied for first' : 'You lead';
  return me.ahead.gapText
    ? `${me.ahead.gapText} behind #${me.ahead.rank} ${me.ahead.name}`
    : `Next: #${me.ahead.rank} ${me.ahead.name}`;
}
