// Runs every badge for every active rep: the awards earned so far and progress in the current window.
import { round1 } from '../contests/describe';
import type { BadgeDef } from '../workbook';
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

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function activeReps(ctx: BadgeContext) {
  return ctx.reps.filter((r) => r.active).sort((a, b) => byText(a.repId, b.repId));
}

/** Every award, oldest first: earned day, then badge id, rep id and window. */
export function evaluateBadges(badges: readonly BadgeDef[], ctx: BadgeContext): Award[] {
  const out: Award[] = [];
  for (const rep of activeReps(ctx)) {
    for (const badge of badges) out.push(...badgeEvaluators[badge.kind].awards(badge, rep, ctx));
  }
  return out.sort(
    (a, b) =>
      a.earnedOn - b.earnedOn ||
      byText(a.badgeId, b.badgeId) ||
      byText(a.repId, b.repId) ||
      byText(a.window ?? '', b.window ?? ''),
  );
}

/** Progress toward each badge not yet earned in its current window, per active rep, in badge order. */
export function badgeProgress(badges: readonly BadgeDef[], ctx: BadgeContext): Progress[] {
  const out: Progress[] = [];
  for (const rep of activeReps(ctx)) {
    for (const badge of badges) {
      const p = badgeEvaluators[badge.kind].progress(badge, rep, ctx);
      if (p === null || p.threshold <= 0) continue;
      const pct = round1(Math.min(100, Math.max(0, (p.current / p.threshold) * 100)));
      out.push({
        repId: rep.repId,
        badgeId: badge.badgeId,
        current: p.current,
        threshold: p.threshold,
        pct,
        explanation: p.explanation,
      });
    }
  }
  return out;
}
