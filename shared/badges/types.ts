// Shapes of badge evaluation: the context it reads, awards, progress and levels.
import type { RunContext } from '../run-context';
import type { Day } from '../time';
import type { BadgeDef, Rep } from '../workbook';
import type { AwardFact, ProgressFact } from './facts';

/** What a badge kind reads of a run: the reps, their figures, the windows and recognition. */
export type BadgeContext = Pick<
  RunContext,
  'reps' | 'ledger' | 'targets' | 'calendar' | 'asOf' | 'recognition' | 'badgeWindows'
>;

/** What badge evaluation reads: a badge context and the badges to judge (the engine's are gated). */
export type BadgeSetContext = BadgeContext & Pick<RunContext, 'badges'>;

export interface Award {
  readonly badgeId: string;
  readonly repId: string;
  readonly earnedOn: Day;
  /** The period label the badge was earned for (`2026-11`), or null for once-ever and run badges. */
  readonly window: string | null;
  readonly value: number | null;
  /** Why it was earned, as data: `awardWords` (manager) and the snapshot's words (public) write it. */
  readonly fact: AwardFact;
}

export interface Progress {
  readonly repId: string;
  readonly badgeId: string;
  readonly current: number;
  readonly threshold: number;
  /** current / threshold × 100, clamped to 0..100, one decimal. */
  readonly pct: number;
  /** Where the rep stands, as data: `progressWords` (manager) and the snapshot's words (public) write it. */
  readonly fact: ProgressFact;
}

/** Progress before the percentage is worked out. */
export type ProgressDraft = Omit<Progress, 'repId' | 'badgeId' | 'pct'>;

/** One pass of a badge kind over one rep: every award so far, and progress in the current window. */
export interface KindOutcome {
  readonly awards: Award[];
  /** Null when the badge does not apply now or is already earned in the current window. */
  readonly progress: ProgressDraft | null;
}

export type BadgeKindEvaluator = (badge: BadgeDef, rep: Rep, ctx: BadgeContext) => KindOutcome;
