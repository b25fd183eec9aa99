// `record` badges: a new personal best window for the metric, after at least 3 prior windows.
import type { BadgeDef, Rep } from '../../workbook';
import type { Award, BadgeContext, BadgeKindEvaluator } from '../types';
import { type BadgeWindowSpan, badgeMetric, badgeWindow, crossingDay, windowsOf } from '../windows';
import { windowAward } from './window-award';

/** A record needs history to beat: three earlier windows (empty ones count as windows). */
export const PRIOR_WINDOWS_FOR_RECORD = 3;

interface Walk {
  readonly awards: Award[];
  /** Best before the current window, and where it was set; null before enough history. */
  readonly bestBeforeCurrent: { value: number; window: BadgeWindowSpan } | null;
  readonly current: { value: number; window: BadgeWindowSpan } | null;
}

function walk(badge: BadgeDef, rep: Rep, ctx: BadgeContext): Walk {
  const kind = badgeWindow(badge);
  const awards: Award[] = [];
  if (kind === 'all') return { awards, bestBeforeCurrent: null, current: null };
  const metric = badgeMetric(badge);
  const floor = badge.threshold ?? 0;
  const windows = windowsOf(kind, rep, ctx);
  let best: { value: number; window: BadgeWindowSpan } | null = null;
  let bestBeforeCurrent: Walk['bestBeforeCurrent'] = null;
  let current: Walk['current'] = null;
  windows.forEach((w, i) => {
    const value = ctx.ledger.sum(rep.repId, metric, w.start, w.to);
    if (i === windows.length - 1) {
      current = { value, window: w };
      bestBeforeCurrent = i >= PRIOR_WINDOWS_FOR_RECORD ? best : null;
    }
    if (
      best !== null &&
      i >= PRIOR_WINDOWS_FOR_RECORD &&
      value > best.value + 1e-9 &&
      value > 0 &&
      value >= floor
    ) {
      const beatenOn = crossingDay(ctx, rep.repId, metric, w.start, w.to, best.value, true) ?? w.to;
      const old = best;
      awards.push(
        windowAward(badge, rep, ctx, metric, w, value, beatenOn, (sources) => ({
          kind: 'record',
          metric,
          value,
          window: w,
          best: old.value,
          bestWindow: old.window,
          beatenOn,
          sources,
        })),
      );
    }
    if (best === null || value > best.value) best = { value, window: w };
  });
  return { awards, bestBeforeCurrent, current };
}

export const recordBadge: BadgeKindEvaluator = (badge, rep, ctx) => {
  const { awards, bestBeforeCurrent: best, current } = walk(badge, rep, ctx);
  if (best === null || current === null || best.value <= 0 || current.value > best.value)
    return { awards, progress: null };
  const metric = badgeMetric(badge);
  return {
    awards,
    progress: {
      current: current.value,
      threshold: best.value,
      fact: {
        kind: 'record',
        metric,
        value: current.value,
        window: current.window,
        best: best.value,
        bestWindow: best.window,
      },
    },
  };
};
