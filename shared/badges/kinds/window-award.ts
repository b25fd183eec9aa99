// The award for a badge earned in one window, with the window's source rows of the metric.
import { type MetricKey, sourceTab } from '../../metrics';
import type { Day } from '../../time';
import type { BadgeDef, Rep } from '../../workbook';
import type { AwardFact, SourceRows } from '../facts';
import type { Award, BadgeContext } from '../types';
import type { BadgeWindowSpan } from '../windows';

/** The rows of `metric` for a rep from `start` to `end` (inclusive), as a fact's sources. */
export function metricSources(
  ctx: BadgeContext,
  repId: string,
  metric: MetricKey,
  start: Day,
  end: Day,
): SourceRows {
  return { tab: sourceTab(metric), rows: ctx.ledger.sourceRows(repId, metric, start, end) };
}

/** An award for window `w`; the fact's sources are the rows of `metric` in the window. */
export function windowAward(
  badge: BadgeDef,
  rep: Rep,
  ctx: BadgeContext,
  metric: MetricKey,
  w: BadgeWindowSpan,
  value: number,
  earnedOn: Day,
  fact: (sources: SourceRows) => AwardFact,
): Award {
  return {
    badgeId: badge.badgeId,
    repId: rep.repId,
    earnedOn,
    window: w.label,
    value,
    fact: fact(metricSources(ctx, rep.repId, metric, w.start, w.to)),
  };
}
