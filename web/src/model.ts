// Lookup tables over one snapshot (reps, badges, boards, awards), built once per snapshot for the views.
import { compareText } from '../../shared/order';
import {
  type Leaderboard,
  type Lens,
  LensSchema,
  type PeriodKindPublic,
  PeriodKindSchema,
  type Snapshot,
  type SnapshotAward,
  type SnapshotBadge,
  type SnapshotContest,
  type SnapshotPeriod,
  type SnapshotRep,
} from '../../shared/snapshot';

export const LENS_LABEL: Record<Lens, string> = {
  revenue: 'Revenue',
  attainment: '% of target',
  activity_points: 'Activity points',
  improvement: 'Most improved',
};
export const PERIOD_LABEL: Record<PeriodKindPublic, string> = {
  week: 'This week',
  month: 'This month',
  quarter: 'This quarter',
  year: 'This year',
};
export const LENSES: readonly Lens[] = LensSchema.options;
export const PERIODS: readonly PeriodKindPublic[] = PeriodKindSchema.options;
const TIER_ORDER = { platinum: 0, gold: 1, silver: 2, bronze: 3 } as const;

export interface SnapshotIndex {
  readonly snapshot: Snapshot;
  readonly reps: ReadonlyMap<string, SnapshotRep>;
  readonly badges: ReadonlyMap<string, SnapshotBadge>;
  readonly contests: ReadonlyMap<string, SnapshotContest>;
  readonly awardsByRep: ReadonlyMap<string, SnapshotAward[]>;
  readonly awardsByBadge: ReadonlyMap<string, SnapshotAward[]>;
  board(period: PeriodKindPublic, lens: Lens): Leaderboard | null;
  period(kind: PeriodKindPublic): SnapshotPeriod | null;
  repName(repId: string | null): string;
  sortedBadges(): SnapshotBadge[];
}

function group<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

export function indexSnapshot(snapshot: Snapshot): SnapshotIndex {
  const reps = new Map(snapshot.reps.map((r) => [r.id, r]));
  const badges = new Map(snapshot.badges.map((b) => [b.id, b]));
  const contests = new Map(snapshot.contests.map((c) => [c.id, c]));
  const byDateDesc = (a: SnapshotAward, b: SnapshotAward) => compareText(b.earnedOn, a.earnedOn);
  const awardsByRep = group(snapshot.awards, (a) => a.repId);
  const awardsByBadge = group(snapshot.awards, (a) => a.badgeId);
  for (const list of awardsByRep.values()) list.sort(byDateDesc);
  for (const list of awardsByBadge.values()) list.sort(byDateDesc);
  const boards = new Map<string, Leaderboard>();
  for (const b of snapshot.leaderboards) {
    const key = `${b.periodKind}|${b.lens}`;
    if (!boards.has(key)) boards.set(key, b);
  }
  const periods = new Map(snapshot.periods.map((p) => [p.kind, p]));
  return {
    snapshot,
    reps,
    badges,
    contests,
    awardsByRep,
    awardsByBadge,
    board: (period, lens) => boards.get(`${period}|${lens}`) ?? null,
    period: (kind) => periods.get(kind) ?? null,
    repName: (repId) =>
      repId === null ? 'Anonymous rep' : (reps.get(repId)?.name ?? 'Former or private rep'),
    sortedBadges: () =>
      [...snapshot.badges].sort(
        (a, b) =>
          (a.tier ? TIER_ORDER[a.tier] : 4) - (b.tier ? TIER_ORDER[b.tier] : 4) ||
          compareText(a.name, b.name) ||
          compareText(a.id, b.id),
      ),
  };
}
