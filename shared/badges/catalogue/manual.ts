// Manual badges: given by a manager by hand, not earned by a rule.
import type { BadgeDef } from '../../workbook';
import { badge } from './badge';

export const manualBadges: readonly BadgeDef[] = [
  badge(
    'mvp',
    'Team MVP',
    'manual',
    null,
    null,
    null,
    'gold',
    '🏵️',
    'Chosen by the manager for outstanding work.',
  ),
  badge(
    'team-player',
    'Team Player',
    'manual',
    null,
    null,
    null,
    'silver',
    '🙌',
    'Went out of their way to help a teammate.',
  ),
];
