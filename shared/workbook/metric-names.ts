// The built-in metric names and which of them are money: one list each, read by the parser, the words and the snapshot.
// A leaf module (no imports), so the snapshot and formatting can use it without the workbook parser.

/** Metrics that are not activity types; they keep their names exactly. */
export const BUILTIN_METRICS = [
  'revenue',
  'won_deals',
  'lost_deals',
  'new_pipeline',
  'activity_points',
] as const;

/** The metrics measured in the team's currency: formatted as money, hidden when amounts are not published. */
export const MONEY_METRICS: readonly string[] = [
  'revenue',
  'new_pipeline',
] satisfies readonly (typeof BUILTIN_METRICS)[number][];

/** Whether a metric is an amount of money (one of MONEY_METRICS). */
export function isMoneyMetric(metric: string): boolean {
  return MONEY_METRICS.includes(metric);
}
