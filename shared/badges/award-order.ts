// The one order of awards: by the day earned, then badge id, rep id and window.
import { compareText } from '../order';
import type { Award } from './types';

type Ordered = Pick<Award, 'earnedOn' | 'badgeId' | 'repId' | 'window'>;

/** Ties on the day are broken by ids, never by input order, so every run lists awards alike. */
function tieBreak(a: Ordered, b: Ordered): number {
  return (
    compareText(a.badgeId, b.badgeId) ||
    compareText(a.repId, b.repId) ||
    compareText(a.window ?? '', b.window ?? '')
  );
}

/** Oldest first: the engine's order (EngineModel.awards, the snapshot, the feed's input). */
export function compareAwards(a: Ordered, b: Ordered): number {
  return a.earnedOn - b.earnedOn || tieBreak(a, b);
}

/** Newest first, same tie-breaks: the Awards tab and every "recent badges" list. */
export function compareAwardsNewestFirst(a: Ordered, b: Ordered): number {
  return b.earnedOn - a.earnedOn || tieBreak(a, b);
}
