// Runs every badge for every active rep: the awards earned so far and progress in the current window.
import { round1 } from '../format';
import { compareText } from '../order';
import type { BadgeDef } from '../workbook';
import { compareAwards } from './award-order';
import { badgeEvaluators } from './evaluators';
import type { Award, BadgeContext, Progress } from './types';

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

// evaluateBadges and badgeProgress on the same context and badge list share one evaluation.
const memo = new WeakMap<BadgeContext, { badges: readonly BadgeDef[]; results: BadgeResults }>();

/** Every badge for every active rep, in one pass per badge and rep. */
export function evaluateBadgeSet(badges: readonly BadgeDef[], ctx: BadgeContext): BadgeResults {
  const cached = memo.get(ctx);
  if (cached && cached.badges === badges) return cached.results;
  const awards: Award[] = [];
  const progress: Progress[] = [];
  for (const rep of activeReps(ctx)) {
    for (const badge of badges) {
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
  const results = { awards, progress };
  memo.set(ctx, { badges, results });
  return results;
}

export function evaluateBadges(badges: readonly BadgeDef[], ctx: BadgeContext): Award[] {
  return [...evaluateBadgeSet(badges, ctx).awards];
}

/** Progress toward each badge not yet earned in its current window. */
export function badgeProgress(badges: readonly BadgeDef[], ctx: BadgeContext): Progress[] {
  return [...evaluateBadgeSet(badges, ctx).progress];
}
