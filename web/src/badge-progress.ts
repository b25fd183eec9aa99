// How a rep's progress toward a badge is said: a share of a total, or the biggest so far for a one-off bar.
import type { BadgeProgress } from '../../shared/snapshot';
import type { Formatter } from './format';

/**
 * "65% done" only when smaller results add up to the bar. A one-off bar (one deal of $50,000)
 * is never "65% done" by a $32,500 deal: the line says the biggest so far against the bar, in
 * the snapshot's own words ("Biggest won deal in Nov 2026: $32,500 of $50,000 needed.").
 */
export function badgeProgressText(fmt: Formatter, p: BadgeProgress): string {
  if (p.measure === 'best_so_far') return p.explanation;
  return `${fmt.percent(p.pct) ?? '0%'} done`;
}
