// Shapes of badge evaluation: the context it reads, awards, progress and levels.
import type { Ledger } from '../metrics';
import type { Targets } from '../metrics';
import type { Calendar } from '../time';
import type { Day } from '../time';
import type { BadgeDef, Recognition, Rep } from '../workbook';
import type { AwardFact, ProgressFact } from './facts';

export interface BadgeContext {
  readonly reps: readonly Rep[];
  readonly ledger: Ledger;
  readonly targets: Targets;
  readonly calendar: Calendar;
  readonly asOf: Day;
  /** Recognition rows; `award` rows grant `manual` badges. */
  readonly recognition: readonly Recognition[];
}

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
