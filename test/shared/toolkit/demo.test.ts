// The demo workbook shows every toolkit feature a manager reviews.
import { describe, expect, it } from 'vitest';
import { DEMO_TIME_ZONE, generateDemoWorkbook } from '../../../shared/demo';
import { buildLedger, buildTargets } from '../../../shared/metrics';
import { parseIsoDay } from '../../../shared/time/day';
import { runToolkit } from '../../../shared/toolkit';
import { parseWorkbook } from '../../../shared/workbook';

function toolkitOfDemo(seed: string | number, asOf: string) {
  const grids = generateDemoWorkbook({ seed, asOf });
  const { workbook } = parseWorkbook(grids, { defaultTimeZone: DEMO_TIME_ZONE });
  return runToolkit({
    workbook,
    ledger: buildLedger(workbook),
    targets: buildTargets(workbook),
    asOf: parseIsoDay(asOf)!,
  });
}

describe('the demo workbook shows every toolkit feature', () => {
  it.each<[string | number, string]>([
    [1, '2026-11-26'],
    [2, '2026-11-26'],
    ['bellringer', '2027-03-10'],
    [7, '2026-06-30'],
  ])('seed %j as of %s', (seed, asOf) => {
    const r = toolkitOfDemo(seed, asOf);
    const h = r.health;
    const kinds = new Set(r.alerts.map((a) => a.kind));
    expect({
      tierA: h.tiers.A > 0,
      tierB: h.tiers.B > 0,
      tierC: h.tiers.C > 0,
      proposedPlan: h.plans.proposed > 0,
      openPlanWithCheckInDue: r.plans.some(
        (p) => p.status === 'open' && p.checkIns.some((c) => c.state === 'due'),
      ),
      coachingOverdue: kinds.has('coaching_overdue'),
      trainingOverdue: kinds.has('training_overdue'),
      hiringFunnel: r.hiring.some((role) => role.stages.filter((s) => s.current > 0).length >= 3),
    }).toEqual({
      tierA: true,
      tierB: true,
      tierC: true,
      proposedPlan: true,
      openPlanWithCheckInDue: true,
      coachingOverdue: true,
      trainingOverdue: true,
      hiringFunnel: true,
    });
  });
});

describe('the demo hiring must-haves', () => {
  it.each<[string | number, string]>([
    [1, '2026-11-26'],
    ['bellringer', '2027-03-10'],
  ])(
    'seed %j as of %s: competencies, met by interviewed candidates still in the running',
    (seed, asOf) => {
      const grids = generateDemoWorkbook({ seed, asOf });
      const { workbook, issues } = parseWorkbook(grids, { defaultTimeZone: DEMO_TIME_ZONE });
      expect(issues.filter((i) => i.tab === 'Roles')).toEqual([]);
      for (const role of workbook.roles) {
        expect(role.mustHaves.length).toBeGreaterThan(0);
        for (const m of role.mustHaves) expect(role.competencies).toContain(m);
      }
      const r = runToolkit({
        workbook,
        ledger: buildLedger(workbook),
        targets: buildTargets(workbook),
        asOf: parseIsoDay(asOf)!,
      });
      const cards = r.hiring.flatMap((f) => f.candidates);
      const inRunning = cards.filter((c) =>
        ['interview', 'references', 'offer', 'hired'].includes(c.stage),
      );
      expect(inRunning.length).toBeGreaterThan(0);
      for (const c of inRunning)
        expect(
          c.mustHaves.every((m) => m.met),
          c.candidateId,
        ).toBe(true);
    },
  );
});

describe('the demo action plans', () => {
  it.each<[string | number, string]>([
    [1, '2026-11-26'],
    [2, '2026-11-18'],
    ['bellringer', '2027-03-10'],
  ])('seed %j as of %s: each target covers the whole plan window, not one month', (seed, asOf) => {
    const grids = generateDemoWorkbook({ seed, asOf });
    const { workbook } = parseWorkbook(grids, { defaultTimeZone: DEMO_TIME_ZONE });
    expect(workbook.actionPlans.length).toBeGreaterThan(0);
    const r = runToolkit({
      workbook,
      ledger: buildLedger(workbook),
      targets: buildTargets(workbook),
      asOf: parseIsoDay(asOf)!,
    });
    for (const plan of workbook.actionPlans) {
      // The rep's full monthly revenue target, from the Targets tab (the highest: past ramp).
      const monthly = Math.max(
        ...workbook.targets
          .filter((t) => t.repId === plan.repId && t.metric === 'revenue')
          .map((t) => t.target),
      );
      const months = (plan.ends - plan.opened + 1) / (365 / 12);
      expect(plan.target! / (monthly * months), plan.planId).toBeCloseTo(1, 1);
      const tracked = r.plans.find((p) => p.planId === plan.planId)!;
      // Progress is judged against the whole window: no open plan far past its target midway.
      if (tracked.status === 'open') expect(tracked.progressPct!).toBeLessThan(150);
    }
  });
});
