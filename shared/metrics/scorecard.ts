// The Scorecard output tab: each active rep's figures for the week, month, quarter and year of the as-of day.
import { compareText } from '../order';
import { roundTo } from '../format';
import type { OutCell, Table } from '../outputs/table';
import { type Period, periodOf } from '../time';
import type { Day } from '../time';
import type { Rep, Workbook } from '../workbook';
import { SCORECARD_KINDS, type ScorecardKind } from './boards';
import type { Ledger } from './ledger';
import { type PeriodMetricsOf, periodMetricsOf, type RepPeriodMetrics } from './period-metrics';
import type { ScorecardFact } from './scorecard-facts';
import { scorecardText } from './scorecard-words';
import type { Targets } from './targets';

export interface ScorecardEntry {
  readonly rep: Rep;
  readonly kind: ScorecardKind;
  readonly metrics: RepPeriodMetrics;
  /** What the explanation says; words: scorecard-words.ts. */
  readonly fact: ScorecardFact;
}

export type ScorecardInput = Pick<Workbook, 'calendar' | 'deals' | 'reps'> & {
  readonly settings: Pick<Workbook['settings'], 'currency'>;
};

/**
 * Orders reps by team (reps without a team after all teams), then name, then rep id.
 */
export function compareReps(a: Rep, b: Rep): number {
  if (a.team !== b.team) {
    if (a.team === null) return 1;
    if (b.team === null) return -1;
    const t = compareText(a.team, b.team);
    if (t !== 0) return t;
  }
  return compareText(a.name, b.name) || compareText(a.repId, b.repId);
}

/** The facts behind a rep's figures for a period: won deals with their rows, target, pace. */
export function periodFact(ledger: Ledger, m: RepPeriodMetrics): ScorecardFact {
  const rows = ledger.sourceRows(m.repId, 'revenue', m.period.start, m.through);
  const figures = {
    period: m.period,
    won: {
      revenue: m.revenue,
      deals: m.wonDeals,
      sources: Array.from(rows, (row) => ({ tab: 'Deals' as const, row })),
    },
    pace: { pct: m.pacePct, elapsed: m.workingDaysElapsed, days: m.workingDays },
  };
  if (m.revenueTarget === null) return { ...figures, kind: 'no_target' };
  if (m.attainmentPct === null) return { ...figures, kind: 'target_only', target: m.revenueTarget };
  return { ...figures, kind: 'attainment', target: m.revenueTarget, pct: m.attainmentPct };
}

/** The scorecard's entries, sorted by period kind (week, month, quarter, year), then compareReps. */
export function computeScorecard(
  ledger: Ledger,
  targets: Targets,
  workbook: ScorecardInput,
  asOf: Day,
  metricsOf: PeriodMetricsOf = periodMetricsOf(ledger, targets, workbook),
): ScorecardEntry[] {
  const reps = workbook.reps.filter((r) => r.active).sort(compareReps);
  const out: ScorecardEntry[] = [];
  for (const kind of SCORECARD_KINDS) {
    const period: Period = periodOf(kind, asOf, workbook.calendar);
    for (const rep of reps) {
      const metrics = metricsOf(rep.repId, period, asOf);
      out.push({ rep, kind, metrics, fact: periodFact(ledger, metrics) });
    }
  }
  return out;
}

const money = (x: number | null) => (x === null ? null : roundTo(x, 2));
const pct = (x: number | null) => (x === null ? null : roundTo(x, 1));

/**
 * The Scorecard table. Activity columns are named by the activity type as normalised in
 * Activities (`call`, `email`, ...: singular), one per type seen, in alphabetical order.
 * `tier` comes from the assessment through `tierOf` (blank without it); `currency` writes the
 * money in explanations.
 */
export function scorecardTable(
  ledger: Ledger,
  entries: readonly ScorecardEntry[],
  currency: string,
  tierOf: (repId: string) => string | null = () => null,
): Table {
  const types = ledger.activityTypes;
  const header = [
    'rep_id',
    'name',
    'team',
    'period_kind',
    'period',
    'revenue',
    'won_deals',
    'lost_deals',
    'win_rate_pct',
    'avg_deal',
    'new_pipeline',
    'open_pipeline',
    'revenue_target',
    'attainment_pct',
    'pace_pct',
    ...types,
    'activity_points',
    'tier',
    'explanation',
  ];
  const rows = entries.map(({ rep, kind, metrics: m, fact }): OutCell[] => [
    rep.repId,
    rep.name,
    rep.team,
    kind,
    m.period.label,
    money(m.revenue),
    m.wonDeals,
    m.lostDeals,
    pct(m.winRatePct),
    money(m.avgDeal),
    money(m.newPipeline),
    money(m.openPipeline),
    money(m.revenueTarget),
    pct(m.attainmentPct),
    pct(m.pacePct),
    ...types.map((t) => roundTo(m.activities[t] ?? 0, 2)),
    roundTo(m.activityPoints, 2),
    tierOf(rep.repId),
    scorecardText(fact, currency),
  ]);
  // Keyed by activity types from the data: no prototype, so `__proto__` or `constructor` is a plain key.
  const formats: Record<string, 'money' | 'percent' | 'integer' | 'number'> = Object.create(null);
  for (const c of ['revenue', 'avg_deal', 'new_pipeline', 'open_pipeline', 'revenue_target'])
    formats[c] = 'money';
  for (const c of ['win_rate_pct', 'attainment_pct', 'pace_pct']) formats[c] = 'percent';
  for (const c of ['won_deals', 'lost_deals', ...types]) formats[c] = 'integer';
  formats.activity_points = 'number';
  return {
    tab: 'Scorecard',
    note: 'Generated by Bellringer on every recalculation: each active rep for the current week, month, quarter and year, as of the run day. Edits here are not kept.',
    header,
    rows,
    formats,
  };
}
