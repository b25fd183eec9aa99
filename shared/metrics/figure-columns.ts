// The figure columns of Scorecard and History, declared once: the cell, its format and the figures it is made of.
import { roundTo } from '../format';
import type { ColumnFormat, OutCell } from '../outputs';
import type { Figure } from '../workbook';
import type { PeriodFigures } from './period-metrics';

interface FigureColumn {
  /** The cell: money to the cent, percentages to one decimal, as the tab stores them. */
  readonly cell: (m: PeriodFigures) => OutCell;
  readonly format: ColumnFormat;
  /**
   * The input figures the column is computed from: when one of them is not computed (a missing
   * column), the column is blanked (shared/figures.ts), never a silent zero.
   */
  readonly figures: readonly Figure[];
}

const money = (x: number | null) => (x === null ? null : roundTo(x, 2));
const pct = (x: number | null) => (x === null ? null : roundTo(x, 1));

export const FIGURE_COLUMNS = {
  revenue: { cell: (m) => money(m.revenue), format: 'money', figures: ['revenue'] },
  won_deals: { cell: (m) => m.wonDeals, format: 'integer', figures: ['won_deals'] },
  lost_deals: { cell: (m) => m.lostDeals, format: 'integer', figures: ['lost_deals'] },
  win_rate_pct: {
    cell: (m) => pct(m.winRatePct),
    format: 'percent',
    figures: ['won_deals', 'lost_deals'],
  },
  avg_deal: { cell: (m) => money(m.avgDeal), format: 'money', figures: ['revenue'] },
  new_pipeline: { cell: (m) => money(m.newPipeline), format: 'money', figures: ['new_pipeline'] },
  open_pipeline: {
    cell: (m) => money(m.openPipeline),
    format: 'money',
    figures: ['new_pipeline'],
  },
  // The target is read from Targets, not computed from a figure: it stands whatever is missing.
  revenue_target: { cell: (m) => money(m.revenueTarget), format: 'money', figures: [] },
  attainment_pct: { cell: (m) => pct(m.attainmentPct), format: 'percent', figures: ['revenue'] },
  pace_pct: { cell: (m) => pct(m.pacePct), format: 'percent', figures: ['revenue'] },
  activity_points: {
    cell: (m) => roundTo(m.activityPoints, 2),
    format: 'number',
    figures: ['activities'],
  },
} as const satisfies Readonly<Record<string, FigureColumn>>;

export type FigureColumnName = keyof typeof FIGURE_COLUMNS;

/** One activity type's column (`call`, `email`, ...): a count of the type, from Activities. */
export const ACTIVITY_TYPE_COLUMN = {
  cell: (m: PeriodFigures, type: string): OutCell => roundTo(m.activities[type] ?? 0, 2),
  format: 'integer',
  figures: ['activities'],
} as const;

/**
 * A table's figure columns: the header names in order, each activity type where `types` stands,
 * the cells of one period's figures, and the formats (no prototype: activity types come from the
 * data, so `__proto__` or `constructor` is a plain key).
 */
export function figureColumns(
  names: readonly (FigureColumnName | 'types')[],
  types: readonly string[],
): {
  readonly header: string[];
  readonly cells: (m: PeriodFigures) => OutCell[];
  readonly formats: Record<string, ColumnFormat>;
} {
  const header = names.flatMap((n) => (n === 'types' ? types : [n]));
  const formats: Record<string, ColumnFormat> = Object.create(null);
  for (const n of names) {
    if (n === 'types') for (const t of types) formats[t] = ACTIVITY_TYPE_COLUMN.format;
    else formats[n] = FIGURE_COLUMNS[n].format;
  }
  return {
    header,
    formats,
    cells: (m) =>
      names.flatMap((n) =>
        n === 'types'
          ? types.map((t) => ACTIVITY_TYPE_COLUMN.cell(m, t))
          : [FIGURE_COLUMNS[n].cell(m)],
      ),
  };
}
