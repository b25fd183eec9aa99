// The slices of the workbook, ledger and targets the toolkit reads (a full Workbook, Ledger and Targets fit).
import type { Calendar } from '../time';
import type { Period } from '../time';
import type { Day } from '../time';
import type { CandidateStage, PlanTemplate } from '../workbook';

// Structural views of the workbook records (docs/architecture.md): the toolkit names only the
// fields it reads, so tests can build small workbooks by hand and the full records still fit.

export interface ToolkitSettings {
  readonly currency: string;
  readonly tierAMinPct: number;
  readonly tierBMinPct: number;
  readonly assessmentPeriods: number;
  readonly actionPlanTriggerPct: number;
  readonly actionPlanTriggerPeriods: number;
  readonly rampMonths: number;
  readonly coachingCadenceDays: number;
  readonly hiringStallDays: number;
}

export interface ToolkitRep {
  readonly row: number;
  readonly repId: string;
  readonly name: string;
  readonly team: string | null;
  readonly startDate: Day | null;
  readonly active: boolean;
}

export interface ToolkitDeal {
  readonly row: number;
  readonly repId: string;
  readonly amount: number;
  readonly status: 'open' | 'won' | 'lost';
  readonly expectedCloseDay: Day | null;
}

export interface ToolkitTraining {
  readonly row: number;
  readonly repId: string;
  readonly course: string;
  readonly category: 'product' | 'technique' | null;
  readonly assigned: Day | null;
  readonly due: Day | null;
  readonly completed: Day | null;
  readonly score: number | null;
}

export interface ToolkitCoaching {
  readonly row: number;
  readonly day: Day;
  readonly repId: string;
  readonly coach: string | null;
  readonly focus: string | null;
  readonly feedback: string | null;
  readonly nextStep: string | null;
  readonly followUp: Day | null;
}

export type PlanStatus = 'open' | 'met' | 'not_met' | 'closed';

export interface ToolkitActionPlan {
  readonly row: number;
  readonly planId: string;
  readonly repId: string;
  readonly opened: Day;
  readonly ends: Day;
  readonly reason: string | null;
  readonly metric: string | null;
  readonly target: number | null;
  readonly steps: readonly string[];
  readonly checkIns: readonly Day[];
  readonly status: PlanStatus;
}

export interface ToolkitRole {
  readonly row: number;
  readonly roleId: string;
  readonly title: string;
  readonly competencies: readonly string[];
  readonly mustHaves: readonly string[];
}

export interface ToolkitCandidate {
  readonly row: number;
  readonly candidateId: string;
  readonly name: string;
  readonly roleId: string;
  /** As the Candidates tab reads it (a blank stage is sourced, an unknown one a Candidates issue). */
  readonly stage: CandidateStage;
  readonly applied: Day | null;
  readonly stageDate: Day | null;
  readonly scores: Readonly<Record<string, number>>;
  readonly referencesChecked: number | null;
}

export interface ToolkitWorkbook {
  readonly settings: ToolkitSettings;
  readonly calendar: Calendar;
  readonly reps: readonly ToolkitRep[];
  readonly deals: readonly ToolkitDeal[];
  readonly training: readonly ToolkitTraining[];
  readonly coaching: readonly ToolkitCoaching[];
  readonly actionPlans: readonly ToolkitActionPlan[];
  readonly roles: readonly ToolkitRole[];
  readonly candidates: readonly ToolkitCandidate[];
  /** The Plan Template tab (null or absent: the built-in template). */
  readonly planTemplate?: PlanTemplate | null;
  /**
   * The input tabs present (Workbook.tabs). A missing optional tab turns its feature off; absent
   * (hand-built workbooks) counts every tab as present.
   */
  readonly tabs?: ReadonlySet<string>;
}

/** Toolkit features and the tabs that turn them on: any one of them present is enough. */
export const FEATURE_TABS = {
  coaching: ['Coaching'],
  training: ['Training'],
  actionPlans: ['Action Plans'],
  hiring: ['Candidates', 'Roles'],
} as const;

/** Whether a feature is on: one of its tabs is in the workbook (see ToolkitWorkbook.tabs). */
export function featureOn(workbook: ToolkitWorkbook, feature: keyof typeof FEATURE_TABS): boolean {
  const tabs = workbook.tabs;
  return tabs === undefined || FEATURE_TABS[feature].some((t) => tabs.has(t));
}

/** The one ledger method the toolkit needs: an inclusive range sum (0 outside the data). */
export interface LedgerView {
  sum(repId: string, metric: string, start: Day, end: Day): number;
}

/** The one targets method the toolkit needs: a period's target, or null when none is set. */
export interface TargetsView {
  forPeriod(repId: string, metric: string, period: Period): number | null;
}

/** Everything a toolkit rule reads: the workbook, its ledger and targets, and the as-of day. */
export interface ToolkitInput {
  readonly workbook: ToolkitWorkbook;
  readonly ledger: LedgerView;
  readonly targets: TargetsView;
  readonly asOf: Day;
}

/** How far ahead "due" looks: items falling due within this many days from the as-of day. */
export const DUE_SOON_DAYS = 7;
