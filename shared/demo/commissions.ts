// Commission plans: one per team, and the star's own plan, which changes mid-quarter (old plan ends, new one starts).
import { tabHeader } from '../workbook';
import { isoDay } from '../time';
import { monthAt } from './calendar';
import type { DemoContext, DemoRow } from './context';
import type { RepPlan } from './roster';

/**
 * The day the star's new plan starts: the 15th of the month before the as-of month. The 15th
 * never starts a quarter, so the quarter is split in two pay periods, the old plan paying the
 * first part and the new plan the rest.
 */
export function planChangeDay(ctx: DemoContext): number {
  return monthAt(ctx.asOf, -1).start + 14;
}

export function commissionPlansGrid(ctx: DemoContext, reps: readonly RepPlan[]): DemoRow[] {
  const star = reps.find((r) => r.story === 'star');
  const teams = [...new Set(reps.map((r) => r.team))];
  const rows: DemoRow[] = [
    tabHeader('Commission Plans'),
    ...teams.map((team, i) => [
      `PLAN-${team.toUpperCase()}`,
      team,
      'month',
      i % 2 === 0 ? 8 : 7.5,
      '100:1.5, 125:2',
      'marginal',
      20000,
      'C-REV',
      '',
      '',
      '',
    ]),
  ];
  if (star) {
    const change = planChangeDay(ctx);
    rows.push(
      [
        `PLAN-${star.repId}-OLD`,
        star.repId,
        'quarter',
        8,
        '100:1.25',
        'marginal',
        '',
        'C-REV',
        2000,
        '',
        isoDay(change - 1),
      ],
      [
        `PLAN-${star.repId}`,
        star.repId,
        'quarter',
        10,
        '100:1.25, 150:1.75',
        'retroactive',
        '',
        'C-REV',
        2000,
        isoDay(change),
        '',
      ],
    );
  }
  return rows;
}
