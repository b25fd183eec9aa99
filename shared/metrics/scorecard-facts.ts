// Typed facts behind a Scorecard row's explanation: won revenue, the target and the pace, no words.
import type { Period } from '../time';
import type { WonFact } from './leaderboard-facts';

/** Working days of the period gone by the as-of day, as a share of all its working days. */
export interface PaceFact {
  readonly pct: number;
  readonly elapsed: number;
  readonly days: number;
}

interface PeriodFigures {
  readonly period: Period;
  readonly won: WonFact;
  readonly pace: PaceFact;
}

/** One kind per state of the revenue target; words: scorecard-words.ts (manager only). */
export type ScorecardFact =
  | (PeriodFigures & { readonly kind: 'no_target' })
  /** A target whose attainment cannot be measured (zero). */
  | (PeriodFigures & { readonly kind: 'target_only'; readonly target: number })
  | (PeriodFigures & {
      readonly kind: 'attainment';
      readonly target: number;
      readonly pct: number;
    });

export type ScorecardFactKind = ScorecardFact['kind'];
