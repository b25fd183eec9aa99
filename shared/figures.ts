// No silent zeros (issue 11 item 6): what the engine leaves out when a figure is not computed.

import {
  ACTIVITY_TYPE_COLUMN,
  FIGURE_COLUMNS,
  type Leaderboard,
  type Lens,
  SCORECARD_VERDICT_FIGURES,
} from './metrics';
import type { Table } from './outputs';
import { type BadgeDef, type Contest, type Figure, figureOf } from './workbook';

/** The figures each leaderboard lens is made of. */
const LENS_FIGURES: { readonly [L in Lens]: readonly Figure[] } = {
  revenue: ['revenue'],
  attainment: ['revenue'],
  activity_points: ['activities'],
  improvement: ['revenue'],
};

/** The figures each Scorecard and History column is made of, as the columns declare them (shared/metrics). */
const COLUMN_FIGURES: ReadonlyMap<string, readonly Figure[]> = new Map<string, readonly Figure[]>([
  ...Object.entries(FIGURE_COLUMNS).map(([name, c]) => [name, c.figures] as const),
  ...Object.entries(SCORECARD_VERDICT_FIGURES),
]);

export interface FigureGate {
  readonly leaderboards: (boards: readonly Leaderboard[]) => Leaderboard[];
  readonly contests: (contests: readonly Contest[]) => Contest[];
  readonly badges: (badges: readonly BadgeDef[]) => BadgeDef[];
  /** Blanks the cells of columns whose figure is not computed (Scorecard, History). */
  readonly table: (table: Table, activityTypes: readonly string[]) => Table;
}

/** Leaves out every board, contest and badge built on a figure in `stopped`, and blanks its columns. */
export function figureGate(stopped: ReadonlySet<Figure>): FigureGate {
  const ok = (metric: string | null) => metric === null || !stopped.has(figureOf(metric));
  return {
    leaderboards: (boards) =>
      boards.filter((b) => LENS_FIGURES[b.lens].every((f) => !stopped.has(f))),
    contests: (contests) => contests.filter((c) => ok(c.metric)),
    // A single_deal badge judges won deal amounts: it needs revenue.
    badges: (badges) => badges.filter((b) => ok(b.kind === 'single_deal' ? 'revenue' : b.metric)),
    table: (table, activityTypes) => {
      if (stopped.size === 0) return table;
      const blank = table.header.map((h) =>
        (
          COLUMN_FIGURES.get(h) ?? (activityTypes.includes(h) ? ACTIVITY_TYPE_COLUMN.figures : [])
        ).some((f) => stopped.has(f)),
      );
      if (!blank.includes(true)) return table;
      return {
        ...table,
        rows: table.rows.map((row) => row.map((cell, i) => (blank[i] ? null : cell))),
      };
    },
  };
}
