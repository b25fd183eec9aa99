// The manager-only parts of the Dashboard sidebar: Team health, the per-rep panel and the what-if (plain JSON).
import type { Payout, WhatIf } from '../../../shared/incentives';
import type { PlanTracking, RepAssessment, TeamHealth } from '../../../shared/toolkit';

type HiringFunnel = TeamHealth['hiring'][number];

/** The toolkit's TeamHealth without what the sidebar does not show (alerts, outcomes, role ids). */
export interface TeamHealthData
  extends Pick<TeamHealth, 'reps' | 'tiers' | 'coaching' | 'training'> {
  readonly plans: Omit<TeamHealth['plans'], 'outcomesToDecide'>;
  readonly hiring: readonly Pick<HiringFunnel, 'title' | 'stages' | 'stalled'>[];
}

/** A rep the panel can show, for the chooser. */
export type RepChoice = Pick<RepAssessment, 'repId' | 'name' | 'tier'>;

export interface CoachingSession {
  readonly date: string;
  readonly focus: string;
  readonly nextStep: string;
  /** The follow-up date, or '' when none was set. */
  readonly followUp: string;
  /** done, due, overdue or upcoming; '' without a follow-up date. */
  readonly followUpState: string;
}

/** An open plan's tracking, with its dates as ISO text. */
export interface OpenPlan
  extends Pick<
    PlanTracking,
    'planId' | 'metric' | 'target' | 'value' | 'progressPct' | 'elapsedPct' | 'daysLeft'
  > {
  readonly ends: string;
  /** The first check-in not yet held, or null when all are held. */
  readonly nextCheckIn: { readonly date: string; readonly state: string } | null;
}

export interface ProposedPlan {
  readonly target: number;
  readonly opens: string;
  readonly ends: string;
  readonly reason: string;
}

export interface TrainingDue {
  readonly course: string;
  readonly due: string;
  /** due or overdue. */
  readonly state: string;
}

export interface RepPanelData {
  readonly repId: string;
  readonly name: string;
  readonly currency: string;
  readonly asOf: string;
  readonly tier: string | null;
  /** The Assessment tab's one-line verdict; '' for a rep who is not active. */
  readonly summary: string;
  /** This month's figures from the engine's scorecard, or null for a rep it does not list (inactive). */
  readonly month: {
    readonly period: string;
    readonly revenue: number;
    readonly target: number | null;
    readonly attainmentPct: number | null;
  } | null;
  readonly coaching: {
    readonly lastSession: string | null;
    readonly daysSince: number | null;
    readonly overdue: boolean;
    /** The latest sessions, newest first (at most REP_PANEL_SESSIONS). */
    readonly sessions: readonly CoachingSession[];
    readonly totalSessions: number;
  };
  readonly plan: OpenPlan | null;
  readonly proposal: ProposedPlan | null;
  readonly training: readonly TrainingDue[];
  /** The current pay period's commission so far, or null when no plan pays the rep. */
  readonly commission: { readonly period: string; readonly total: number } | null;
  /** The rep's personal private-page link (the key is in it), or null when the rep has none. */
  readonly privateLink: string | null;
}

/** A payout as the sidebar reads it (the engine's Payout has more). */
export type PayoutFigures = Pick<Payout, 'total' | 'revenue' | 'attainmentPct'>;

/** What getWhatIf answers: the engine's what-if result, of which the sidebar reads these fields. */
export interface WhatIfData extends Omit<WhatIf, 'before' | 'after'> {
  readonly before: PayoutFigures | null;
  readonly after: PayoutFigures | null;
  /** The engine's what-if in the manager's words (shared/incentives `whatIfText`). */
  readonly explanation: string;
}
