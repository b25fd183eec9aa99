// `improvement` badges: a window beats the previous one by at least threshold %; once per window.
import { round1 } from '../../format';
import type { BadgeDef, Rep } from '../../workbook';
import type { BadgeContext, BadgeKindEvaluator } from '../types';
import { type BadgeWindowSpan, badgeMetric, badgeWindow, crossingDay, windowsOf } from '../windows';
import { windowAward } from './window-award';

interface Pair {
  readonly w: BadgeWindowSpan;
  readonly prev: BadgeWindowSpan;
  readonly cur: number;
  readonly before: number;
  /** The total that beats `before` by the threshold. */
  readonly needed: number;
}

/** Each window with its previous window, when the previous one has something to beat. */
function pairs(badge: BadgeDef, rep: Rep, ctx: BadgeContext): Pair[] {
  const kind = badgeWindow(badge);
  if (kind === 'all') return [];
  const metric = badgeMetric(badge);
  const t = badge.threshold ?? 0;
  const windows = windowsOf(kind, rep, ctx);
  const out: Pair[] = [];
  for (let i = 1; i < windows.length; i++) {
    const w = windows[i]!;
    const prev = windows[i - 1]!;
    const before = ctx.ledger.sum(rep.repId, metric, prev.start, prev.end);
    if (before <= 0) continue;
    out.push({
      w,
      prev,
      cur: ctx.ledger.sum(rep.repId, metric, w.start, w.to),
      before,
      needed: before * (1 + t / 100),
    });
  }
  return out;
}

const beats = (p: Pair) => p.cur >= p.needed - 1e-9 && p.cur > p.before;

export const improvementBadge: BadgeKindEvaluator = (badge, rep, ctx) => {
  const metric = badgeMetric(badge);
  const all = pairs(badge, rep, ctx);
  const awards = all.filter(beats).map((p) => {
    const risePct = ((p.cur - p.before) / p.before) * 100;
    const strict = p.needed <= p.before;
    const reachedOn =
      crossingDay(ctx, rep.repId, metric, p.w.start, p.w.to, p.needed, strict) ?? p.w.to;
    return windowAward(badge, rep, ctx, metric, p.w, round1(risePct), reachedOn, (sources) => ({
      kind: 'improvement',
      metric,
      value: p.cur,
      window: p.w,
      before: p.before,
      previous: p.prev,
      risePct,
      reachedOn,
      sources,
    }));
  });
  const last = all[all.length - 1];
  if (!last || last.w.end < ctx.asOf || last.w.start > ctx.asOf || beats(last))
    return { awards, progress: null };
  return {
    awards,
    progress: {
      current: last.cur,
      threshold: last.needed,
      fact: {
        kind: 'improvement',
        metric,
        value: last.cur,
        window: last.w,
        needed: last.needed,
        before: last.before,
        previous: last.prev,
        risePct: badge.threshold ?? 0,
      },
    },
  };
};
