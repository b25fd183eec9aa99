// The data the Dashboard sidebar shows: plain JSON, sent through google.script.run.
import type { RepChoice, TeamHealthData } from './toolkit-types';

export interface TeamTotals {
  readonly label: string;
  /** The period label, e.g. 2026-W48 or 2026-11. */
  readonly period: string;
  readonly revenue: number;
  readonly wonDeals: number;
  readonly newPipeline: number;
  readonly activityPoints: number;
  /** Team revenue against the summed revenue targets, or null unless every rep has one (the engine's group rule). */
  readonly attainmentPct: number | null;
}

export interface TopRep {
  /** The engine's competition rank on this month's revenue board (1, 2, 2, 4). */
  readonly rank: number;
  readonly repId: string;
  readonly name: string;
  readonly initials: string;
  /** The board's value: revenue as ranked. */
  readonly revenue: number;
  readonly attainmentPct: number | null;
}

export interface LiveContest {
  readonly contestId: string;
  readonly name: string;
  readonly endsOn: string;
  /** Who is ranked first (reps by name, teams by team); several when they tie; none before any result. */
  readonly leaders: readonly string[];
  readonly leaderValue: number | null;
}

export interface AlertLine {
  readonly kind: string;
  readonly name: string | null;
  readonly message: string;
}

export interface RecentBadge {
  readonly badgeId: string;
  readonly badgeName: string;
  readonly repName: string;
  readonly earnedOn: string;
}

export interface DashboardData {
  readonly teamName: string;
  readonly asOf: string;
  readonly currency: string;
  readonly totals: readonly TeamTotals[];
  readonly top: readonly TopRep[];
  readonly contests: readonly LiveContest[];
  readonly coachingDue: readonly AlertLine[];
  readonly proposedPlans: readonly AlertLine[];
  readonly issues: number;
  readonly badges: readonly RecentBadge[];
  /** Manager only: tiers, plans, coaching, training and hiring counts. */
  readonly health: TeamHealthData;
  /** The reps the per-rep panel can show (active reps, by name). */
  readonly reps: readonly RepChoice[];
  /** From 80 % of Sheets' 10 million cells: what the workbook uses and why it matters; else null. */
  readonly cellWarning?: string | null;
  /** Auto-recalculation and its trigger budget; absent where the handler adds none. */
  readonly autoRecalculate?: AutoRecalculateInfo;
}

/** Whether the time-driven trigger is on, how often, and what a day of runs costs of the trigger budget. */
export interface AutoRecalculateInfo {
  readonly on: boolean;
  /** The planned interval (what turning it on would use, when off). */
  readonly everyMinutes: number;
  readonly runsPerDay: number;
  /** Trigger minutes a day at that interval; null before any run was measured. */
  readonly minutesPerDay: number | null;
  /** The trigger owner's daily budget: 90 (personal) or 360 (Workspace). */
  readonly budgetMinutes: number;
  /** The manager's words for it (interval, run time, budget, why). */
  readonly words: string;
}
