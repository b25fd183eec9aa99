// The sidebar's and dialogs' figures in the engine's own fixed formatting (shared/format), so they read as the tabs do.
import { formatMoney, formatNumber, formatPct } from '../../../shared/format';

/** "$42,000", or "$1,234.50" where there are cents: statements must add up by hand. */
export const money = formatMoney;

/** "87.5%", or a dash when there is no figure (no target). */
export function pct(value: number | null): string {
  return value === null ? '–' : formatPct(value);
}

/** A whole count with thousands separators: "1,234". */
export function count(value: number): string {
  return formatNumber(value);
}
