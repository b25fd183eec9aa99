// Dashboard: Team health and the per-rep panel (manager only), checked against the engine and the input tabs.
import { describe, expect, it } from 'vitest';
import { runEngine } from '../../shared/engine';
import { isoDay } from '../../shared/time';
import type { RepPanelData, TeamHealthData } from '../../appsscript/src/dashboard/toolkit-types';
import { REP_PANEL_SESSIONS } from '../../appsscript/src/dashboard/rep-panel';
import { AS_OF, addon, demoGrids, fill, NOW, TIME_ZONE } from './helpers';

function demo() {
  const a = addon();
  fill(a.google.spreadsheet, demoGrids());
  return a;
}

let engine: ReturnType<typeof runEngine> | null = null;
/** The engine called directly on the same inputs, clock and zone as the add-on sees. */
function direct() {
  engine ??= runEngine(demoGrids(), { now: NOW, defaultTimeZone: TIME_ZONE });
  return engine;
}

/** A demo tab as records keyed by header. */
function records(tab: string): Record<string, unknown>[] {
  const [header, ...rows] = demoGrids()[tab]!;
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [String(h), r[i]])));
}

const isActive = (v: unknown) => v !== false && v !== 'no' && v !== 'FALSE';

describe('Team health in the Dashboard data', () => {
  const health = () => (demo().call('getDashboardData') as { health: TeamHealthData }).health;

  it('counts every active rep in exactly one of A, B, C or untiered', () => {
    const h = health();
    const active = records('Reps').filter((r) => isActive(r.active)).length;
    expect(h.reps).toBe(active);
    expect(h.tiers.A + h.tiers.B + h.tiers.C + h.tiers.untiered).toBe(active);
  });

  it('equals the engine run directly: tiers, plans, coaching, training and the hiring funnel', () => {
    const e = direct().model.toolkit.health;
    const h = health();
    expect(h.tiers).toEqual(e.tiers);
    expect(h.plans).toEqual({
      open: e.plans.open,
      proposed: e.plans.proposed,
      checkInsDue: e.plans.checkInsDue,
      checkInsOverdue: e.plans.checkInsOverdue,
    });
    expect(h.coaching).toEqual(e.coaching);
    expect(h.training).toEqual(e.training);
    expect(h.hiring).toEqual(
      e.hiring.map((r) => ({ title: r.title, stages: r.stages, stalled: r.stalled })),
    );
  });

  it('counts the open plans of active reps from the Action Plans tab, and one proposal per proposed rep', () => {
    const h = health();
    const active = new Set(
      records('Reps')
        .filter((r) => isActive(r.active))
        .map((r) => r.rep_id),
    );
    const open = records('Action Plans').filter((p) => p.status === 'open' && active.has(p.rep_id));
    expect(h.plans.open).toBe(open.length);
    expect(h.plans.proposed).toBe(direct().model.toolkit.proposals.length);
    // The demo shows every toolkit feature: something in each count.
    expect(h.plans.open).toBeGreaterThan(0);
    expect(h.plans.proposed).toBeGreaterThan(0);
    expect(h.training.overdue).toBeGreaterThan(0);
    expect(h.hiring.length).toBeGreaterThan(0);
  });

  it('lists the active reps for the rep chooser, by name, with their tier', () => {
    const { reps } = demo().call('getDashboardData') as {
      reps: { repId: string; name: string; tier: string | null }[];
    };
    const names = reps.map((r) => r.name);
    expect(names).toEqual([...names].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
    const tiers = new Map(direct().model.toolkit.assessments.map((a) => [a.repId, a.tier]));
    expect(reps.map((r) => [r.repId, r.tier])).toEqual(
      reps.map((r) => [r.repId, tiers.get(r.repId)]),
    );
    expect(new Set(reps.map((r) => r.repId))).toEqual(new Set(tiers.keys()));
  });
});

describe('The per-rep panel (getRepPanel)', () => {
  const panelOf = (repId: string) => demo().call('getRepPanel', repId) as RepPanelData;
  const withPlan = () => records('Action Plans').find((p) => p.status === 'open')!.rep_id as string;

  it("gives the rep's tier and the Assessment tab's one-line verdict", () => {
    const repId = withPlan();
    const p = panelOf(repId);
    const a = direct().model.toolkit.assessments.find((x) => x.repId === repId)!;
    expect(p.tier).toBe(a.tier);
    expect(p.summary).toBe(a.summary);
    expect(p.summary.startsWith(a.tier ?? 'Not tiered')).toBe(true);
  });

  it("gives this month's revenue, target and attainment as the engine's scorecard has them", () => {
    for (const repId of ['R01', withPlan()]) {
      const p = panelOf(repId);
      const entry = direct().model.scorecard.find(
        (e) => e.rep.repId === repId && e.kind === 'month',
      )!;
      expect(p.month).toEqual({
        period: '2026-11',
        revenue: entry.metrics.revenue,
        target: entry.metrics.revenueTarget,
        attainmentPct: entry.metrics.attainmentPct,
      });
      // Attainment is revenue over target, kept exact until shown.
      expect(p.month!.attainmentPct).toBeCloseTo((p.month!.revenue / p.month!.target!) * 100, 9);
    }
  });

  it('lists the latest coaching sessions from the Coaching tab, newest first', () => {
    const repId = withPlan();
    const p = panelOf(repId);
    const mine = records('Coaching')
      .filter((c) => c.rep_id === repId && String(c.date) <= AS_OF)
      .reverse()
      .sort((x, y) =>
        String(x.date) < String(y.date) ? 1 : String(x.date) > String(y.date) ? -1 : 0,
      );
    expect(mine.length).toBeGreaterThan(0);
    expect(p.coaching.totalSessions).toBe(mine.length);
    expect(p.coaching.lastSession).toBe(String(mine[0]!.date));
    expect(p.coaching.sessions.map((s) => [s.date, s.focus, s.nextStep, s.followUp])).toEqual(
      mine
        .slice(0, REP_PANEL_SESSIONS)
        .map((c) => [String(c.date), c.focus ?? '', c.next_step ?? '', c.follow_up ?? '']),
    );
  });

  it('shows the open plan with progress and the first check-in not yet held', () => {
    const plan = records('Action Plans').find((x) => x.status === 'open')!;
    const p = panelOf(plan.rep_id as string);
    const tracked = direct().model.toolkit.plans.find((x) => x.planId === plan.plan_id)!;
    const next = tracked.checkIns.find((c) => c.state !== 'held');
    expect(p.plan).toMatchObject({
      planId: plan.plan_id,
      target: plan.target,
      ends: plan.ends,
      value: tracked.value,
      progressPct: tracked.progressPct,
      nextCheckIn: next ? { date: isoDay(next.day), state: next.state } : null,
    });
    // The next check-in is one of the plan's own dates.
    if (p.plan!.nextCheckIn) expect(String(plan.check_ins)).toContain(p.plan!.nextCheckIn.date);
  });

  it('shows the proposed plan for a rep the engine proposes one for', () => {
    const proposal = direct().model.toolkit.proposals[0]!;
    const p = panelOf(proposal.repId);
    expect(p.plan).toBeNull();
    expect(p.proposal).toEqual({
      target: proposal.target,
      opens: AS_OF,
      ends: isoDay(proposal.ends),
      reason: proposal.reason,
    });
  });

  it('lists the training due or overdue: assigned, not completed, due by soon', () => {
    const assignments = direct().model.toolkit.training.assignments;
    const repId = assignments.find((x) => x.state === 'overdue')!.repId;
    const p = panelOf(repId);
    const rows = records('Training').filter(
      (t) => t.rep_id === repId && !t.completed && t.due && String(t.due) < AS_OF,
    );
    expect(p.training.filter((t) => t.state === 'overdue').map((t) => [t.course, t.due])).toEqual(
      rows
        .sort((x, y) => (String(x.due) < String(y.due) ? -1 : 1))
        .map((t) => [t.course, String(t.due)]),
    );
  });

  it('refuses an unknown rep with a clear message', () => {
    expect(() => panelOf('NOBODY')).toThrow(/no rep with rep_id "NOBODY"/);
    expect(() => panelOf('  ')).toThrow(/Choose a rep/);
  });
});

describe('None of the sidebar calls writes to a sheet', () => {
  it('getDashboardData, getRepPanel and getWhatIf make no sheet write, and answer plain JSON', () => {
    const a = demo();
    a.google.recorder.clear();
    const answers = [
      a.call('getDashboardData'),
      a.call('getRepPanel', 'R01'),
      a.call('getWhatIf', 'R01', 5000),
    ];
    expect(a.google.recorder.writes()).toEqual([]);
    for (const x of answers) expect(JSON.parse(JSON.stringify(x))).toEqual(x);
  });
});

describe('Nothing of the toolkit panels reaches the published snapshot', () => {
  it('coaching next steps, plan reasons and proposals shown in the panel are absent from doGet', () => {
    const a = demo();
    a.call('publishLeaderboard');
    const json = (a.call('doGet', {}) as { getContent(): string }).getContent();
    const texts = new Set<string>();
    for (const c of records('Coaching')) if (c.next_step) texts.add(String(c.next_step));
    for (const p of records('Action Plans')) texts.add(String(p.reason));
    for (const p of direct().model.toolkit.proposals) texts.add(p.reason);
    expect(texts.size).toBeGreaterThan(3);
    for (const t of texts) expect(json, t).not.toContain(t);
    expect(json).not.toContain('tierReason');
  });
});
