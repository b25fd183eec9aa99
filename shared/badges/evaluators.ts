// The exhaustive table of badge kinds: adding a kind without an evaluator is a type error.
import type { BadgeKind } from '../workbook';
import { improvementBadge } from './kinds/improvement';
import { manualBadge } from './kinds/manual';
import { recordBadge } from './kinds/record';
import { singleDealBadge } from './kinds/single-deal';
import { streakBadge } from './kinds/streak';
import { targetHitBadge } from './kinds/target-hit';
import { thresholdBadge } from './kinds/threshold';
import type { BadgeKindEvaluator } from './types';

export const badgeEvaluators: { readonly [K in BadgeKind]: BadgeKindEvaluator } = {
  threshold: thresholdBadge,
  single_deal: singleDealBadge,
  streak: streakBadge,
  record: recordBadge,
  improvement: improvementBadge,
  target_hit: targetHitBadge,
  manual: manualBadge,
};
