// Small builders for workbook grids in tests.
import type { DataIssue } from '../../../shared/issues';
import type { Cell, Grid, WorkbookGrids } from '../../../shared/workbook';
import { parseWorkbook } from '../../../shared/workbook';

export const REPS: Grid = [
  ['rep_id', 'name', 'team'],
  ['r1', 'Ada', 'North'],
  ['r2', 'Grace', 'South'],
];

/** True for the header error saying a figure is not computed (a small test tab lacks `amount`...). */
export function isNotComputed(i: DataIssue): boolean {
  return i.row === 1 && i.problem.includes('not computed');
}

/**
 * Parses a workbook with a default Reps tab (override by passing Reps). Rule tests use small
 * tabs without every column a figure needs: the resulting "not computed" errors are left out
 * here and tested in fail-closed.test.ts and fail-closed-engine.test.ts.
 */
export function parse(grids: WorkbookGrids, timeZone = 'UTC') {
  const result = parseWorkbook({ Reps: REPS, ...grids }, { defaultTimeZone: timeZone });
  return { ...result, issues: result.issues.filter((i) => !isNotComputed(i)) };
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
