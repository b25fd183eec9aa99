// How many hold each badge: the named holders, and how many holders are not listed, without saying who.
import { MIN_GROUP } from './disclosure';
import type { AwardInput, SnapshotRepInput } from './input';

export interface BadgeHolders {
  /** Distinct published (named) holders of the badge. */
  named(badgeId: string): number;
  /**
   * Holders among the active reps who are not public, or null when saying so could tell who:
   * fewer than MIN_GROUP such reps (a colleague knows who they are), or none or all of them
   * holding it (either would be a fact about each one). Null says nothing, so it is the same
   * answer for "none" and "all".
   */
  notListed(badgeId: string): number | null;
}

/**
 * `published` are the awards the snapshot lists; `all` every award before the privacy filter, of
 * which only public awards (a `public = no` Recognition row is never counted) of public badges
 * held by active reps who are not public count as "not listed".
 */
export function badgeHolders(
  published: readonly AwardInput[],
  all: readonly AwardInput[],
  reps: readonly SnapshotRepInput[],
  visible: ReadonlySet<string>,
  publicBadgeIds: ReadonlySet<string>,
): BadgeHolders {
  const hiddenReps = new Set(
    reps.filter((r) => r.active && !visible.has(r.repId)).map((r) => r.repId),
  );
  const named = distinctHolders(published);
  const hidden = distinctHolders(
    all.filter((a) => a.public && hiddenReps.has(a.repId) && publicBadgeIds.has(a.badgeId)),
  );
  return {
    named: (id) => named.get(id) ?? 0,
    notListed: (id) => {
      const n = hidden.get(id) ?? 0;
      return hiddenReps.size >= MIN_GROUP && n > 0 && n < hiddenReps.size ? n : null;
    },
  };
}

function distinctHolders(awards: readonly AwardInput[]): Map<string, number> {
  const holders = new Map<string, Set<string>>();
  for (const a of awards) {
    const set = holders.get(a.badgeId) ?? new Set<string>();
    set.add(a.repId);
    holders.set(a.badgeId, set);
  }
  return new Map([...holders].map(([id, set]) => [id, set.size]));
}
