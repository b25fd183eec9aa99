// Small groups are not published: which ranked rows, ranks and totals may show, given who is private.

/**
 * The minimum group size (statistical disclosure control). Rows of reps who are not public are
 * shown (anonymously, rank only) only when a list holds at least this many of them; a total that
 * contains reps who are not public shows its value only when it contains at least this many. With
 * three, even one of those reps, who knows their own figure, cannot single out another one's.
 */
export const MIN_GROUP = 3;

/** A ranked row before publication: `shown` when it may be named (a public rep, a nameable team). */
export interface RankedRow {
  readonly rank: number;
  readonly shown: boolean;
}

/** A row as published: its row, whether named, and its rank among the published rows. */
export interface PublishedRow<R> {
  readonly row: R;
  readonly shown: boolean;
  readonly rank: number;
}

/**
 * The rows a ranked list publishes. Named rows always; rows that may not be named stay as
 * anonymous rows only when there are at least MIN_GROUP of them, so none can be told apart.
 * Fewer are left out (a list may ask for more, or never keep them: team contests never show an
 * unnamed team), and the remaining rows are ranked among themselves (competition ranks from
 * the original order): a gap in the ranks would otherwise show where the hidden rep stands.
 */
export function publishedRows<R extends RankedRow>(
  rows: readonly R[],
  minGroup = MIN_GROUP,
): PublishedRow<R>[] {
  const hidden = rows.filter((r) => !r.shown).length;
  if (hidden === 0 || hidden >= minGroup) {
    return rows.map((row) => ({ row, shown: row.shown, rank: row.rank }));
  }
  const kept = rows.filter((r) => r.shown);
  const rankAmongKept = reranker(kept, (r) => r.rank);
  return kept.map((row) => ({ row, shown: true, rank: rankAmongKept(row.rank) }));
}

/**
 * Ranks among the kept rows: one more than the kept rows ranked strictly before. Applied to
 * competition ranks (1, 2, 2, 4) it gives the competition ranks of the kept rows alone. The kept
 * ranks are sorted once, so a list of n rows is re-ranked in n log n.
 */
export function reranker<R>(
  kept: readonly R[],
  rankOf: (row: R) => number | null,
): (rank: number) => number {
  const sorted = kept
    .map(rankOf)
    .filter((r): r is number => r !== null)
    .sort((a, b) => a - b);
  return (rank) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < rank) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
}

/**
 * Whether a total over a group may show its value: it contains no rep who is not public, or at
 * least MIN_GROUP of them. With one or two, the total minus the named members' published figures
 * (or a colleague's own) would be the hidden reps' result.
 */
export function totalMayShow(hiddenMembers: number): boolean {
  return hiddenMembers === 0 || hiddenMembers >= MIN_GROUP;
}
