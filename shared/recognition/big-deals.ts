// Which won deals count as big: settings.bigDealAmount, or twice the median won deal when unset.
import type { Deal } from '../workbook';

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The bar a won deal must reach; null when nothing can be judged (no setting and no won deals). */
export function bigDealBar(deals: readonly Deal[], bigDealAmount: number | null): number | null {
  if (bigDealAmount !== null) return bigDealAmount;
  const m = median(deals.filter((d) => d.status === 'won' && d.amount > 0).map((d) => d.amount));
  return m === null ? null : 2 * m;
}
