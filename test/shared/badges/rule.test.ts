// badgeRule: a badge row as a typed rule, with the evaluators' defaults for blank cells.
import { describe, expect, it } from 'vitest';
import { type BadgeRule, badgeRule } from '../../../shared/badges';
import type { BadgeDef } from '../../../shared/workbook';
import { badge } from './fixtures';

describe('badgeRule', () => {
  it.each<[string, Partial<BadgeDef> & Pick<BadgeDef, 'kind'>, BadgeRule]>([
    [
      'threshold: blank metric and window read as revenue, all time',
      { kind: 'threshold', threshold: 5 },
      { kind: 'threshold', metric: 'revenue', threshold: 5, window: 'all' },
    ],
    [
      'single deal: blank threshold reads as 0',
      { kind: 'single_deal', window: 'quarter' },
      { kind: 'single_deal', threshold: 0, window: 'quarter' },
    ],
    [
      'streak over days: blank metric reads as activity points',
      { kind: 'streak', threshold: 8, window: 'day' },
      { kind: 'streak_days', metric: 'activity_points', days: 8 },
    ],
    [
      'streak over months: targets met in a row',
      { kind: 'streak', metric: 'revenue', threshold: 3, window: 'month' },
      { kind: 'streak_periods', metric: 'revenue', count: 3, window: 'month' },
    ],
    [
      'record: blank window reads as a month, after 3 earlier windows',
      { kind: 'record', metric: 'demo' },
      { kind: 'record', metric: 'demo', window: 'month', priorWindows: 3 },
    ],
    [
      'improvement',
      { kind: 'improvement', threshold: 25, window: 'week' },
      { kind: 'improvement', metric: 'revenue', pct: 25, window: 'week' },
    ],
    [
      'target hit: blank threshold reads as 100%',
      { kind: 'target_hit' },
      { kind: 'target_hit', metric: 'revenue', pct: 100, window: 'month' },
    ],
    [
      'manual: the description says how',
      { kind: 'manual', description: 'Mentor a new hire.' },
      { kind: 'manual', description: 'Mentor a new hire.' },
    ],
  ])('%s', (_name, row, rule) => {
    expect(badgeRule(badge({ metric: null, threshold: null, window: null, ...row }))).toEqual(rule);
  });
});
