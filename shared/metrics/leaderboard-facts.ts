// Typed facts behind a leaderboard entry, one kind per lens: figures, periods and source rows, no words.
import type { Period } from '../time';
import type { SourceRef } from './ledger';

/** Won revenue of a period so far: the amount, the number of won deals and their Deals rows. */
export interface WonFact {
  readonly revenue: number;
  readonly deals: number;
  readonly sources: readonly SourceRef[];
}

/** One activity type's part of the activity points: count × weight. */
export interface PointsPart {
  readonly type: string;
  readonly count: number;
  readonly weight: number;
}

export type LeaderboardFact =
  | { readonly kind: 'revenue'; readonly period: Period; readonly won: WonFact }
  /** `pct`: revenue as % of the rep's own target (exact; the target amount stays out). */
  | {
      readonly kind: 'attainment';
      readonly period: Period;
      readonly pct: number;
      readonly won: WonFact;
    }
  | {
      readonly kind: 'activity_points';
      readonly period: Period;
      /** The points as ranked (rounded to 0.01). */
      readonly points: number;
      /** Types with a non-zero count, alphabetical. */
      readonly parts: readonly PointsPart[];
    }
  /** The rise in attainment over the previous period at the same point, in percentage points. */
  | {
      readonly kind: 'improvement';
      readonly period: Period;
      readonly pct: number;
      readonly previous: Period;
      readonly previousPct: number;
      /** The rise as ranked (rounded to 0.1). */
      readonly rise: number;
    };

export type LeaderboardFactKind = LeaderboardFact['kind'];
