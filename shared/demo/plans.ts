// Action plans: the comeback rep's open plan (a check-in due now) and the leaver's closed one.
import { tabHeader } from '../workbook';
import { isoDay } from '../time';
import { monthAt } from './calendar';
import type { DemoContext, DemoRow } from './context';
import type { RepPlan } from './roster';

/** A plan's target covers its whole window: the monthly target × the window's share of a month. */
function planTarget(monthly: number, opened: number, ends: number): number {
  return Math.round((monthly * (ends - opened + 1)) / (365 / 12) / 1000) * 1000;
}

export function actionPlansGrid(ctx: DemoContext, reps: readonly RepPlan[]): DemoRow[] {
  const rows: DemoRow[] = [tabHeader('Action Plans')];
  const steps = [
    'Book 10 discovery meetings per week',
    'Review every open deal with your manager on Mondays',
    'Shadow two demos by a tier-A rep',
    'Complete the Objection Handling course',
  ].join('\n');
  const consequences =
    'If the target is not met by the end date, we review role fit and next steps together with HR.';
  const comeback = reps.find((r) => r.story === 'comeback');
  if (comeback) {
    const opened = monthAt(ctx.asOf, -1).start + 1;
    const ends = opened + 75;
    // One check-in falls on the as-of day, so the plan shows a check-in due now.
    const checkIns = [opened + 14, opened + 28, ctx.asOf, ends - 7]
      .filter((d, i, a) => a.indexOf(d) === i)
      .sort((x, y) => x - y);
    rows.push([
      'AP-01',
      comeback.repId,
      isoDay(opened),
      isoDay(ends),
      'Below 70% of the revenue target two months running',
      'revenue',
      planTarget(comeback.revenueTarget, opened, ends),
      steps,
      checkIns.map(isoDay).join(', '),
      consequences,
      'Weekly 1:1 with the manager; call shadowing with a senior rep',
      'open',
      '',
    ]);
  }
  const leaver = reps.find((r) => r.story === 'leaver');
  if (leaver) {
    const ends = leaver.lastDay - 5;
    const opened = ends - 60;
    rows.push([
      'AP-00',
      leaver.repId,
      isoDay(opened),
      isoDay(ends),
      'Below 70% of the revenue target two months running',
      'revenue',
      planTarget(leaver.revenueTarget, opened, ends),
      steps,
      [opened + 14, opened + 28, opened + 42].map(isoDay).join(', '),
      consequences,
      'Weekly 1:1 with the manager',
      'not_met',
      'Target not met; the rep chose to move on.',
    ]);
  }
  return rows;
}
