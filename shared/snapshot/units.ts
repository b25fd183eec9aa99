// The unit a leaderboard lens or contest is measured in, which decides formatting and what is hidden.
import { isMoneyMetric } from '../workbook';
import type { Lens } from './schema';

export type Unit = 'money' | 'percent' | 'pct_points' | 'points' | 'count';

export function lensUnit(lens: Lens): Unit {
  switch (lens) {
    case 'revenue':
      return 'money';
    case 'attainment':
      return 'percent';
    case 'improvement':
      return 'pct_points';
    case 'activity_points':
      return 'points';
  }
}

export function contestUnit(kind: string, metric: string): Unit {
  if (kind === 'percent_of_target' || kind === 'improvement') return 'percent';
  if (kind === 'streak') return 'count';
  if (isMoneyMetric(metric)) return 'money';
  return metric === 'activity_points' ? 'points' : 'count';
}
