// One rep's private page as facts: only the parts Settings turns on, and only that rep's own rows.
import { formatMoney } from '../format';
import type { IncentivesResult } from '../incentives';
import { payoutText, segmentName, statementRows } from '../incentives';
import type { ScorecardEntry } from '../metrics';
import { isoDay, periodName } from '../time';
import type { Day } from '../time';
import { coachingHistory, type ToolkitResult } from '../toolkit';
import type { PrivatePageField, Settings, Workbook } from '../workbook';
import {
  PRIVATE_BUNDLE_VERSION,
  type PortableBadge,
  type PrivateBundle,
  type PrivatePlan,
  type PrivateStatement,
} from './schema';

/** The coaching sessions a page lists, newest first: enough for a conversation, bounded in size. */
export const MAX_SESSIONS = 12;

export interface PrivateInput {
  readonly generatedAt: string;
  readonly asOf: Day;
  readonly settings: Pick<
    Settings,
    'teamName' | 'currency' | 'privatePages' | 'privateWhatIfAmount'
  >;
  readonly workbook: Workbook;
  readonly scorecard: readonly ScorecardEntry[];
  readonly toolkit: ToolkitResult;
  readonly incentives: IncentivesResult;
  /** Portable badges per rep id (shared/openbadges), empty when none are published. */
  readonly badges?: ReadonlyMap<string, readonly PortableBadge[]>;
}

/** Reps who get a private page: active ones, and only when Settings turns at least one part on. */
export function privateRepIds(input: Pick<PrivateInput, 'settings' | 'workbook'>): string[] {
  if (input.settings.privatePages.length === 0) return [];
  return input.workbook.reps.filter((r) => r.active).map((r) => r.repId);
}

/** The page of `repId`: each part read from that rep's own facts, null when Settings leaves it off. */
export function privateBundle(input: PrivateInput, repId: string): PrivateBundle {
  const on = (f: PrivatePageField) => input.settings.privatePages.includes(f);
  const rep = input.workbook.reps.find((r) => r.repId === repId);
  return {
    schema: 'bellringer.private',
    version: PRIVATE_BUNDLE_VERSION,
    generatedAt: input.generatedAt,
    asOf: isoDay(input.asOf),
    teamName: input.settings.teamName,
    currency: input.settings.currency,
    name: rep?.name ?? repId,
    target: on('target') ? targets(input, repId) : null,
    tier: on('tier') ? tier(input, repId) : null,
    statement: on('statement') ? statement(input, repId) : null,
    coaching: on('coaching') ? coaching(input, repId) : null,
    training: on('training') ? training(input, repId) : null,
    actionPlan: on('action_plan') ? plans(input, repId) : null,
    badges: [...(input.badges?.get(repId) ?? [])],
  };
}

function targets(input: PrivateInput, repId: string): PrivateBundle['target'] {
  return input.scorecard
    .filter((e) => e.rep.repId === repId)
    .map((e) => {
      const m = e.metrics;
      return {
        kind: e.kind,
        name: periodName(m.period),
        start: isoDay(m.period.start),
        end: isoDay(m.period.end),
        revenue: m.revenue,
        target: m.revenueTarget,
        attainmentPct: m.attainmentPct,
        pacePct: m.pacePct,
        workingDaysElapsed: m.workingDaysElapsed,
        workingDays: m.workingDays,
      };
    });
}

function tier(input: PrivateInput, repId: string): PrivateBundle['tier'] {
  const a = input.toolkit.assessments.find((x) => x.repId === repId);
  if (!a) return null;
  return {
    tier: a.tier,
    reason: a.tierReason,
    rollingAttainmentPct: a.rollingAttainmentPct,
    trend: a.trend,
    inRamp: a.inRamp,
    window: [...a.window],
  };
}

/**
 * The Commissions tab's rows of this rep (closed period, then current), each with the statement's
 * lines and the tab's explanation: the same payout facts, so the same cents.
 */
function statement(input: PrivateInput, repId: string): PrivateBundle['statement'] {
  const { incentives, settings } = input;
  const currency = settings.currency;
  const periods: PrivateStatement[] = [];
  for (const row of incentives.rows) {
    if (row.payout.repId !== repId) continue;
    const seg = row.payout.segment;
    const s = incentives.statement(repId, Math.min(seg.end, input.asOf));
    if (s === null || s.payout.segment.start !== seg.start) continue;
    periods.push({
      status: row.status,
      period: segmentName(seg),
      start: isoDay(seg.start),
      end: isoDay(seg.end),
      planId: seg.plan.planId,
      total: row.payout.total,
      lines: statementRows(s, currency),
      explanation: payoutText(row.payout, currency),
    });
  }
  if (periods.length === 0) return null;
  const w = incentives.whatIf(repId, settings.privateWhatIfAmount);
  return {
    periods,
    whatIf:
      w.kind === 'change'
        ? { extraAmount: w.extraAmount, delta: w.delta, text: whatIfWords(w, currency) }
        : null,
  };
}

// The manager's what-if sentence, short form: the page shows the payout lines above it.
function whatIfWords(w: { extraAmount: number; delta: number }, currency: string): string {
  return `One more ${money(w.extraAmount, currency)} deal this period pays ${money(w.delta, currency)} more.`;
}

const money = (x: number, currency: string) => formatMoney(x, currency);

function coaching(input: PrivateInput, repId: string): PrivateBundle['coaching'] {
  const sessions = coachingHistory(input.workbook, repId, input.asOf)
    .slice(0, MAX_SESSIONS)
    .map((c) => ({
      day: isoDay(c.day),
      coach: c.coach,
      focus: c.focus,
      feedback: c.feedback,
      nextStep: c.nextStep,
      followUp: c.followUp === null ? null : isoDay(c.followUp),
    }));
  const followUps = input.toolkit.coaching.followUps
    .filter((f) => f.repId === repId && f.state !== 'done')
    .map((f) => ({
      session: isoDay(f.session),
      followUp: isoDay(f.followUp),
      nextStep: f.nextStep,
      state: f.state as 'due' | 'overdue' | 'upcoming',
    }));
  return { sessions, followUps };
}

function training(input: PrivateInput, repId: string): PrivateBundle['training'] {
  const assigned = new Map(input.workbook.training.map((t) => [t.row, t.assigned]));
  return input.toolkit.training.assignments
    .filter((a) => a.repId === repId)
    .map((a) => ({
      course: a.course,
      category: a.category,
      assigned: dayOrNull(assigned.get(a.row) ?? null),
      due: dayOrNull(a.due),
      completed: dayOrNull(a.completed),
      state: a.state,
    }));
}

/** Open plans only: a closed plan is the manager's record, not something the rep works on. */
function plans(input: PrivateInput, repId: string): PrivatePlan[] {
  const rows = new Map(input.workbook.actionPlans.map((p) => [p.row, p]));
  return input.toolkit.plans
    .filter((t) => t.repId === repId && t.status === 'open')
    .map((t) => {
      const p = rows.get(t.row);
      return {
        planId: t.planId,
        opened: isoDay(t.opened),
        ends: isoDay(t.ends),
        daysLeft: t.daysLeft,
        reason: p?.reason ?? null,
        metric: t.metric,
        target: t.target,
        value: t.value,
        progressPct: t.progressPct,
        elapsedPct: t.elapsedPct,
        steps: [...(p?.steps ?? [])],
        checkIns: t.checkIns.map((c) => ({
          day: isoDay(c.day),
          state: c.state,
          heldOn: c.heldOn === null ? null : isoDay(c.heldOn),
        })),
        support: p?.support ?? null,
        consequences: p?.consequences ?? null,
      };
    });
}

const dayOrNull = (d: Day | null): string | null => (d === null ? null : isoDay(d));
