// Monthly revenue and call targets per rep: the plan for the whole current fiscal year, the data
import { tabHeader } from '../workbook';
// window's months of the previous one, and the month after as-of; ramped for new hires.
import type { DemoContext, DemoRow } from './context';
import { holidaysBetween, type MonthSpan, monthSpan, workingDaysBetween } from './calendar';
import { type RepPlan, rampFactor } from './roster';

/** Calls per working day a full-time rep is asked for. */
const CALLS_PER_DAY = 20;

/** The demo's Settings fiscal_year_start_month (shared/demo/settings.ts): calendar years. */
const FISCAL_YEAR_START_MONTH = 1;

/**
 * The planned months, oldest first: every month of the fiscal year holding as-of (so quarters and
 * the year roll up), the data window's earlier months, and the month after as-of (upcoming
 * contests and pacing need it).
 */
export function plannedMonths(ctx: DemoContext): MonthSpan[] {
  const asOf = ctx.months[ctx.months.length - 1]!;
  const back = (asOf.month - FISCAL_YEAR_START_MONTH + 12) % 12;
  const fiscalYear = Array.from({ length: 12 }, (_, i) =>
    monthSpan(asOf.year, asOf.month - back + i),
  );
  const byLabel = new Map<string, MonthSpan>();
  for (const m of [...ctx.months, ...fiscalYear, ctx.nextMonth]) byLabel.set(m.label, m);
  return [...byLabel.values()].sort((a, b) => a.start - b.start);
}

export function targetsGrid(ctx: DemoContext, reps: readonly RepPlan[]): DemoRow[] {
  const rows: DemoRow[] = [tabHeader('Targets')];
  const months = plannedMonths(ctx).map((month) => {
    const holidays = new Set(holidaysBetween(month.start, month.end));
    return { month, workDays: workingDaysBetween(month.start, month.end, holidays).length };
  });
  for (const rep of reps) {
    for (const { month, workDays } of months) {
      // Leavers have no targets after they left; the months before a start have none either.
      if (month.end < rep.startDay || (!rep.active && month.start > rep.lastDay)) continue;
      const ramp = rampFactor(rep, month);
      if (ramp === 0) continue;
      const revenue = Math.round((rep.revenueTarget * ramp) / 1000) * 1000;
      const calls = Math.round((CALLS_PER_DAY * workDays * ramp) / 10) * 10;
      rows.push([rep.repId, month.label, 'revenue', revenue]);
      rows.push([rep.repId, month.label, 'calls', calls]);
    }
  }
  return rows;
}
