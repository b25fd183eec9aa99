// A data problem found in the workbook, reported in the Issues tab with where it is and what to do.

export type IssueSeverity = 'error' | 'warning';

export interface DataIssue {
  /** The tab as the spec names it, e.g. "Deals". */
  readonly tab: string;
  /** The row number the sheet shows (header = 1, first data row = 2); null for tab-level issues. */
  readonly row: number | null;
  /** The column as the spec names it, e.g. "close_date"; null for row- or tab-level issues. */
  readonly column: string | null;
  /** The offending value as text, or null. */
  readonly value: string | null;
  /** What is wrong, in plain words. */
  readonly problem: string;
  /** What to do about it. */
  readonly fix: string;
  /** error: the row was left out; warning: the value was treated as blank or defaulted. */
  readonly severity: IssueSeverity;
}
