// `single_deal` badges: one won deal of at least the threshold; once per window (once ever for `all`).
import { MINUTES_PER_DAY } from '../../time';
import type { Award, BadgeKindEvaluator, ProgressDraft } from '../types';
import { badgeWindow, windowsOf } from '../windows';

export const singleDealBadge: BadgeKindEvaluator = (badge, rep, ctx) => {
  const t = badge.threshold;
  if (t === null || t <= 0) return { awards: [], progress: null };
  const awards: Award[] = [];
  let progress: ProgressDraft | null = null;
  for (const w of windowsOf(badgeWindow(badge), rep, ctx)) {
    const deals = ctx.ledger.events(rep.repId, 'revenue', w.start, w.to);
    const deal = deals.find((e) => e.value >= t - 1e-9);
    if (!deal) {
      if (w.end >= ctx.asOf) {
        let biggest = 0;
        for (const e of deals) biggest = Math.max(biggest, e.value);
        progress = {
          current: biggest,
          threshold: t,
          fact: { kind: 'single_deal', biggest, threshold: t, window: w },
        };
      }
      continue;
    }
    const wonOn = Math.floor(deal.at / MINUTES_PER_DAY);
    awards.push({
      badgeId: badge.badgeId,
      repId: rep.repId,
      earnedOn: wonOn,
      window: w.label,
      value: deal.value,
      fact: {
        kind: 'single_deal',
        amount: deal.value,
        threshold: t,
        wonOn,
        sources: { tab: deal.source.tab, rows: [deal.source.row] },
      },
    });
  }
  return { awards, progress };
};
