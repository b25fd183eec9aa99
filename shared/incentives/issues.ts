// Data issues of the incentives engine: plan matching and SPIF contests.
import type { DataIssue } from '../issues';
import type { IncentiveRun } from './context';
import { planIssues } from './plan-match';
import { spiffIssues } from './spiff';

export function incentiveIssues(run: IncentiveRun): DataIssue[] {
  const plans = run.workbook.commissionPlans;
  return [...planIssues(run.workbook.reps, plans, run.asOf), ...spiffIssues(plans, run.contests)];
}
