// One string per distinct short cell value of a column, so a million-row CSV holds its repeated dates, rep ids and types once.
//
// A parsed CSV is the CLI's biggest heap: each cell a fresh string, each row an array grown for
// more cells than it has. Activities and Deals repeat a few hundred dates, rep ids, types and
// amounts over and over; sharing one string per value keeps the grid close to its row arrays.
// A column whose values are mostly unique (deal ids, notes) stops being pooled once it passes
// FIRST_LIMIT distinct values: from then on, each time its distinct values double, pooling goes
// on only while values come back at least twice on average (date-times to the minute do, about
// five times each in a year of activities), so the pool stays small for unique columns.

/** Longer values are rarely repeated (notes, names of accounts are few): kept as read. */
const MAX_POOLED_LENGTH = 32;
/** Distinct values a column pools before its hit rate is checked: 11 years of dates fit. */
const FIRST_LIMIT = 4096;

interface ColumnPool {
  readonly values: Map<string, string>;
  reads: number;
  limit: number;
  full: boolean;
}

export class CellPool {
  private readonly columns: ColumnPool[] = [];

  /** The pooled string equal to `text` (the first one read), or `text` itself. */
  share(column: number, text: string): string {
    if (text.length === 0 || text.length > MAX_POOLED_LENGTH) return text;
    let pool = this.columns[column];
    if (pool === undefined) {
      pool = { values: new Map(), reads: 0, limit: FIRST_LIMIT, full: false };
      this.columns[column] = pool;
    }
    pool.reads++;
    const seen = pool.values.get(text);
    if (seen !== undefined) return seen;
    if (pool.full) return text;
    if (pool.values.size >= pool.limit) {
      if (pool.reads < 2 * pool.values.size) {
        pool.full = true;
        return text;
      }
      pool.limit *= 2;
    }
    // V8 keeps a slice of 13 or more characters as a view that holds the whole file's text
    // alive: pool a copy that owns its characters.
    const own = text.length >= 13 ? copyOf(text) : text;
    pool.values.set(own, own);
    return own;
  }
}

/** A flat copy of a string that owns its characters (not a view into a larger string). */
function copyOf(text: string): string {
  // join builds a new sequential string; concatenation would build a rope over the pieces.
  return text.split('').join('');
}
