// Which awards are public: an award given through a Recognition row with `public = no` is absent.

interface AwardKey {
  readonly badgeId: string;
  readonly repId: string;
  readonly earnedOn: number;
}

interface AwardRow {
  readonly row: number;
  readonly kind: string;
  readonly badgeId: string | null;
  readonly to: string;
  readonly day: number;
  readonly public: boolean;
}

const keyOf = (badgeId: string, repId: string, day: number) => `${badgeId}|${repId}|${day}`;

/**
 * For each award (same order), whether it may be published. A manual badge's awards come one per
 * Recognition `award` row, in row order, on the row's day; the n-th award of a badge, rep and day
 * stands for the n-th such row, and is private when that row is. Awards without a row (metrics,
 * training, milestones) are public. (Once awards carry their source rows, read those instead.)
 */
export function awardVisibility(
  awards: readonly AwardKey[],
  recognition: readonly AwardRow[],
): boolean[] {
  const rows = new Map<string, AwardRow[]>();
  for (const r of recognition) {
    if (r.kind !== 'award' || r.badgeId === null) continue;
    const key = keyOf(r.badgeId, r.to, r.day);
    const list = rows.get(key);
    if (list) list.push(r);
    else rows.set(key, [r]);
  }
  for (const list of rows.values()) list.sort((a, b) => a.row - b.row);
  const seen = new Map<string, number>();
  return awards.map((a) => {
    const key = keyOf(a.badgeId, a.repId, a.earnedOn);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return rows.get(key)?.[n]?.public ?? true;
  });
}
