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
  /** Team revenue against the summed revenue targets, or null when no rep has one. */
  readonly attainmentPct: number | null;
}

export interface TopRep {
  readonly rank: number;
  readonly repId: string;
  readonly name: string;
  readonly revenue: number;
  readonly attainmentPct: number | null;
}

export interface LiveContest {
  readonly contestId: string;
  readonly name: string;
  readonly endsOn: string;
  readonly leader: string | null;
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
}
