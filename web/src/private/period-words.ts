// Period labels on the private page as people say them: "2026-09" reads "Sep 2026", never the raw label.
import { MONTH_NAMES } from '../../../shared/time';

/** A month label (`2026-09`) as `Sep 2026`; any other label is returned as it is. */
export function monthLabelText(label: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(label);
  const name = m ? MONTH_NAMES[Number(m[2]) - 1] : undefined;
  return m && name ? `${name} ${m[1]}` : label;
}

/** The rolling window of months: "Sep 2026, Oct 2026 and Nov 2026", or "no months yet". */
export function windowText(labels: readonly string[]): string {
  const names = labels.map(monthLabelText);
  if (names.length === 0) return 'no months yet';
  if (names.length === 1) return names[0]!;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
