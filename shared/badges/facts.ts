// What a badge evaluation found, as typed data: one fact per award and per progress entry, no words.
import type { MetricKey } from '../metrics';
import type { Day } from '../time';
import type { RecognitionKind } from '../workbook';
import type { BadgeWindowSpan } from './windows';

/**
 * The sheet rows behind a fact, all of one tab: ascending, except milestones (in the order the
 * recognition arrived). Rows stay a typed array, not one object per row: a year-long activity
 * badge can rest on thousands of Activities rows.
 */
export interface SourceRows {
  readonly tab: 'Deals' | 'Activities' | 'Training' | 'Recognition';
  readonly rows: readonly number[] | Int32Array;
}

/** One completed course behind a training badge. `course` is private (Training tab): manager words only. */
export interface CourseDone {
  readonly course: string;
  readonly completed: Day;
  readonly row: number;
}

/**
 * Why an award was earned, by how it was earned. Figures stay exact (percentages unrounded); the
 * renderers round them when they write them. `window` is the badge window the award is for.
 */
export type AwardFact =
  | {
      readonly kind: 'threshold';
      readonly metric: MetricKey;
      readonly value: number;
      readonly threshold: number;
      readonly window: BadgeWindowSpan;
      /** The day the running total reached the threshold. */
      readonly reachedOn: Day;
      readonly sources: SourceRows;
    }
  | {
      readonly kind: 'single_deal';
      readonly amount: number;
      readonly threshold: number;
      readonly wonOn: Day;
      readonly sources: SourceRows;
    }
  | {
      readonly kind: 'streak_days';
      readonly metric: MetricKey;
      readonly days: number;
      readonly start: Day;
      readonly end: Day;
      readonly sources: SourceRows;
    }
  | {
      readonly kind: 'streak_periods';
      readonly metric: MetricKey;
      readonly count: number;
      readonly first: BadgeWindowSpan;
      readonly last: BadgeWindowSpan;
      /** The day the last period's target was met. */
      readonly lastOn: Day;
      readonly sources: SourceRows;
    }
  | {
      readonly kind: 'record';
      readonly metric: MetricKey;
      readonly value: number;
      readonly window: BadgeWindowSpan;
      readonly best: number;
      readonly bestWindow: BadgeWindowSpan;
      /** The day the running total passed the old best. */
      readonly beatenOn: Day;
      readonly sources: SourceRows;
    }
  | {
      readonly kind: 'improvement';
      readonly metric: MetricKey;
      readonly value: number;
      readonly window: BadgeWindowSpan;
      readonly before: number;
      readonly previous: BadgeWindowSpan;
      /** The rise on the previous window, in percent. */
      readonly risePct: number;
      readonly reachedOn: Day;
      readonly sources: SourceRows;
    }
  | {
      readonly kind: 'target_hit';
      readonly metric: MetricKey;
      /** Attainment of the rep's target in the window (the target amount itself is never kept). */
      readonly pct: number;
      readonly bar: number;
      readonly window: BadgeWindowSpan;
      readonly reachedOn: Day;
      readonly sources: SourceRows;
    }
  | { readonly kind: 'manual'; readonly awardedOn: Day; readonly sources: SourceRows }
  | {
      readonly kind: 'training';
      /** The courses that earned it, in completion order; the last one's day is the award's. */
      readonly courses: readonly CourseDone[];
      readonly sources: SourceRows;
    }
  | {
      readonly kind: 'milestone';
      readonly recognitionKind: RecognitionKind;
      readonly threshold: number;
      /** Recognition of the kind received so far (up to asOf). */
      readonly count: number;
      readonly reachedOn: Day;
      /** The Recognition row of the threshold-th one. */
      readonly nthRow: number;
      readonly sources: SourceRows;
    };

export type AwardFactKind = AwardFact['kind'];

/** How far a rep is toward a badge in its current window. */
export type ProgressFact =
  | {
      readonly kind: 'threshold';
      readonly metric: MetricKey;
      readonly value: number;
      readonly threshold: number;
      readonly window: BadgeWindowSpan;
    }
  | {
      readonly kind: 'single_deal';
      readonly biggest: number;
      readonly threshold: number;
      readonly window: BadgeWindowSpan;
    }
  | {
      readonly kind: 'streak_days';
      readonly metric: MetricKey;
      readonly days: number;
      readonly threshold: number;
    }
  | {
      readonly kind: 'streak_periods';
      readonly metric: MetricKey;
      readonly periodKind: BadgeWindowSpan['kind'];
      readonly count: number;
      readonly threshold: number;
    }
  | {
      readonly kind: 'record';
      readonly metric: MetricKey;
      readonly value: number;
      readonly window: BadgeWindowSpan;
      readonly best: number;
      readonly bestWindow: BadgeWindowSpan;
    }
  | {
      readonly kind: 'improvement';
      readonly metric: MetricKey;
      readonly value: number;
      readonly window: BadgeWindowSpan;
      /** The total that beats the previous window by the badge's percentage. */
      readonly needed: number;
      readonly before: number;
      readonly previous: BadgeWindowSpan;
      readonly risePct: number;
    }
  | {
      readonly kind: 'target_hit';
      readonly metric: MetricKey;
      readonly pct: number;
      readonly bar: number;
      readonly window: BadgeWindowSpan;
    };

export type ProgressFactKind = ProgressFact['kind'];
