// The published snapshot split in two: the first load (boards, contests, the wall) and on-demand parts.
import * as v from 'valibot';
import { compareText } from '../order';
import { isoDay, parseIsoDay } from '../time';
import {
  AwardSchema,
  type PartIndex,
  RaceSeriesSchema,
  type Snapshot,
  type SnapshotAward,
} from './schema';

/**
 * Awards kept in the first load: those earned in the last RECENT_AWARD_DAYS days before as-of
 * (the wall's newest awards and its celebrations). Older ones grow with years, so they live in the
 * parts: each rep's full history, and the newest award of each badge per holder.
 */
export const RECENT_AWARD_DAYS = 92;

export const PART_SCHEMA = 'bellringer.snapshot-part';
export const PART_VERSION = 1;

const head = {
  schema: v.literal(PART_SCHEMA),
  version: v.literal(PART_VERSION),
  /** Equal to the first load's generatedAt: a part of another publish is never merged. */
  generatedAt: v.string(),
};

export const SnapshotPartSchema = v.variant('kind', [
  v.strictObject({
    ...head,
    kind: v.literal('rep'),
    repId: v.string(),
    awards: v.array(AwardSchema),
  }),
  v.strictObject({
    ...head,
    kind: v.literal('contest'),
    contestId: v.string(),
    series: v.array(RaceSeriesSchema),
  }),
  v.strictObject({ ...head, kind: v.literal('holders'), awards: v.array(AwardSchema) }),
]);

export type SnapshotPart = v.InferOutput<typeof SnapshotPartSchema>;
export interface KeyedPart {
  readonly key: string;
  readonly part: SnapshotPart;
}

export interface SplitSnapshot {
  /** The first load: every field as in the full snapshot, with old awards and final races cut. */
  readonly snapshot: Snapshot;
  readonly parts: readonly KeyedPart[];
}

/**
 * Cuts the full public snapshot into the first load and its parts. Parts only hold records
 * already in the full snapshot, so they publish nothing the full snapshot would not (the privacy
 * rules of build.ts and scrub.ts apply to both alike). Same input, same bytes: keys follow the
 * snapshot's own order.
 */
export function splitSnapshot(full: Snapshot): SplitSnapshot {
  const cutoff = dayMinus(full.asOf, RECENT_AWARD_DAYS);
  const recent = full.awards.filter((a) => a.earnedOn > cutoff);
  const parts: KeyedPart[] = [];
  const head = {
    schema: PART_SCHEMA,
    version: PART_VERSION,
    generatedAt: full.generatedAt,
  } as const;

  const byRep = new Map<string, SnapshotAward[]>();
  for (const a of full.awards) {
    const list = byRep.get(a.repId);
    if (list) list.push(a);
    else byRep.set(a.repId, [a]);
  }
  const reps: PartIndex['reps'] = [];
  full.reps.forEach((r, i) => {
    const awards = byRep.get(r.id);
    if (!awards) return;
    const key = `r${i}`;
    reps.push({ id: r.id, key });
    parts.push({ key, part: { ...head, kind: 'rep', repId: r.id, awards } });
  });

  const contests: PartIndex['contests'] = [];
  const firstContests = full.contests.map((c, i) => {
    if (c.status !== 'final' || c.series.length === 0) return c;
    const key = `c${i}`;
    contests.push({ id: c.id, key });
    parts.push({ key, part: { ...head, kind: 'contest', contestId: c.id, series: c.series } });
    return { ...c, series: [] };
  });

  let holders: string | null = null;
  if (recent.length < full.awards.length) {
    holders = 'holders';
    parts.push({ key: holders, part: { ...head, kind: 'holders', awards: newestPerHolder(full) } });
  }
  const snapshot: Snapshot = {
    ...full,
    contests: firstContests,
    awards: recent,
    parts: { reps, contests, holders },
  };
  return { snapshot, parts };
}

/** Each (badge, rep)'s newest award, in the full snapshot's order. */
function newestPerHolder(full: Snapshot): SnapshotAward[] {
  const newest = new Map<string, SnapshotAward>();
  for (const a of full.awards) {
    const k = `${a.badgeId}\u0000${a.repId}`;
    const held = newest.get(k);
    if (!held || compareText(a.earnedOn, held.earnedOn) > 0) newest.set(k, a);
  }
  const kept = new Set(newest.values());
  return full.awards.filter((a) => kept.has(a));
}

/** 'YYYY-MM-DD' minus n days, in the calendar (no time zone involved). */
function dayMinus(iso: string, n: number): string {
  const day = parseIsoDay(iso);
  // The schema guarantees the shape; an impossible date keeps every award in the first load.
  return day === null ? '' : isoDay(day - n);
}
