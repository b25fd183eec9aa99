// `target_hit` badges: at least threshold % (default 100) of the rep's target in a window; once per window.
import { round1 } from '../../format';
import type { BadgeDef, Rep } from '../../workbook';
import type { Award, BadgeContext, BadgeKindEvaluator, ProgressDraft } from '../types';
import { type BadgeWindowSpan, badgeMetric, badgeWindow, crossingDay, windowsOf } from '../windows';
import { windowAward } from './window-award';

/** Attainment in a window, or null without a target. Target amounts stay out of every text. */
function attainment(badge: BadgeDef, rep: Rep, ctx: BadgeContext, w: BadgeWindowSpan) {
  if (w.period === null) return null;
  const metric = badgeMetric(badge);
  const target = ctx.targets.forPeriod(rep.repId, metric, w.period);
  if (target === null || target <= 0) return null;
  const value = ctx.ledger.sum(rep.repId, metric, w.start, w.to);
  return { target, pct: (value / target) * 100 };
}

const bar = (badge: BadgeDef) => badge.threshold ?? 100;

export const targetHitBadge: BadgeKindEvaluator = (badge, rep, ctx) => {
  const metric = badgeMetric(badge);
  const awards: Award[] = [];
  let progress: ProgressDraft | null = null;
  for (const w of windowsOf(badgeWindow(badge), rep, ctx)) {
    const a = attainment(badge, rep, ctx, w);
    if (a === null) continue;
    if (a.pct < bar(badge) - 1e-9) {
      if (w.end >= ctx.asOf) {
        progress = {
          current: round1(a.pct),
          threshold: bar(badge),
          fact: { kind: 'target_hit', metric, pct: a.pct, bar: bar(badge), window: w },
        };
      }
      continue;
    }
    const reachedOn =
      crossingDay(ctx, rep.repId, metric, w.start, w.to, (a.target * bar(badge)) / 100) ?? w.to;
    awards.push(
      windowAward(badge, rep, ctx, metric, w, round1(a.pct), reachedOn, (sources) => ({
        kind: 'target_hit',
        metric,
        pct: a.pct,
        bar: bar(badge),
        window: w,
        reachedOn,
        sources,
      })),
    );
  }
  return { awards, progress };
};
