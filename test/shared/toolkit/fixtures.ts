// Hand-built workbooks, a list-backed ledger and a label-backed targets table for toolkit tests.
import { DEFAULT_CALENDAR } from '../../../shared/time/calendar';
import type { Period } from '../../../shared/time/period';
import type {
  LedgerView,
  TargetsView,
  ToolkitRep,
  ToolkitSettings,
  ToolkitWorkbook,
} from '../../../shared/toolkit';
import { d } from '../fixtures/records';

export { d };

export const SETTINGS: ToolkitSettings = {
  currency: 'USD',
  tierAMinPct: 100,
  tierBMinPct: 80,
  assessmentPeriods: 3,
  actionPlanTriggerPct: 70,
  actionPlanTriggerPeriods: 2,
  rampMonths: 3,
  coachingCadenceDays: 14,
  hiringStallDays: 14,
};

export function rep(repId: string, over: Partial<ToolkitRep> = {}): ToolkitRep {
  return {
    row: 2,
    repId,
    name: `Rep ${repId}`,
    team: 'East',
    startDate: d('2024-01-01'),
    active: true,
    ...over,
  };
}

export function workbook(over: Partial<ToolkitWorkbook> = {}): ToolkitWorkbook {
  return {
    settings: SETTINGS,
    calendar: DEFAULT_CALENDAR,
    reps: [],
    deals: [],
    training: [],
    coaching: [],
    actionPlans: [],
    roles: [],
    candidates: [],
    ...over,
  };
}

export interface Fact {
  readonly repId: string;
  readonly metric: string;
  readonly day: string;
  readonly value: number;
}

/** A ledger over a list of facts; sums by scanning, which is plenty for a test. */
export function ledger(facts: readonly Fact[]): LedgerView {
  const parsed = facts.map((f) => ({ ...f, day: d(f.day) }));
  return {
    sum(repId, metric, start, end) {
      let s = 0;
      for (const f of parsed) {
        if (f.repId === repId && f.metric === metric && f.day >= start && f.day <= end)
          s += f.value;
      }
      return s;
    },
  };
}

/** Targets by period label only: "repId|metric|label" -> target. */
export function targets(entries: Readonly<Record<string, number>>): TargetsView {
  return {
    forPeriod(repId: string, metric: string, period: Period) {
      return entries[`${repId}|${metric}|${period.label}`] ?? null;
    },
  };
}

/** Monthly revenue facts (on the 15th) and targets for one rep: [label, revenue, target]. */
export function months(
  repId: string,
  rows: readonly (readonly [string, number, number | null])[],
): { facts: Fact[]; targets: Record<string, number> } {
  const facts: Fact[] = [];
  const t: Record<string, number> = {};
  for (const [label, revenue, target] of rows) {
    if (revenue !== 0) facts.push({ repId, metric: 'revenue', day: `${label}-15`, value: revenue });
    if (target !== null) t[`${repId}|revenue|${label}`] = target;
  }
  return { facts, targets: t };
}
