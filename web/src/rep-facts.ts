// A rep's ranks across every published board and contest, for the rep page.
import type { Lens, PeriodKindPublic, SnapshotContest, Standing } from '../../shared/snapshot';
import { type Formatter, rankChange } from './format';
import { LENSES, PERIODS, type SnapshotIndex } from './model';

export interface RepRank {
  readonly period: PeriodKindPublic;
  readonly lens: Lens;
  readonly rank: number;
  readonly of: number;
  readonly valueText: string | null;
  readonly change: ReturnType<typeof rankChange>;
  readonly explanation: string;
}

export function repRanks(index: SnapshotIndex, fmt: Formatter, repId: string): RepRank[] {
  const out: RepRank[] = [];
  for (const period of PERIODS) {
    for (const lens of LENSES) {
      const board = index.board(period, lens);
      const entry = board?.entries.find((e) => e.repId === repId);
      if (!board || !entry) continue;
      out.push({
        period,
        lens,
        rank: entry.rank,
        of: board.entries.length,
        valueText:
          lens === 'improvement'
            ? fmt.signed(board.unit, entry.value)
            : fmt.value(board.unit, entry.value),
        change: rankChange(entry.rank, entry.previousRank),
        explanation: entry.explanation,
      });
    }
  }
  return out;
}

export function repContests(
  index: SnapshotIndex,
  repId: string,
): { contest: SnapshotContest; standing: Standing }[] {
  const out: { contest: SnapshotContest; standing: Standing }[] = [];
  for (const contest of index.snapshot.contests) {
    const standing = contest.standings.find((s) => s.repId === repId);
    if (standing) out.push({ contest, standing });
  }
  return out;
}
