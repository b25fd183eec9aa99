// Builds the Dashboard sidebar's data from one engine run's typed model (never from its output tables).
import { compareAwardsNewestFirst } from '../../../shared/badges';
import type { EngineResult } from '../../../shared/engine';
import { aggregatePeriodMetrics, type ScorecardKind } from '../../../shared/metrics';
import { initialsOf } from '../../../shared/snapshot';
import { isoDay } from '../../../shared/time';
import type { AlertKind } from '../../../shared/toolkit';
import { repChoices, teamHealthData } from './team-health';
import type {
  AlertLine,
  DashboardData,
  LiveContest,
  RecentBadge,
  TeamTotals,
  TopRep,
} from './types';

/** How many reps the Top 5 lists and how many recent badges the sidebar shows. */
export const TOP_N = 5;
export const RECENT_BADGES = 5;

/** The team's figures for the current period of a kind: the engine's group sums (rates from the sums). */
function totals(result: EngineResult, kind: ScorecardKind, label: string): TeamTotals | null {
  const members = result.model.scorecard.filter((e) => e.kind === kind).map((e) => e.metrics);
  const first = members[0];
  if (first === undefined) return null;
  const team = aggregatePeriodMetrics(
    members,
    first.period,
    result.asOf,
    result.workbook.calendar,
    result.model.ledger.activityTypes,
  );
  return {
    label,
    period: first.period.label,
    revenue: team.revenue,
    wonDeals: team.wonDeals,
    newPipeline: team.newPipeline,
    activityPoints: team.activityPoints,
    attainmentPct: team.attainmentPct,
  };
}

/** This month's revenue board as the engine ranked it (competition ranks; ties share a rank). */
function top(result: EngineResult, names: ReadonlyMap<string, string>): TopRep[] {
  const { leaderboards, scorecard } = result.model;
  const board = leaderboards.find((b) => b.periodKind === 'month' && b.lens === 'revenue');
  const attainment = new Map(
    scorecard.filter((e) => e.kind === 'month').map((e) => [e.rep.repId, e.metrics.attainmentPct]),
  );
  return (board?.entries ?? []).slice(0, TOP_N).map((e) => {
    const name = names.get(e.repId) ?? e.repId;
    return {
      rank: e.rank,
      repId: e.repId,
      name,
      initials: initialsOf(name),
      revenue: e.value,
      attainmentPct: attainment.get(e.repId) ?? null,
    };
  });
}

function liveContests(result: EngineResult, names: ReadonlyMap<string, string>): LiveContest[] {
  return result.model.contests
    .filter((c) => c.status === 'live')
    .map((c) => {
      const leaders = c.standings.filter((s) => s.rank === 1);
      return {
        contestId: c.contest.contestId,
        name: c.contest.name,
        endsOn: isoDay(c.contest.end),
        leaders: leaders.map((s) =>
          s.repId === null ? (s.team ?? '') : (names.get(s.repId) ?? s.repId),
        ),
        leaderValue: leaders[0]?.value ?? null,
      };
    });
}

/** The newest badges earned, in the engine's one award order (newest first, as the Awards tab). */
function recentBadges(result: EngineResult, names: ReadonlyMap<string, string>): RecentBadge[] {
  // The effective catalogue (the Badges tab, or the built-in one without it), never the tab's rows.
  const byId = new Map(result.model.badges.map((b) => [b.badgeId, b]));
  const label = (id: string) => {
    const b = byId.get(id);
    return b ? `${b.icon ?? ''} ${b.name}`.trim() : id;
  };
  return [...result.model.awards]
    .sort(compareAwardsNewestFirst)
    .slice(0, RECENT_BADGES)
    .map((a) => ({
      badgeId: a.badgeId,
      badgeName: label(a.badgeId),
      repName: names.get(a.repId) ?? a.repId,
      earnedOn: isoDay(a.earnedOn),
    }));
}

export function buildDashboard(result: EngineResult): DashboardData {
  const { workbook, settings, asOf, model } = result;
  const names = new Map(workbook.reps.map((r) => [r.repId, r.name]));
  const alertLines = (kind: AlertKind): AlertLine[] =>
    model.toolkit.alerts
      .filter((a) => a.kind === kind)
      .map((a) => ({
        kind,
        name: a.repId === null ? null : (names.get(a.repId) ?? null),
        message: a.message,
      }));
  return {
    teamName: settings.teamName,
    asOf: isoDay(asOf),
    currency: settings.currency,
    totals: [totals(result, 'week', 'This week'), totals(result, 'month', 'This month')].filter(
      (t): t is TeamTotals => t !== null,
    ),
    top: top(result, names),
    contests: liveContests(result, names),
    coachingDue: alertLines('coaching_overdue'),
    proposedPlans: alertLines('action_plan_proposed'),
    issues: result.issues.length,
    badges: recentBadges(result, names),
    health: teamHealthData(model.toolkit.health),
    reps: repChoices(result),
  };
}
