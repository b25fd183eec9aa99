// Monthly revenue and call targets per rep, ramped for new hires, through the month after as-of.
import type { DemoContext, DemoRow } from './context';
import { type RepPlan, rampFactor } from './roster';

/** Calls per working day a full-time rep is asked for. */
const CALLS_PER_DAY = 20;

export function targetsGrid(ctx: DemoContext, reps: readonly RepPlan[]): DemoRow[] {
  const rows: DemoRow[] = [['rep_id', 'period', 'metric', 'target']];
  const months = [...ctx.months, ctx.nextMonth];
  for (const rep of reps) {
    for (const month of months) {
      // Active reps get next month's targets too (upcoming contests and pacing need them).
      if (month.end < rep.startDay || (!rep.active && month.start > rep.lastDay)) continue;
      const ramp = rampFactor(rep, month);
      if (ramp === 0) continue;
      const revenue = Math.round((rep.revenueTarget * ramp) / 1000) * 1000;
      const workDays = ctx.workingDays(month.start, month.end).length;
      const calls = Math.round((CALLS_PER_DAY * workDays * ramp) / 10) * 10;
      rows.push([rep.repId, month.label, 'revenue', revenue]);
      rows.push([rep.repId, month.label, 'calls', calls]);
    }
  }
  return rows;
}
