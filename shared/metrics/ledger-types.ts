// The ledger's public shape: metric keys, source references, events and the query interface.
import type { At, Day } from '../time';
import type { ActivityRows, Deal, Rep, Settings } from '../workbook';

/** `revenue`, `won_deals`, `lost_deals`, `new_pipeline`, `activity_points` or an activity type. */
export type MetricKey = string;

export interface SourceRef {
  readonly tab: 'Deals' | 'Activities';
  readonly row: number;
}

export interface LedgerEvent {
  readonly at: At;
  readonly value: number;
  readonly source: SourceRef;
}

export interface Ledger {
  /** Range covered by data, inclusive. With no data at all, firstDay > lastDay. */
  readonly firstDay: Day;
  readonly lastDay: Day;
  /** Every rep of the Reps tab and every rep id seen in data, active or not; sorted. */
  readonly repIds: readonly string[];
  /** Activity types as seen in Activities, sorted. */
  readonly activityTypes: readonly string[];
  /** Inclusive range sum; 0 outside the data range or for an unknown rep/metric. */
  sum(repId: string, metric: MetricKey, start: Day, end: Day): number;
  daily(repId: string, metric: MetricKey, day: Day): number;
  /** Rows that contributed to the range, sorted by tab then row. */
  sources(repId: string, metric: MetricKey, start: Day, end: Day): SourceRef[];
  /** The same rows as bare row numbers, ascending (all in the metric's `sourceTab`): cheap for explanations. */
  sourceRows(repId: string, metric: MetricKey, start: Day, end: Day): Int32Array;
  /** Contributions in the range, chronological (at, then row). */
  events(repId: string, metric: MetricKey, start: Day, end: Day): readonly LedgerEvent[];
}

/** The parts of a Workbook the ledger reads (a full Workbook fits). */
export interface LedgerInput {
  readonly settings: Pick<Settings, 'activityWeights'>;
  readonly reps: readonly Pick<Rep, 'repId'>[];
  /** Records, or the ActivityTable a parsed workbook holds (read without building records). */
  readonly activities: ActivityRows;
  readonly deals: readonly Deal[];
}
