// The incentives entry point for runEngine: payouts, the Commissions table, issues, statement and what-if.
import type { ContestResult } from '../contests';
import type { DataIssue } from '../issues';
import type { Table } from '../outputs';
import type { RunContext } from '../run-context';
import type { Day } from '../time';
import type { Workbook } from '../workbook';
import { type IncentiveRun, prepareIncentives } from './context';
import { incentiveIssues } from './issues';
import { commissionStatement, type Statement } from './statement';
import { type CommissionRow, commissionRows, commissionsTable } from './table';
import type { ContestLookup } from './types';
import { type WhatIf, whatIf } from './what-if';

export interface IncentivesResult {
  readonly run: IncentiveRun;
  /** Per rep: the previous pay period, then the current one. */
  readonly rows: readonly CommissionRow[];
  readonly table: Table;
  readonly issues: readonly DataIssue[];
  whatIf(repId: string, extraAmount: number): WhatIf;
  statement(repId: string, day?: Day): Statement | null;
}

export function contestLookup(results: readonly ContestResult[]): ContestLookup {
  const byId = new Map<string, ContestResult>();
  for (const r of results) if (!byId.has(r.contest.contestId)) byId.set(r.contest.contestId, r);
  return (id) => byId.get(id);
}

/** Pay for a run: its workbook, figures and as-of day, and the contests already evaluated. */
export function runIncentives(
  ctx: Pick<RunContext, 'ledger' | 'targets' | 'asOf'> & {
    readonly workbook: Workbook;
    readonly contests: readonly ContestResult[] | ContestLookup;
  },
): IncentivesResult {
  const { workbook, ledger, targets, contests, asOf } = ctx;
  const lookup = typeof contests === 'function' ? contests : contestLookup(contests);
  const run = prepareIncentives({ workbook, ledger, targets, contests: lookup, asOf });
  const rows = commissionRows(run);
  return {
    run,
    rows,
    table: commissionsTable(run, rows),
    issues: incentiveIssues(run),
    whatIf: (repId, extraAmount) => whatIf(run, repId, extraAmount),
    statement: (repId, day) => commissionStatement(run, repId, day),
  };
}
