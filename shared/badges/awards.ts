// Runs every badge for every active rep: the awards earned so far and progress in the current window.
import { round1 } from '../format';
import { compareText } from '../order';
import { compareAwards } from './award-order';
import { badgeEvaluators } from './evaluators';
import type { Award, BadgeContext, BadgeSetContext, Progress } from './types';

/*
 * How often a badge can be earned:
 * - threshold, target_hit, improvement: once per window of the badge's kind (once ever for `all`);
 * - single_deal: once per window, the first qualifying deal (once ever for `all`);
 * - streak: once per run, on the day (or window) the run reaches the threshold; a new award
 *   needs the run to break and build up again;
 * - record: every time a new personal best window is set (after 3 prior windows);
 * - manual: once per Recognition `award` row.
 * Only windows that have ended, or the current one up to asOf, are judged; inactive reps are skipped.
 */

function activeReps(ctx: BadgeContext) {
  return ctx.reps.filter((r) => r.active).sort((a, b) => compareText(a.repId, b.repId));
}

export interface BadgeResults {
  /** Oldest first: earned day, then badge id, rep id and window. */
  readonly awards: readonly Award[];
  /** Per active rep (by id), in badge order. */
  readonly progress: readonly Progress[];
}

/** Every badge of `ctx.badges` for every active rep, in one pass per badge and rep. */
export function evaluateBadgeSet(ctx: BadgeSetContext): BadgeResults {
  const awards: Award[] = [];
  const progress: Progress[] = [];
  for (const rep of activeReps(ctx)) {
    for (const badge of ctx.badges) {
      const outcome = badgeEvaluators[badge.kind](badge, rep, ctx);
      awards.push(...outcome.awards);
      const p = outcome.progress;
      if (p === null || p.threshold <= 0) continue;
      const pct = round1(Math.min(100, Math.max(0, (p.current / p.threshold) * 100)));
      progress.push({
        repId: rep.repId,
        badgeId: badge.badgeId,
        current: p.current,
        threshold: p.threshold,
        pct,
        fact: p.fact,
      });
    }
  }
  awards.sort(compareAwards);
  return { awards, progress };
}
