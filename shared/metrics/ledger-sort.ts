// Puts the entries of one ledger group in chronological order (at, then row), in place.

/**
 * Sorts the entries lo..hi-1 of one group by (at, row). Entries arrive in sheet order, which is
 * nearly always time order within a rep and metric (at most a few same-day rows swapped), so an
 * insertion sort does it in about one pass; when the rows are far out of order it gives up after
 * a bounded number of moves and sorts the group by comparison instead.
 */
export function sortGroup(
  eAt: Float64Array,
  eRow: Int32Array,
  eVal: Float64Array,
  lo: number,
  hi: number,
): void {
  let budget = 8 * (hi - lo);
  for (let k = lo + 1; k < hi; k++) {
    const at = eAt[k]!;
    const row = eRow[k]!;
    const val = eVal[k]!;
    let j = k - 1;
    while (j >= lo && (eAt[j]! > at || (eAt[j] === at && eRow[j]! > row))) {
      if (--budget < 0) {
        eAt[j + 1] = at;
        eRow[j + 1] = row;
        eVal[j + 1] = val;
        sortByComparison(eAt, eRow, eVal, lo, hi);
        return;
      }
      eAt[j + 1] = eAt[j]!;
      eRow[j + 1] = eRow[j]!;
      eVal[j + 1] = eVal[j]!;
      j--;
    }
    eAt[j + 1] = at;
    eRow[j + 1] = row;
    eVal[j + 1] = val;
  }
}

function sortByComparison(
  eAt: Float64Array,
  eRow: Int32Array,
  eVal: Float64Array,
  lo: number,
  hi: number,
): void {
  const order = Array.from({ length: hi - lo }, (_, i) => lo + i);
  order.sort((a, b) => eAt[a]! - eAt[b]! || eRow[a]! - eRow[b]!);
  const at = Float64Array.from(order, (k) => eAt[k]!);
  const row = Int32Array.from(order, (k) => eRow[k]!);
  const val = Float64Array.from(order, (k) => eVal[k]!);
  eAt.set(at, lo);
  eRow.set(row, lo);
  eVal.set(val, lo);
}
