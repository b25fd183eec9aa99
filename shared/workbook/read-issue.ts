// Builders of DataIssue rows for the workbook readers.

import type { DataIssue, IssueSeverity } from '../issues';
import type { TabName } from './spec';

export function issue(
  tab: string,
  row: number | null,
  column: string | null,
  value: string | null,
  problem: string,
  fix: string,
  severity: IssueSeverity,
): DataIssue {
  return { tab, row, column, value, problem, fix, severity };
}

/** The issue for a required tab that is not in the workbook. */
export function missingTabIssue(tab: TabName): DataIssue {
  return issue(
    tab,
    null,
    null,
    null,
    `The ${tab} tab is missing, so nothing can be computed.`,
    `Add a tab named "${tab}" (run Set up to create it with its headers).`,
    'error',
  );
}
