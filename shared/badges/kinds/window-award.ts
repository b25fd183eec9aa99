// The award for a badge earned in one window: its explanation ends with the window's source rows.
import { rowsSuffix } from '../../format';
import { type MetricKey, sourceTab } from '../../metrics/ledger';
import type { Day } from '../../time/types';
import type { BadgeDef, Rep } from '../../workbook';
import type { Award, BadgeContext } from '../types';
import type { BadgeWindowSpan } from '../windows';

/** Explanation: "<badge name>: <what> (<tab> rows …)." with the rows of `metric` in `w`. */
export function windowAward(
  badge: BadgeDef,
  rep: Rep,
  ctx: BadgeContext,
  metric: MetricKey,
  w: BadgeWindowSpan,
  value: number,
  earnedOn: Day,
  what: string,
): Award {
  return {
    badgeId: badge.badgeId,
    repId: rep.repId,
    earnedOn,
    window: w.label,
    value,
    explanation:
      badge.name +
      ': ' +
      what +
      rowsSuffix(sourceTab(metric), ctx.ledger.sourceRows(rep.repId, metric, w.start, w.to)) +
      '.',
  };
}
