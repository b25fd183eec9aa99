// A badge's rule as typed data (what earns it), read from its row with the defaults filled in.
import type { MetricKey } from '../metrics';
import type { BadgeDef, BadgeWindow } from '../workbook';
import { PRIOR_WINDOWS_FOR_RECORD } from './kinds/record';
import { badgeMetric, badgeWindow } from './windows';

export type BadgeRule =
  | {
      readonly kind: 'threshold';
      readonly metric: MetricKey;
      readonly threshold: number;
      readonly window: BadgeWindow;
    }
  | { readonly kind: 'single_deal'; readonly threshold: number; readonly window: BadgeWindow }
  | { readonly kind: 'streak_days'; readonly metric: MetricKey; readonly days: number }
  | {
      readonly kind: 'streak_periods';
      readonly metric: MetricKey;
      readonly count: number;
      readonly window: Exclude<BadgeWindow, 'day' | 'all'>;
    }
  | {
      readonly kind: 'record';
      readonly metric: MetricKey;
      readonly window: BadgeWindow;
      readonly priorWindows: number;
    }
  | {
      readonly kind: 'improvement';
      readonly metric: MetricKey;
      readonly pct: number;
      readonly window: BadgeWindow;
    }
  | {
      readonly kind: 'target_hit';
      readonly metric: MetricKey;
      readonly pct: number;
      readonly window: BadgeWindow;
    }
  /**
   * Manual badges include the engine-awarded ones (training, hi-five milestones): the manager's
   * own description says how, or null for the standard line.
   */
  | { readonly kind: 'manual'; readonly description: string | null };

export type BadgeRuleKind = BadgeRule['kind'];

/** The rule of a badge; a blank threshold reads as 0 (100 for target_hit), as the evaluators do. */
export function badgeRule(badge: BadgeDef): BadgeRule {
  const metric = badgeMetric(badge);
  const window = badgeWindow(badge);
  const t = badge.threshold ?? (badge.kind === 'target_hit' ? 100 : 0);
  switch (badge.kind) {
    case 'threshold':
      return { kind: 'threshold', metric, threshold: t, window };
    case 'single_deal':
      return { kind: 'single_deal', threshold: t, window };
    case 'streak':
      return window === 'day' || window === 'all'
        ? { kind: 'streak_days', metric, days: t }
        : { kind: 'streak_periods', metric, count: t, window };
    case 'record':
      return { kind: 'record', metric, window, priorWindows: PRIOR_WINDOWS_FOR_RECORD };
    case 'improvement':
      return { kind: 'improvement', metric, pct: t, window };
    case 'target_hit':
      return { kind: 'target_hit', metric, pct: t, window };
    case 'manual':
      return { kind: 'manual', description: badge.description };
  }
}
