// `streak` badges: working days in a row with the metric (window day/all), or periods in a row on target.
import type { Day } from '../../time';
import type { BadgeDef, Rep } from '../../workbook';
import type { Award, BadgeContext, BadgeKindEvaluator } from '../types';
import {
  type BadgeWindowSpan,
  badgeMetric,
  badgeWindow,
  crossingDay,
  historyStart,
  windowsOf,
} from '../windows';
import { metricSources } from './window-award';

const daily = (badge: BadgeDef) => {
  const w = badgeWindow(badge);
  return w === 'day' || w === 'all';
};

interface Run {
  readonly length: number;
  readonly awards: Award[];
}

/**
 * Working days with the daily metric ≥ 1. Weekends and holidays neither count nor break a run;
 * today (asOf) is not over, so missing it does not break the run yet. One award per run, on
 * the day the run reaches the threshold.
 */
function dailyRuns(badge: BadgeDef, rep: Rep, ctx: BadgeContext, t: number): Run {
  const from = historyStart(rep, ctx);
  const metric = badgeMetric(badge);
  const awards: Award[] = [];
  let run = 0;
  let runStart: Day = 0;
  if (from === null) return { length: 0, awards };
  const working = ctx.badgeWindows.working;
  for (let d = from; d <= ctx.asOf; d++) {
    if (working[d - ctx.ledger.firstDay] !== 1) continue;
    if (ctx.ledger.daily(rep.repId, metric, d) >= 1) {
      if (run === 0) runStart = d;
      run++;
      if (run === t) {
        awards.push({
          badgeId: badge.badgeId,
          repId: rep.repId,
          earnedOn: d,
          window: null,
          value: t,
          fact: {
            kind: 'streak_days',
            metric,
            days: t,
            start: runStart,
            end: d,
            sources: metricSources(ctx, rep.repId, metric, runStart, d),
          },
        });
      }
    } else if (d !== ctx.asOf) run = 0;
  }
  return { length: run, awards };
}

/** Consecutive periods meeting the rep's target for the metric; the unfinished current one cannot break a run. */
function periodRuns(badge: BadgeDef, rep: Rep, ctx: BadgeContext, t: number): Run {
  const metric = badgeMetric(badge);
  const awards: Award[] = [];
  let run: BadgeWindowSpan[] = [];
  for (const w of windowsOf(badgeWindow(badge), rep, ctx)) {
    const target = w.period === null ? null : ctx.targets.forPeriod(rep.repId, metric, w.period);
    const value = ctx.ledger.sum(rep.repId, metric, w.start, w.to);
    if (target !== null && target > 0 && value >= target - 1e-9) {
      run = [...run, w];
      if (run.length === t) {
        const earnedOn = crossingDay(ctx, rep.repId, metric, w.start, w.to, target) ?? w.to;
        const first = run[0]!;
        awards.push({
          badgeId: badge.badgeId,
          repId: rep.repId,
          earnedOn,
          window: w.label,
          value: t,
          fact: {
            kind: 'streak_periods',
            metric,
            count: t,
            first,
            last: w,
            lastOn: earnedOn,
            sources: metricSources(ctx, rep.repId, metric, first.start, w.to),
          },
        });
      }
    } else if (w.end < ctx.asOf) run = [];
  }
  return { length: run.length, awards };
}

export const streakBadge: BadgeKindEvaluator = (badge, rep, ctx) => {
  const t = badge.threshold;
  if (t === null || t < 1 || !Number.isInteger(t)) return { awards: [], progress: null };
  const r = daily(badge) ? dailyRuns(badge, rep, ctx, t) : periodRuns(badge, rep, ctx, t);
  if (r.length >= t) return { awards: r.awards, progress: null };
  const metric = badgeMetric(badge);
  const fact = daily(badge)
    ? { kind: 'streak_days' as const, metric, days: r.length, threshold: t }
    : {
        kind: 'streak_periods' as const,
        metric,
        periodKind: badgeWindow(badge),
        count: r.length,
        threshold: t,
      };
  return { awards: r.awards, progress: { current: r.length, threshold: t, fact } };
};
