// Hand-built workbooks for the incentives specs: reps, deals, targets, plans and contest results.
import type { ContestResult, StandingEntry } from '../../../shared/contests';
import { type IncentiveRun, prepareIncentives } from '../../../shared/incentives';
import { buildLedger } from '../../../shared/metrics/ledger';
import { buildTargets } from '../../../shared/metrics/targets';
import {
  type CommissionPlan,
  type Contest,
  type Deal,
  parseWorkbook,
  type Rep,
  type Target,
  type Workbook,
} from '../../../shared/workbook';
import { d, rep } from '../fixtures/records';

export { d, rep };

/** A deal closed on `closed`; `won` marks a deal won then and lost on `closed` (column won_date). */
export function deal(
  row: number,
  repId: string,
  amount: number,
  closed: string,
  status: Deal['status'] = 'won',
  won?: string,
): Deal {
  const close = d(closed);
  return {
    row,
    dealId: `D${row}`,
    repId,
    account: `Account ${row}`,
    product: null,
    amount,
    stage: null,
    status,
    createdDay: null,
    closeDay: status === 'open' ? null : close,
    closeAt: status === 'open' ? null : close * 1440 + 600,
    expectedCloseDay: null,
    wonDay: won ? d(won) : null,
  };
}

export function target(row: number, repId: string, period: string, amount: number): Target {
  return {
    row,
    repId,
    period,
    periodKind: period.includes('Q') ? 'quarter' : 'month',
    metric: 'revenue',
    target: amount,
  } as Target;
}

export function plan(extra: Partial<CommissionPlan> = {}): CommissionPlan {
  return {
    row: 2,
    planId: 'P1',
    appliesTo: 'r1',
    period: 'month',
    baseRatePct: 5,
    tiers: [
      { fromPct: 100, multiplier: 1.5 },
      { fromPct: 125, multiplier: 2 },
    ],
    tierMode: 'marginal',
    cap: null,
    spiffContestIds: [],
    draw: null,
    effectiveFrom: null,
    effectiveTo: null,
    ...extra,
  };
}

export function contest(
  id: string,
  end: string,
  prize: string | null,
  row = 2,
  kind: Contest['kind'] = 'most',
): Contest {
  return {
    row,
    contestId: id,
    name: `Race ${id}`,
    kind,
    metric: 'revenue',
    start: d(end) - 13,
    end: d(end),
    goal: null,
    team: null,
    prize,
    description: null,
    public: true,
  };
}

/** A contest result with the given places: [repId or null, team or null, rank, value]. */
export function result(
  c: Contest,
  status: ContestResult['status'],
  places: [string | null, string | null, number, number | null][],
): ContestResult {
  const standings: StandingEntry[] = places.map(([repId, team, rank, value]) => ({
    contestId: c.contestId,
    rank,
    repId,
    team,
    value,
    progressPct: null,
    finishedAt: null,
    fact: { kind: 'nothing_counted' },
    tiedWithRank: null,
  }));
  return {
    contest: c,
    status,
    rulesHash: 'x',
    window: { start: c.start, end: c.end, cutoff: c.end },
    standings,
    series: [],
  };
}

export interface World {
  reps?: Rep[];
  deals?: Deal[];
  targets?: Target[];
  plans?: CommissionPlan[];
  contests?: ContestResult[];
}

export function workbook(w: World): Workbook {
  const base = parseWorkbook({}, { defaultTimeZone: 'UTC' }).workbook;
  return {
    ...base,
    reps: w.reps ?? [rep('r1')],
    deals: w.deals ?? [],
    targets: w.targets ?? [],
    commissionPlans: w.plans ?? [plan()],
    contests: (w.contests ?? []).map((r) => r.contest),
  };
}

export function runOf(w: World, asOf: string): IncentiveRun {
  const wb = workbook(w);
  const byId = new Map((w.contests ?? []).map((r) => [r.contest.contestId, r] as const));
  return prepareIncentives({
    workbook: wb,
    ledger: buildLedger(wb),
    targets: buildTargets(wb),
    contests: (id) => byId.get(id),
    asOf: d(asOf),
  });
}
