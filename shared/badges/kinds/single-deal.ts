// `single_deal` badges: one won deal of at least the threshold; once per window (once ever for `all`).
import { formatMoney } from '../../format';
import { formatDay } from '../../contests/describe';
import { MINUTES_PER_DAY } from '../../time/types';
import type { BadgeKindEvaluator } from '../types';
import { badgeWindow, currentWindow, inWindow, windowsOf } from '../windows';

export const singleDealBadge: BadgeKindEvaluator = {
  awards(badge, rep, ctx) {
    const t = badge.threshold;
    if (t === null || t <= 0) return [];
    return windowsOf(badgeWindow(badge), rep, ctx).flatMap((w) => {
      const deal = ctx.ledger
        .events(rep.repId, 'revenue', w.start, w.to)
        .find((e) => e.value >= t - 1e-9);
      if (!deal) return [];
      const earnedOn = Math.floor(deal.at / MINUTES_PER_DAY);
      return [
        {
          badgeId: badge.badgeId,
          repId: rep.repId,
          earnedOn,
          window: w.label,
          value: deal.value,
          explanation:
            badge.name +
            ': won a deal of ' +
            formatMoney(deal.value, ctx.currency) +
            ' on ' +
            formatDay(earnedOn) +
            ' (Deals row ' +
            deal.source.row +
            '); ' +
            formatMoney(t, ctx.currency) +
            ' or more earns it.',
        },
      ];
    });
  },
  progress(badge, rep, ctx) {
    const t = badge.threshold;
    const w = currentWindow(badgeWindow(badge), rep, ctx);
    if (t === null || t <= 0 || w === null) return null;
    let biggest = 0;
    for (const e of ctx.ledger.events(rep.repId, 'revenue', w.start, w.to))
      biggest = Math.max(biggest, e.value);
    if (biggest >= t - 1e-9) return null;
    return {
      current: biggest,
      threshold: t,
      explanation:
        'Biggest won deal ' +
        inWindow(w) +
        ': ' +
        formatMoney(biggest, ctx.currency) +
        ' of ' +
        formatMoney(t, ctx.currency) +
        ' needed.',
    };
  },
};
