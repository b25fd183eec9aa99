// A few deliberately flawed rows in the demo, so the Issues tab has something to teach.
import { isoDay } from '../time';
import type { Cell, Grid } from '../workbook';
import type { DemoContext } from './context';

/**
 * Each flaw is one typical mistake a manager makes, appended after the real rows so every other
 * row keeps its number. The engine reports each in Issues (tab, row, column, what to do) and
 * leaves the row out; nothing else changes.
 */
export function withDemoFlaws(
  tab: 'Activities' | 'Deals' | 'Targets',
  grid: Grid,
  ctx: DemoContext,
): Grid {
  if (ctx.size !== 'demo') return grid;
  const header = grid[0] ?? [];
  const row = (values: Readonly<Record<string, Cell>>): Cell[] =>
    header.map((h) => values[String(h)] ?? '');
  const day = isoDay(ctx.asOf);
  switch (tab) {
    case 'Activities':
      return [
        ...grid,
        row({
          date: day,
          rep_id: 'R99',
          type: 'call',
          count: 3,
          note: 'demo: a rep id that is not in Reps',
        }),
      ];
    case 'Deals':
      return [
        ...grid,
        row({
          deal_id: 'D-DEMO-FLAW',
          rep_id: 'R01',
          account: 'Demo: won without a close date',
          amount: 12000,
          stage: 'Closed Won',
          status: 'won',
          created_date: day,
        }),
      ];
    case 'Targets':
      return [
        ...grid,
        row({ rep_id: 'R02', period: `${day.slice(0, 4)}-13`, metric: 'revenue', target: 40000 }),
      ];
  }
}
