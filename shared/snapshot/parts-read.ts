// The reading side of snapshot parts: validate one at the edge, find its key, merge it into the first load.
import * as v from 'valibot';
import { type SnapshotPart, SnapshotPartSchema } from './parts';
import type { Snapshot, SnapshotAward } from './schema';

export type PartCheck =
  | { readonly ok: true; readonly part: SnapshotPart }
  | { readonly ok: false; readonly reason: string };

/** A part is read only beside the first load it belongs to (same generatedAt). */
export function validatePart(data: unknown, generatedAt: string): PartCheck {
  const result = v.safeParse(SnapshotPartSchema, data);
  if (!result.success) {
    const first = result.issues[0];
    const path = first ? v.getDotPath(first) : null;
    return {
      ok: false,
      reason: `A part of the snapshot does not match its schema${path ? ` at "${path}"` : ''}: ${first?.message ?? 'unknown problem'}.`,
    };
  }
  if (result.output.generatedAt !== generatedAt) {
    return { ok: false, reason: 'A part of the snapshot belongs to another publish.' };
  }
  return { ok: true, part: result.output };
}

/** What a page needs beyond the first load. */
export type PartWant =
  | { readonly kind: 'rep'; readonly id: string }
  | { readonly kind: 'contest'; readonly id: string }
  | { readonly kind: 'holders' };

/** The key of the part a page needs, or null: the first load already holds all of it. */
export function partKeyFor(snapshot: Snapshot, want: PartWant): string | null {
  const index = snapshot.parts;
  if (!index) return null;
  switch (want.kind) {
    case 'rep':
      return index.reps.find((r) => r.id === want.id)?.key ?? null;
    case 'contest':
      return index.contests.find((c) => c.id === want.id)?.key ?? null;
    case 'holders':
      return index.holders;
  }
}

const awardKey = (a: SnapshotAward) =>
  `${a.badgeId}\u0000${a.repId}\u0000${a.window ?? ''}\u0000${a.earnedOn}`;

/**
 * A new first-load object with the part's records added: awards not already present (kept in
 * the order of the first load, then the part's), or a final contest's race lines. The result
 * keeps generatedAt, so the wall never celebrates an old award a page happened to load.
 */
export function mergePart(snapshot: Snapshot, part: SnapshotPart): Snapshot {
  switch (part.kind) {
    case 'rep':
    case 'holders': {
      const seen = new Set(snapshot.awards.map(awardKey));
      const added = part.awards.filter((a) => !seen.has(awardKey(a)));
      return added.length === 0
        ? snapshot
        : { ...snapshot, awards: [...snapshot.awards, ...added] };
    }
    case 'contest':
      return {
        ...snapshot,
        contests: snapshot.contests.map((c) =>
          c.id === part.contestId && c.series.length === 0 ? { ...c, series: part.series } : c,
        ),
      };
  }
}
