// `manual` badges: granted by Recognition rows of kind `award` naming the badge; no progress.
import type { BadgeKindEvaluator } from '../types';

export const manualBadge: BadgeKindEvaluator = (badge, rep, ctx) => ({
  awards: ctx.recognition
    .filter(
      (r) =>
        r.kind === 'award' &&
        r.badgeId === badge.badgeId &&
        r.to === rep.repId &&
        r.day <= ctx.asOf,
    )
    .sort((a, b) => a.day - b.day || a.row - b.row)
    .map((r) => ({
      badgeId: badge.badgeId,
      repId: rep.repId,
      earnedOn: r.day,
      window: null,
      value: null,
      fact: {
        kind: 'manual' as const,
        awardedOn: r.day,
        sources: { tab: 'Recognition' as const, rows: [r.row] },
      },
    })),
  progress: null,
});
