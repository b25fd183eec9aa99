// The sidebar's and dialogs' figures in the engine's own fixed formatting (shared/format), so they read as the tabs do.
import { formatCount, formatMoney, formatPct } from '../../../shared/format';

/** "$42,000", or "$1,234.50" where there are cents: statements must add up by hand. */
export const money = formatMoney;

/** "12", "2.5": counts and points as the engine writes them. */
export const count = formatCount;

/** "87.5%", or a dash when there is no figure (no target). */
export function pct(value: number | null): string {
  return value === null ? '–' : formatPct(value);
}
