// runEngine: the whole recalculation, from raw workbook grids to output tables and the public snapshot.
import {
  type Award,
  compareAwards,
  computeLevels,
  evaluateBadgeSet,
  milestoneAwards,
  type Progress,
  type RepLevel,
  trainingBadgeAwards,
} from './badges';
import { awardsTable } from './badges';
import { type ContestResult, evaluateContests, standingsTable } from './contests';
import { type IncentivesResult, runIncentives } from './incentives';
import type { DataIssue } from './issues';
import {
  computeHistory,
  computeLeaderboards,
  computeScorecard,
  computeStreaks,
  historyTable,
  type Leaderboard,
  type Ledger,
  type RepStreaks,
  type ScorecardEntry,
  scorecardTable,
  type Targets,
} from './metrics';
import { figureGate } from './figures';
import { issuesTable } from './outputs';
import type { Table } from './outputs';
import { buildFeed, type FeedEntry } from './recognition';
import type { Snapshot } from './snapshot';
import { buildSnapshot } from './snapshot';
import { buildRunContext } from './run-context';
import { snapshotInput } from './snapshot-input';
import { dayOfAt, instantToAt, isValidTimeZone, parseIsoDay } from './time';
import type { Day } from './time';
import { type ToolkitResult, runToolkit, tierLookup } from './toolkit';
import {
  type BadgeDef,
  parseWorkbook,
  type Settings,
  sortIssues,
  type Workbook,
  type WorkbookGrids,
} from './workbook';

export interface EngineOptions {
  /** The moment of the run: picks the as-of day (when not given) and stamps generatedAt. */
  readonly now: Date;
  /** The zone used when Settings has no valid time_zone (the spreadsheet's; the CLI's is UTC). */
  readonly defaultTimeZone: string;
  /** Overrides Settings' time_zone (the CLI's --time-zone). */
  readonly timeZone?: string;
  /** `YYYY-MM-DD`: compute as of the end of this day instead of today. */
  readonly asOf?: string;
  /** Problems the platform found while reading the input (e.g. a malformed CSV file); they join the Issues tab. */
  readonly inputIssues?: readonly DataIssue[];
}

/** Typed results the sidebar and dialogs show, beside the tables. */
export interface EngineModel {
  readonly ledger: Ledger;
  readonly targets: Targets;
  /** The badge catalogue in effect (effectiveBadges): show names and icons from here, not from Workbook.badgeRows. */
  readonly badges: readonly BadgeDef[];
  readonly scorecard: readonly ScorecardEntry[];
  readonly leaderboards: readonly Leaderboard[];
  readonly contests: readonly ContestResult[];
  readonly awards: readonly Award[];
  readonly progress: readonly Progress[];
  readonly levels: readonly RepLevel[];
  readonly streaks: readonly RepStreaks[];
  readonly feed: readonly FeedEntry[];
  readonly toolkit: ToolkitResult;
  readonly incentives: IncentivesResult;
}

export interface EngineResult {
  readonly settings: Settings;
  readonly workbook: Workbook;
  readonly asOf: Day;
  readonly issues: readonly DataIssue[];
  /** Output tabs in their fixed order: Scorecard, History, Standings, Awards, Alerts, Assessment, Hiring, Commissions, Issues. */
  readonly tables: readonly Table[];
  readonly snapshot: Snapshot;
  /**
   * Why nothing may be published (no rep could be read), or null. When set, callers publish
   * nothing: the CLI writes no snapshot and exits non-zero; the Issues tab says why.
   */
  readonly nothingUsable: string | null;
  readonly model: EngineModel;
}

export const OUTPUT_TABS = [
  'Scorecard',
  'History',
  'Standings',
  'Awards',
  'Alerts',
  'Assessment',
  'Hiring',
  'Commissions',
  'Issues',
] as const;

export function runEngine(grids: WorkbookGrids, options: EngineOptions): EngineResult {
  return runParsed(parseInput(grids, options), options);
}

/** The workbook read from its grids, with the data issues found: what runParsed takes. */
export type ParsedInput = ReturnType<typeof parseWorkbook>;

/**
 * The first half of runEngine: reads the grids. Nothing after it reads them, so a caller that
 * holds the only reference (the CLI, which read them from files) can drop them before
 * runParsed and the run's peak memory no longer holds the grids and the results at once.
 */
export function parseInput(grids: WorkbookGrids, options: EngineOptions): ParsedInput {
  const defaultTimeZone = isValidTimeZone(options.defaultTimeZone)
    ? options.defaultTimeZone
    : 'UTC';
  // Dates are checked within 50 years of the as-of day; its year is all the window needs, so the
  // UTC day of `now` stands in before the time zone is known.
  const around =
    (options.asOf === undefined ? null : parseIsoDay(options.asOf)) ??
    Math.floor(options.now.getTime() / 86_400_000);
  return parseWorkbook(grids, {
    defaultTimeZone,
    around,
    ...(options.timeZone !== undefined ? { timeZone: options.timeZone } : {}),
  });
}

/** The second half of runEngine: every figure, table and the snapshot from the parsed workbook. */
export function runParsed(parsed: ParsedInput, options: EngineOptions): EngineResult {
  const { workbook } = parsed;
  const settings = workbook.settings;
  const issues: DataIssue[] = [...(options.inputIssues ?? []), ...parsed.issues];
  const asOf = resolveAsOf(options, settings.timeZone, issues);

  // What every step reads, built once; each step takes the part it reads (see run-context.ts).
  const ctx = buildRunContext(workbook, asOf);
  const { ledger, targets, badges, stopped } = ctx;

  // The scorecard, history and leaderboards share the run's rep figures per period (ctx.metricsOf).
  const scorecard = computeScorecard(ctx);
  const history = computeHistory(ctx);
  // A figure whose column is missing is left out everywhere, never shown as zero (issue 11).
  const gate = figureGate(stopped);
  const leaderboards = gate.leaderboards(computeLeaderboards(ctx));
  const contests = evaluateContests({ ...ctx, contests: gate.contests(workbook.contests) });
  // Training badges come from completed courses, milestones from hi-fives received, the rest
  // from the metrics (one pass gives awards and progress).
  const judged = evaluateBadgeSet({ ...ctx, badges: gate.badges(badges) });
  const awards = [...judged.awards, ...trainingBadgeAwards(ctx), ...milestoneAwards(ctx)].sort(
    compareAwards,
  );
  const progress = [...judged.progress];
  const levels = computeLevels({ ...ctx, awards, contests });
  const streaks = computeStreaks(ctx);
  const feed = buildFeed({
    ...ctx,
    awards,
    contests,
    deals: workbook.deals,
    bigDealAmount: settings.bigDealAmount,
  });
  const nothingUsable =
    workbook.reps.length === 0
      ? 'Nothing usable was read: no rep could be read from the Reps tab, so nothing is published.'
      : null;
  if (nothingUsable !== null)
    issues.push({
      tab: 'Reps',
      row: null,
      column: null,
      value: null,
      problem: nothingUsable,
      fix: 'Fix the Reps problems listed in Issues (or add a Reps tab with rep_id and name), then run again.',
      severity: 'error',
    });
  const toolkit = runToolkit(ctx);
  // Pay on a revenue that is not computed would be a silent zero: no statement is written.
  const payable = !stopped.has('revenue');
  const incentives = runIncentives({
    ...ctx,
    workbook: payable ? workbook : { ...workbook, commissionPlans: [] },
    contests,
  });
  if (!payable && workbook.commissionPlans.length > 0)
    issues.push({
      tab: 'Commission Plans',
      row: null,
      column: null,
      value: null,
      problem:
        'Commissions are not computed: revenue is not, because of the Deals column error listed above.',
      fix: 'Fix the Deals column named in the error above, then recalculate: the statements come back.',
      severity: 'error',
    });
  issues.push(...incentives.issues);
  sortIssues(issues);

  const tables: Table[] = [
    gate.table(
      scorecardTable(ledger, scorecard, settings.currency, tierLookup(toolkit.assessments)),
      ledger.activityTypes,
    ),
    gate.table(historyTable(ledger, history), ledger.activityTypes),
    standingsTable(contests, settings.currency),
    awardsTable(awards, badges, settings.currency),
    toolkit.tables.alerts,
    toolkit.tables.assessment,
    toolkit.tables.hiring,
    incentives.table,
    issuesTable(issues),
  ];

  const snapshot = buildSnapshot(
    snapshotInput({
      generatedAt: options.now.toISOString(),
      asOf,
      workbook,
      badges,
      scorecard,
      leaderboards,
      contests,
      awards,
      progress,
      streaks,
      feed,
    }),
  );

  return {
    settings,
    workbook,
    asOf,
    issues,
    tables,
    snapshot,
    nothingUsable,
    model: {
      ledger,
      targets,
      badges,
      scorecard,
      leaderboards,
      contests,
      awards,
      progress,
      levels,
      streaks,
      feed,
      toolkit,
      incentives,
    },
  };
}

function resolveAsOf(options: EngineOptions, timeZone: string, issues: DataIssue[]): Day {
  if (options.asOf !== undefined) {
    const day = parseIsoDay(options.asOf);
    if (day !== null) return day;
    issues.push({
      tab: 'Settings',
      row: null,
      column: null,
      value: options.asOf,
      problem: `The as-of date "${options.asOf}" is not a real date in YYYY-MM-DD form.`,
      fix: 'Give the as-of date as YYYY-MM-DD, e.g. 2026-11-26; today was used instead.',
      severity: 'warning',
    });
  }
  return dayOfAt(instantToAt(options.now, timeZone));
}
