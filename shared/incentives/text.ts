// Exact text for rates, multipliers and pay periods in explanations (built on shared/format.ts).
import { formatNumber, roundTo } from '../format';
import { isoDay } from '../time';
import { periodName } from '../time';
import type { PaySegment } from './types';

/** Fewest decimals (up to 4) that show `value` exactly, so a rate of 7.25 is never shown as 7.3. */
function exact(value: number): string {
  for (let d = 0; d < 4; d++)
    if (roundTo(value, d) === roundTo(value, 4)) return formatNumber(value, d);
  return formatNumber(value, 4);
}

/** "5%", "7.25%". */
export function rateText(pct: number): string {
  return `${exact(pct)}%`;
}

/** "1.5", "2". */
export function multiplierText(m: number): string {
  return exact(m);
}

/** "Nov 2026", or for a period cut by a plan change "Q4 2026 (2026-10-01 to 2026-11-14)". */
export function segmentName(s: Pick<PaySegment, 'period' | 'start' | 'end' | 'clipped'>): string {
  const name = periodName(s.period);
  return s.clipped ? `${name} (${isoDay(s.start)} to ${isoDay(s.end)})` : name;
}

/** Money rounded to cents, as stored in every payout figure. */
export function cents(x: number): number {
  return roundTo(x, 2);
}
