// No silent zeros: which figures cannot be computed because a column they need is missing or misspelt.

import type { DataIssue } from '../issues';
import type { Grid } from './grid';
import { headerKey, readHeader } from './headers';
import { unknownHeaders } from './header-check';
import { issue } from './read-issue';
import type { TabName } from './spec';
import { TAB_SPECS } from './specs';

/** The figures a missing column can stop: the deal metrics, and every activity metric at once. */
export const FIGURES = [
  'revenue',
  'won_deals',
  'lost_deals',
  'new_pipeline',
  'activities',
] as const;
export type Figure = (typeof FIGURES)[number];

/** A column a figure needs that the workbook does not give. */
export interface NotComputed {
  readonly tab: 'Deals' | 'Activities';
  readonly column: string;
  readonly figures: readonly Figure[];
}

/** The figure a metric belongs to: revenue, won_deals, lost_deals, new_pipeline, or activities. */
export function figureOf(metric: string): Figure {
  return metric === 'revenue' ||
    metric === 'won_deals' ||
    metric === 'lost_deals' ||
    metric === 'new_pipeline'
    ? metric
    : 'activities';
}

/** The figures stopped by any of `notComputed`. */
export function stoppedFigures(notComputed: readonly NotComputed[]): ReadonlySet<Figure> {
  return new Set(notComputed.flatMap((n) => n.figures));
}

const CLOSED: readonly Figure[] = ['revenue', 'won_deals', 'lost_deals'];
const DEALS: readonly Figure[] = ['revenue', 'won_deals', 'lost_deals', 'new_pipeline'];

/** Per column of a tab: the figures it stops when missing (`required`) or misspelt (`nearMiss`). */
const NEEDS: Readonly<
  Record<
    'Deals' | 'Activities',
    readonly {
      column: string;
      figures: readonly Figure[];
      whenMissing: boolean;
      /** Required by the tab: its absence is already an error (no row is read). */
      required?: boolean;
    }[]
  >
> = {
  Deals: [
    { column: 'deal_id', figures: DEALS, whenMissing: true, required: true },
    { column: 'rep_id', figures: DEALS, whenMissing: true, required: true },
    { column: 'amount', figures: ['revenue', 'new_pipeline'], whenMissing: true },
    // Status is read from the stage when blank: one of the two is enough (checked below).
    { column: 'status', figures: CLOSED, whenMissing: false },
    { column: 'stage', figures: CLOSED, whenMissing: false },
    { column: 'close_date', figures: CLOSED, whenMissing: true },
    { column: 'created_date', figures: ['new_pipeline'], whenMissing: true },
  ],
  Activities: [
    { column: 'date', figures: ['activities'], whenMissing: true, required: true },
    { column: 'rep_id', figures: ['activities'], whenMissing: true, required: true },
    { column: 'type', figures: ['activities'], whenMissing: true, required: true },
    // A missing count means one activity per row (documented); a misspelt one would count 1 each.
    { column: 'count', figures: ['activities'], whenMissing: false },
  ],
};

/**
 * Checks the Deals and Activities headers (when those tabs are present: a missing tab turns its
 * feature off) and reports, as one error per column, each figure that will not be computed.
 */
export function checkMetricColumns(
  tabs: ReadonlyMap<TabName, Grid>,
  issues: DataIssue[],
): NotComputed[] {
  const out: NotComputed[] = [];
  for (const tab of ['Deals', 'Activities'] as const) {
    const grid = tabs.get(tab);
    if (grid === undefined) continue;
    const header = readHeader(grid);
    const needs = NEEDS[tab];
    const present = new Set(
      needs.filter((n) => header.index.has(headerKey(n.column))).map((n) => n.column),
    );
    // Every column the tab knows is known: a real `account` column is never offered as the
    // misspelt `amount` (that advice would break the manager's data).
    const known = TAB_SPECS.find((t) => t.name === tab)!.columns.map((c) => c.header);
    const unknown = unknownHeaders(header, known).filter((u) =>
      needs.some((n) => n.column === u.near),
    );
    for (const need of needs) {
      if (present.has(need.column)) continue;
      const near = unknown.find((u) => u.near === need.column)?.text ?? null;
      const bothStatus =
        tab === 'Deals' &&
        need.column === 'status' &&
        !present.has('stage') &&
        unknown.every((u) => u.near !== 'stage');
      if (near === null && !need.whenMissing && !bothStatus) continue;
      out.push({ tab, column: need.column, figures: need.figures });
      if (need.required === true) continue;
      const what = need.figures.includes('activities')
        ? 'activity counts and points'
        : need.figures.join(', ');
      issues.push(
        issue(
          tab,
          1,
          need.column,
          near,
          near === null
            ? `The ${tab} tab has no "${need.column}" column, so ${what} are not computed (not shown as zero).`
            : `The ${tab} tab has no "${need.column}" column ("${near}" is not read as it), so ${what} are not computed (not shown as zero).`,
          near === null
            ? `Add a column headed "${need.column}" in row 1.`
            : `Rename the column "${near}" to "${need.column}".`,
          'error',
        ),
      );
    }
  }
  return out;
}
