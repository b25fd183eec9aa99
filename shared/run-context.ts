// The one context of a recalculation: what the engine's steps read, built once per run.
//
// Every step takes `ctx: Pick<RunContext, …>` (the part it reads) and returns its typed result;
// a step that builds on earlier results takes them as a second, typed argument. What a run
// derives once (the deal index, the period figures, the badge windows and working days) lives
// here, so no step keeps a cache keyed on object identity.
import { type BadgeWindows, badgeWindowsOf, effectiveBadges } from './badges';
import {
  buildDealIndex,
  buildLedger,
  buildTargets,
  type DealIndex,
  type Ledger,
  type PeriodMetricsOf,
  periodMetricsOf,
  type Targets,
} from './metrics';
import type { Calendar, Day } from './time';
import {
  type BadgeDef,
  type Figure,
  type Recognition,
  type Rep,
  type Settings,
  stoppedFigures,
  type Workbook,
} from './workbook';

export interface RunContext {
  /** The parsed workbook, for steps that read whole tabs (toolkit, incentives, feed). */
  readonly workbook: Workbook;
  readonly settings: Settings;
  /** The last day counted: figures dated after it are not known yet. */
  readonly asOf: Day;
  readonly reps: readonly Rep[];
  readonly calendar: Calendar;
  readonly recognition: readonly Recognition[];
  readonly ledger: Ledger;
  readonly targets: Targets;
  /** Per-rep sorted deals: open pipeline and cycle time. */
  readonly deals: DealIndex;
  /** A rep's figures for a period, each worked out once per run. */
  readonly metricsOf: PeriodMetricsOf;
  /** The badge catalogue in effect (effectiveBadges), before the figure gate. */
  readonly badges: readonly BadgeDef[];
  readonly badgeWindows: BadgeWindows;
  /** Figures whose column is missing: left out everywhere, never shown as zero. */
  readonly stopped: ReadonlySet<Figure>;
}

/** Builds a run's context from the parsed workbook and the as-of day. */
export function buildRunContext(workbook: Workbook, asOf: Day): RunContext {
  const ledger = buildLedger(workbook);
  const targets = buildTargets(workbook);
  const deals = buildDealIndex(workbook.deals);
  const calendar = workbook.calendar;
  return {
    workbook,
    settings: workbook.settings,
    asOf,
    reps: workbook.reps,
    calendar,
    recognition: workbook.recognition,
    ledger,
    targets,
    deals,
    metricsOf: periodMetricsOf({ ledger, targets, calendar, deals }),
    // Hi-five milestones join the built-in catalogue; with a Badges tab, only the rows kept there.
    badges: effectiveBadges(workbook),
    badgeWindows: badgeWindowsOf({ ledger, calendar, asOf }),
    stopped: stoppedFigures(workbook.notComputed),
  };
}
