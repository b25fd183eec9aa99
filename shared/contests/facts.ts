// Typed facts behind a contest standing: what each kind computed and the sheet rows behind it, no words.
import type { MetricKey, SourceRef } from '../metrics';
import type { At, Day } from '../time';

/**
 * A metric summed over the counted days start..cutoff (cutoff < start: nothing counted yet).
 * `reps` is the number of reps summed for a team participant, null for a rep.
 */
export interface TotalFact {
  readonly metric: MetricKey;
  readonly value: number;
  readonly reps: number | null;
  readonly start: Day;
  readonly cutoff: Day;
  readonly sources: readonly SourceRef[];
}

/**
 * Why a participant stands where it does, one kind per outcome of the kind evaluators
 * (kinds/*.ts). Renderers: standing-words.ts (manager) and snapshot/words/contests.ts (public).
 */
export type StandingFact =
  /** The contest has not started: nothing is counted before `start`. */
  | { readonly kind: 'upcoming'; readonly start: Day }
  /** most and team: the window total. */
  | { readonly kind: 'total'; readonly total: TotalFact }
  /** percent_of_target: the total as a percentage of the rep's own target (the amount stays out). */
  | { readonly kind: 'percent_of_target'; readonly pct: number; readonly total: TotalFact }
  /** percent_of_target without a target covering start..end: listed last. */
  | {
      readonly kind: 'no_target';
      readonly start: Day;
      readonly end: Day;
      readonly total: TotalFact;
    }
  /** first_to without a goal: nobody can finish. */
  | { readonly kind: 'no_goal'; readonly total: TotalFact }
  /** first_to: the goal was crossed at `at`, by the contribution in `source` when known. */
  | {
      readonly kind: 'goal_reached';
      readonly goal: number;
      readonly at: At;
      readonly source: SourceRef | null;
      readonly total: TotalFact;
    }
  /** first_to: the goal is not reached yet. */
  | { readonly kind: 'goal_not_reached'; readonly goal: number; readonly total: TotalFact }
  /** streak: no working day met the daily goal in start..cutoff. */
  | {
      readonly kind: 'no_streak';
      readonly metric: MetricKey;
      readonly goal: number;
      readonly start: Day;
      readonly cutoff: Day;
    }
  /** streak: the longest run of working days meeting the daily goal, first..last. */
  | {
      readonly kind: 'streak';
      readonly metric: MetricKey;
      readonly goal: number;
      readonly days: number;
      readonly first: Day;
      readonly last: Day;
      readonly sources: readonly SourceRef[];
    }
  /** improvement before any day is counted. */
  | { readonly kind: 'nothing_counted' }
  /** improvement with nothing in the previous window to compare with: listed last. */
  | { readonly kind: 'no_previous'; readonly now: TotalFact; readonly before: TotalFact }
  /** improvement: the % rise of `now` over `before` (the same number of days just before). */
  | {
      readonly kind: 'improvement';
      readonly pct: number;
      readonly now: TotalFact;
      readonly before: TotalFact;
    };

export type StandingFactKind = StandingFact['kind'];
