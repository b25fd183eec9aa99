// One sentence per badge telling a rep how to earn it, generated from the badge's rule.
import { formatMetric, formatMoney, formatPct, metricNoun } from '../format';
import type { BadgeDef, BadgeKind } from '../workbook';
import { PRIOR_WINDOWS_FOR_RECORD } from './kinds/record';
import { badgeMetric, badgeWindow } from './windows';

const IN: Record<string, string> = {
  day: 'in a day',
  week: 'in a week',
  month: 'in a month',
  quarter: 'in a quarter',
  year: 'in a year',
  all: 'in total',
};
const EACH: Record<string, string> = {
  day: 'once a day',
  week: 'once a week',
  month: 'once a month',
  quarter: 'once a quarter',
  year: 'once a year',
  all: 'once',
};

const sentences: {
  readonly [K in BadgeKind]: (b: BadgeDef, t: number, currency: string) => string;
} = {
  threshold: (b, t, c) => `Reach ${formatMetric(badgeMetric(b), t, c)} ${IN[badgeWindow(b)]}.`,
  single_deal: (b, t, c) =>
    `Win a single deal of ${formatMoney(t, c)} or more (${EACH[badgeWindow(b)]} at most).`,
  streak: (b, t) =>
    badgeWindow(b) === 'day' || badgeWindow(b) === 'all'
      ? `Log ${metricNoun(badgeMetric(b), 2)} on ${t} working days in a row (weekends and holidays are skipped).`
      : `Meet your ${metricNoun(badgeMetric(b), 1)} target ${t} ${badgeWindow(b)}s in a row.`,
  record: (b) =>
    `Set a new personal best for ${metricNoun(badgeMetric(b), 2)} ${IN[badgeWindow(b)]}, after at least ${PRIOR_WINDOWS_FOR_RECORD} earlier ${badgeWindow(b)}s.`,
  improvement: (b, t) =>
    `Beat your previous ${badgeWindow(b)}'s ${metricNoun(badgeMetric(b), 2)} by ${formatPct(t)} or more.`,
  target_hit: (b, t) =>
    `Reach ${formatPct(t)} of your ${metricNoun(badgeMetric(b), 1)} target ${IN[badgeWindow(b)]}.`,
  // Manual badges include engine-awarded ones (training, hi-five milestones): their own text says how.
  manual: (b) => b.description ?? 'Awarded by your manager for outstanding work.',
};

export function howToEarn(badge: BadgeDef, currency: string): string {
  const fallback = badge.kind === 'target_hit' ? 100 : 0;
  return sentences[badge.kind](badge, badge.threshold ?? fallback, currency);
}
