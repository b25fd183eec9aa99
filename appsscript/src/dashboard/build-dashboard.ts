// Builds the Dashboard sidebar's data from one engine result (read from its output tables by column name).
import type { EngineResult } from '../../../shared/engine';
import { isoDay } from '../../../shared/time';
import { num, numOrNull, type Row, rowsOf, str } from './rows';
import { repChoices, teamHealthData } from './team-health';
import type {
  AlertLine,
  DashboardData,
  LiveContest,
  RecentBadge,
  TeamTotals,
  TopRep,
} from './types';

function totals(rows: Row[], kind: string, label: string): TeamTotals | null {
  const mine = rows.filter((r) => r('period_kind') === kind);
  if (mine.length === 0) return null;
  let revenue = 0;
  let target = 0;
  let withTarget = 0;
  for (const r of mine) {
    revenue += num(r('revenue'));
    const t = numOrNull(r('revenue_target'));
    if (t !== null) {
      target += t;
      withTarget++;
    }
  }
  return {
    label,
    period: str(mine[0]!('period')),
    revenue,
    wonDeals: mine.reduce((s, r) => s + num(r('won_deals')), 0),
    newPipeline: mine.reduce((s, r) => s + num(r('new_pipeline')), 0),
    activityPoints: Math.round(mine.reduce((s, r) => s + num(r('activity_points')), 0) * 100) / 100,
    attainmentPct: withTarget > 0 && target > 0 ? Math.round((revenue / target) * 1000) / 10 : null,
  };
}

/** This month's top five by revenue; ties by attainment, then rep id. */
function top5(rows: Row[]): TopRep[] {
  return rows
    .filter((r) => r('period_kind') === 'month')
    .map((r) => ({
      repId: str(r('rep_id')),
      name: str(r('name')),
      revenue: num(r('revenue')),
      attainmentPct: numOrNull(r('attainment_pct')),
    }))
    .sort(
      (a, b) =>
        b.revenue - a.revenue ||
        (b.attainmentPct ?? -1) - (a.attainmentPct ?? -1) ||
        (a.repId < b.repId ? -1 : a.repId > b.repId ? 1 : 0),
    )
    .slice(0, 5)
    .map((r, i) => ({ rank: i + 1, ...r }));
}

export function buildDashboard(result: EngineResult): DashboardData {
  const { tables, workbook, settings, asOf } = result;
  const names = new Map(workbook.reps.map((r) => [r.repId, r.name]));
  const scorecard = rowsOf(tables, 'Scorecard');
  const standings = rowsOf(tables, 'Standings');
  const alerts = rowsOf(tables, 'Alerts');

  const contests: LiveContest[] = workbook.contests
    .filter((c) => c.start <= asOf && asOf <= c.end)
    .map((c) => {
      const leader = standings.find((r) => r('contest_id') === c.contestId && r('rank') === 1);
      const who = leader ? str(leader('rep_id')) : null;
      return {
        contestId: c.contestId,
        name: c.name,
        endsOn: isoDay(c.end),
        leader: who === null ? null : (names.get(who) ?? who),
        leaderValue: leader ? numOrNull(leader('value')) : null,
      };
    });

  const alertLines = (kind: string): AlertLine[] =>
    alerts
      .filter((r) => r('kind') === kind)
      .map((r) => ({
        kind,
        name: r('name') === null ? null : str(r('name')),
        message: str(r('message')),
      }));

  const badgeNames = new Map(
    result.model.badges.map((b) => [b.badgeId, `${b.icon ?? ''} ${b.name}`.trim()]),
  );
  const badges: RecentBadge[] = rowsOf(tables, 'Awards')
    .map((r) => ({
      badgeId: str(r('badge_id')),
      badgeName: badgeNames.get(str(r('badge_id'))) ?? str(r('badge_id')),
      repName: names.get(str(r('rep_id'))) ?? str(r('rep_id')),
      earnedOn: str(r('earned_on')),
    }))
    .sort((a, b) => (a.earnedOn < b.earnedOn ? 1 : a.earnedOn > b.earnedOn ? -1 : 0))
    .slice(0, 5);

  return {
    teamName: settings.teamName,
    asOf: isoDay(asOf),
    currency: settings.currency,
    totals: [
      totals(scorecard, 'week', 'This week'),
      totals(scorecard, 'month', 'This month'),
    ].filter((t): t is TeamTotals => t !== null),
    top: top5(scorecard),
    contests,
    coachingDue: alertLines('coaching_overdue'),
    proposedPlans: alertLines('action_plan_proposed'),
    issues: result.issues.length,
    badges,
    health: teamHealthData(result.model.toolkit.health),
    reps: repChoices(result),
  };
}
