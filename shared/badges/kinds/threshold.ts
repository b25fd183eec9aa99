// `threshold` badges: the metric reaches the threshold within one window; once per window.
import { formatDay, formatMetric } from '../../format';
import type { Award, BadgeKindEvaluator, ProgressDraft } from '../types';
import { badgeMetric, badgeWindow, crossingDay, inWindow, windowsOf } from '../windows';
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
          explanation:
            formatMetric(metric, value, ctx.currency) +
            ' of ' +
            formatMetric(metric, t, ctx.currency) +
            ' ' +
            inWindow(w) +
            '.',
        };
      }
      continue;
    }
    const earnedOn = crossingDay(ctx, rep.repId, metric, w.start, w.to, t) ?? w.to;
    awards.push(
      windowAward(
        badge,
        rep,
        ctx,
        metric,
        w,
        value,
        earnedOn,
        formatMetric(metric, value, ctx.currency) +
          ' ' +
          inWindow(w) +
          // A day window is its own crossing day: "3 won deals on 9 Nov 2026" says it all.
          (w.kind === 'day'
            ? ''
            : ', reaching ' + formatMetric(metric, t, ctx.currency) + ' on ' + formatDay(earnedOn)),
      ),
    );
  }
  return { awards, progress };
};
