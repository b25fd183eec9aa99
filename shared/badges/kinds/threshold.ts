// `threshold` badges: the metric reaches the threshold within one window; once per window.
import { formatDay, formatMetric, sourcesSuffix } from '../../contests/describe';
import type { BadgeKindEvaluator } from '../types';
import {
  badgeMetric,
  badgeWindow,
  crossingDay,
  currentWindow,
  inWindow,
  windowsOf,
} from '../windows';

export const thresholdBadge: BadgeKindEvaluator = {
  awards(badge, rep, ctx) {
    const t = badge.threshold;
    if (t === null || t <= 0) return [];
    const metric = badgeMetric(badge);
    return windowsOf(badgeWindow(badge), rep, ctx).flatMap((w) => {
      const value = ctx.ledger.sum(rep.repId, metric, w.start, w.to);
      if (value < t - 1e-9) return [];
      const earnedOn = crossingDay(ctx, rep.repId, metric, w.start, w.to, t) ?? w.to;
      const rows = ctx.ledger.sources(rep.repId, metric, w.start, w.to);
      return [
        {
          badgeId: badge.badgeId,
          repId: rep.repId,
          earnedOn,
          window: w.label,
          value,
          explanation:
            badge.name +
            ': ' +
            formatMetric(metric, value, ctx.currency) +
            ' ' +
            inWindow(w) +
            ', reaching ' +
            formatMetric(metric, t, ctx.currency) +
            ' on ' +
            formatDay(earnedOn) +
            sourcesSuffix(rows) +
            '.',
        },
      ];
    });
  },
  progress(badge, rep, ctx) {
    const t = badge.threshold;
    const w = currentWindow(badgeWindow(badge), rep, ctx);
    if (t === null || t <= 0 || w === null) return null;
    const metric = badgeMetric(badge);
    const current = ctx.ledger.sum(rep.repId, metric, w.start, w.to);
    if (current >= t - 1e-9) return null;
    return {
      current,
      threshold: t,
      explanation:
        formatMetric(metric, current, ctx.currency) +
        ' of ' +
        formatMetric(metric, t, ctx.currency) +
        ' ' +
        inWindow(w) +
        '.',
    };
  },
};
