// Target badges: a share of the rep's own revenue target reached in a month, quarter or year.
import type { BadgeDef } from '../../workbook';
import { badge } from './badge';

export const targetBadges: readonly BadgeDef[] = [
  badge(
    'on-target',
    'On Target',
    'target_hit',
    'revenue',
    100,
    'month',
    'bronze',
    '🎯',
    'Monthly revenue target reached.',
  ),
  badge(
    'overachiever',
    'Overachiever',
    'target_hit',
    'revenue',
    125,
    'month',
    'gold',
    '🌟',
    '125% of the monthly revenue target.',
  ),
  badge(
    'quarter-crusher',
    'Quarter Crusher',
    'target_hit',
    'revenue',
    110,
    'quarter',
    'gold',
    '🥇',
    '110% of the quarterly revenue target.',
  ),
  badge(
    'year-maker',
    'Year Maker',
    'target_hit',
    'revenue',
    100,
    'year',
    'platinum',
    '🏅',
    'Annual revenue target reached.',
  ),
];
