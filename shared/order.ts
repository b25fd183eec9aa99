// The one text order and the one ranking rule of the engine: every sorted list and every rank in shared/ uses these.
import { ascending } from 'd3-array';

/**
 * Orders text by UTF-16 code units (d3-array's `ascending`): no locale, so every machine sorts
 * the same bytes the same way ('Zoe' before 'adam', 'Émile' after 'Zoe').
 */
export function compareText(a: string, b: string): number {
  return ascending(a, b);
}

export interface RankedItem<T> {
  readonly item: T;
  readonly rank: number;
}

/**
 * Competition ranks ("1, 2, 2, 4"): items equal under `merit` share the rank of the first of
 * them and the next rank skips as many places. `listing` only fixes the order in which tied items
 * are listed (name, then id), so the result does not depend on the input order.
 */
export function rankBy<T>(
  items: readonly T[],
  merit: (a: T, b: T) => number,
  listing: (a: T, b: T) => number,
): RankedItem<T>[] {
  const sorted = [...items].sort((a, b) => merit(a, b) || listing(a, b));
  const out: RankedItem<T>[] = [];
  sorted.forEach((item, i) => {
    const prev = out[i - 1];
    const tied = prev !== undefined && merit(prev.item, item) === 0;
    out.push({ item, rank: tied ? prev.rank : i + 1 });
  });
  return out;
}
