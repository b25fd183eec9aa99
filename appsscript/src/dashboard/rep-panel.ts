// The per-rep panel of the sidebar: tier and verdict, this month, coaching history, plan, training, pay.
import type { EngineResult } from '../../../shared/engine';
import { isoDay } from '../../../shared/time';
import { type PlanTracking, repPanel } from '../../../shared/toolkit';
import { UserError } from '../errors';
import type { OpenPlan, RepPanelData } from './toolkit-types';

/** How many of the latest coaching sessions the panel lists. */
export const REP_PANEL_SESSIONS = 5;

function openPlan(p: PlanTracking): OpenPlan {
  const next = p.checkIns.find((c) => c.state !== 'held');
  return {
    planId: p.planId,
    metric: p.metric,
    target: p.target,
    value: p.value,
    progressPct: p.progressPct,
    elapsedPct: p.elapsedPct,
    ends: isoDay(p.ends),
    daysLeft: p.daysLeft,
    nextCheckIn: next ? { date: isoDay(next.day), state: next.state } : null,
  };
}

/** `privateLink`: the rep's personal link from the key store (appsscript/src/private/rep-link.ts), or null. */
export function buildRepPanel(
  result: EngineResult,
  repId: string,
  privateLink: string | null = null,
): RepPanelData {
  const rep = result.workbook.reps.find((r) => r.repId === repId);
  if (!rep) {
    throw new UserError(
      `There is no rep with rep_id "${repId}" in Reps.`,
      'Choose a rep from the list (Refresh the sidebar if you just added one).',
    );
  }
  const { toolkit, incentives } = result.model;
  const panel = repPanel(toolkit, result.workbook, repId);
  const month = result.model.scorecard.find((e) => e.rep.repId === repId && e.kind === 'month');
  const followUps = new Map(panel.coaching.followUps.map((f) => [f.row, f.state]));
  const plan = panel.plans.find((p) => p.status === 'open');
  const current = incentives.rows.find((r) => r.payout.repId === repId && r.status === 'current');
  return {
    repId,
    name: rep.name,
    currency: result.settings.currency,
    asOf: isoDay(result.asOf),
    tier: panel.assessment?.tier ?? null,
    summary: panel.assessment?.summary ?? '',
    month: month
      ? {
          period: month.metrics.period.label,
          revenue: month.metrics.revenue,
          target: month.metrics.revenueTarget,
          attainmentPct: month.metrics.attainmentPct,
        }
      : null,
    coaching: {
      lastSession:
        panel.coaching.cadence?.lastSession == null
          ? null
          : isoDay(panel.coaching.cadence.lastSession),
      daysSince: panel.coaching.cadence?.daysSince ?? null,
      overdue: panel.coaching.cadence?.overdue ?? false,
      sessions: panel.coaching.history.slice(0, REP_PANEL_SESSIONS).map((c) => ({
        date: isoDay(c.day),
        focus: c.focus ?? '',
        nextStep: c.nextStep ?? '',
        followUp: c.followUp === null ? '' : isoDay(c.followUp),
        followUpState: c.followUp === null ? '' : (followUps.get(c.row) ?? ''),
      })),
      totalSessions: panel.coaching.history.length,
    },
    plan: plan ? openPlan(plan) : null,
    proposal: panel.proposal
      ? {
          target: panel.proposal.target,
          opens: isoDay(panel.proposal.opens),
          ends: isoDay(panel.proposal.ends),
          reason: panel.proposal.reason,
        }
      : null,
    training: panel.training.assignments
      .filter((a) => a.state === 'due' || a.state === 'overdue')
      .sort((a, b) => (a.due ?? 0) - (b.due ?? 0) || a.row - b.row)
      .map((a) => ({ course: a.course, due: a.due === null ? '' : isoDay(a.due), state: a.state })),
    commission: current
      ? { period: current.payout.segment.period.label, total: current.payout.total }
      : null,
    privateLink,
  };
}
