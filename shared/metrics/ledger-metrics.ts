// The metrics the ledger always has: their fixed slots and the tab each metric's source rows are in.
import type { MetricKey, SourceRef } from './ledger-types';

export const DEAL_METRICS = ['revenue', 'won_deals', 'lost_deals', 'new_pipeline'] as const;

/** The tab a metric's source rows are in. */
export function sourceTab(metric: MetricKey): SourceRef['tab'] {
  return (DEAL_METRICS as readonly string[]).includes(metric) ? 'Deals' : 'Activities';
}

// Fixed metric slots; activity types follow from index 5.
export const REVENUE = 0;
export const WON = 1;
export const LOST = 2;
export const NEW_PIPELINE = 3;
export const POINTS = 4;
export const FIXED_METRICS = [...DEAL_METRICS, 'activity_points'] as const;
