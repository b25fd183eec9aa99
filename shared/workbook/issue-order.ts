// The one order of data issues (Issues tab, CLI, parseWorkbook): tab order of the spec, then row, then column, then problem.

import { compareText } from '../order';
import type { DataIssue } from '../issues';
import { TAB_NAMES } from './spec';

const TAB_RANK = new Map<string, number>(TAB_NAMES.map((t, i) => [t, i]));

/**
 * Input tabs in the spec's order, other tabs (a stray CSV file) after them by name; then row
 * (tab-level issues first), then column name, then problem text: a total order, so the Issues
 * tab is the same whatever order the issues were found in.
 */
export function compareIssues(a: DataIssue, b: DataIssue): number {
  const rank = (tab: string) => TAB_RANK.get(tab) ?? TAB_NAMES.length;
  return (
    rank(a.tab) - rank(b.tab) ||
    compareText(a.tab, b.tab) ||
    (a.row ?? 0) - (b.row ?? 0) ||
    compareText(a.column ?? '', b.column ?? '') ||
    compareText(a.problem, b.problem)
  );
}

/** Sorts in place with `compareIssues` and returns the same array. */
export function sortIssues<T extends DataIssue[]>(issues: T): T {
  issues.sort(compareIssues);
  return issues;
}
