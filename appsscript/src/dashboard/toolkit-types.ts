// The manager-only parts of the Dashboard sidebar: Team health, the per-rep panel and the what-if (plain JSON).

export interface TeamHealthData {
  readonly reps: number;
  readonly tiers: {
    readonly A: number;
    readonly B: number;
    readonly C: number;
    readonly untiered: number;
    readonly inRamp: number;
  };
  readonly plans: {
    readonly open: number;
    readonly proposed: number;
    readonly checkInsDue: number;
    readonly checkInsOverdue: number;
  };
  readonly coaching: {
    readonly overdue: number;
    readonly followUpsDue: number;
    readonly followUpsOverdue: number;
  };
  readonly training: {
    readonly due: number;
    readonly overdue: number;
    readonly completionPct: number | null;
  };
  readonly hiring: readonly {
    readonly title: string;
    readonly stages: readonly { readonly stage: string; readonly count: number }[];
    readonly stalled: number;
  }[];
}

/** A rep the panel can show, for the chooser. */
export interface RepChoice {
  readonly repId: string;
  readonly name: string;
  readonly tier: string | null;
}

export interface CoachingSession {
  readonly date: string;
  readonly focus: string;
  readonly nextStep: string;
  /** The follow-up date, or '' when none was set. */
  readonly followUp: string;
  /** done, due, overdue or upcoming; '' without a follow-up date. */
  readonly followUpState: string;
}

export interface OpenPlan {
  readonly planId: string;
  readonly metric: string;
  readonly target: number | null;
  readonly value: number;
  readonly progressPct: number | null;
  /** Where progress should be by now (share of the plan's days elapsed). */
  readonly elapsedPct: number;
  readonly ends: string;
  readonly daysLeft: number;
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
  /** This month's figures from the Scorecard, or null when the rep has no month row. */
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
}

/** A payout as the sidebar reads it (the engine's Payout has more). */
export interface PayoutFigures {
  readonly total: number;
  readonly revenue: number;
  readonly attainmentPct: number | null;
  readonly explanation: string;
}

/** What getWhatIf answers: the engine's what-if result, of which the sidebar reads these fields. */
export interface WhatIfData {
  readonly repId: string;
  readonly extraAmount: number;
  readonly before: PayoutFigures | null;
  readonly after: PayoutFigures | null;
  readonly delta: number;
  readonly explanation: string;
}
