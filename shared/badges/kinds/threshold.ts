// `threshold` badges: the metric reaches the threshold within one window; once per window.
import type { Award, BadgeKindEvaluator, ProgressDraft } from '../types';
import { badgeMetric, badgeWindow, crossingDay, windowsOf } from '../windows';
import { windowAward } from './window-award';

export const thresholdBadge: BadgeKindEvaluator = (badge, rep, ctx) => {
  const t = badge.threshold;
  if (t === null || t <= 0) return { awards: [], progress: null };
  const metric = badgeMetric(badge);
  const awards: Award[] = [];
  let progress: ProgressDraft | null = null;
  const windows = windowsOf(badgeWindow(badge), rep, ctx);
  // An index loop: a day-window badge scans a year of windows per rep.
  for (let i = 0; i < windows.length; i++) {
    const w = windows[i]!;
    const value = ctx.ledger.sum(rep.repId, metric, w.start, w.to);
    if (value < t - 1e-9) {
      if (w.end >= ctx.asOf) {
        progress = {
          current: value,
          threshold: t,
          fact: { kind: 'threshold', metric, value, threshold: t, window: w },
        };
      }
      continue;
    }
    const reachedOn = crossingDay(ctx, rep.repId, metric, w.start, w.to, t) ?? w.to;
    awards.push(
      windowAward(badge, rep, ctx, metric, w, value, reachedOn, (sources) => ({
        kind: 'threshold',
        metric,
        value,
        threshold: t,
        window: w,
        reachedOn,
        sources,
      })),
    );
  }
  return { awards, progress };
};
