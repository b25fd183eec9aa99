// Small builders for workbook grids in tests.
import type { DataIssue } from '../../../shared/issues';
import type { Cell, Grid, WorkbookGrids } from '../../../shared/workbook';
import { parseWorkbook } from '../../../shared/workbook';

export const REPS: Grid = [
  ['rep_id', 'name', 'team'],
  ['r1', 'Ada', 'North'],
  ['r2', 'Grace', 'South'],
];

/** Parses a workbook with a default Reps tab (override by passing Reps). */
export function parse(grids: WorkbookGrids, timeZone = 'UTC') {
  return parseWorkbook({ Reps: REPS, ...grids }, { defaultTimeZone: timeZone });
}

/** The issues of one tab, as [row, column, severity] triples, for compact assertions. */
export function where(
  issues: readonly DataIssue[],
  tab: string,
): [number | null, string | null, string][] {
  return issues.filter((i) => i.tab === tab).map((i) => [i.row, i.column, i.severity]);
}

export function tab(header: Cell[], ...rows: Cell[][]): Grid {
  return [header, ...rows];
}
