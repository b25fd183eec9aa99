// What the snapshot builder receives: the engine's private results, before the privacy filter.
import type { ContestRules, StandingFact } from '../contests';
import type { LeaderboardFact } from '../metrics';
import type { ContestKind } from '../workbook';
import type { AwardFact, ProgressFact } from '../badges';
import type { BadgeRule } from '../badges';
import type { FeedCaption } from '../recognition';
import type { Lens, PeriodKindPublic, SnapshotPeriod } from './schema';

export interface SnapshotRepInput {
  readonly repId: string;
  readonly name: string;
  readonly team: string | null;
  readonly avatarUrl: string | null;
  readonly active: boolean;
  readonly public: boolean;
  readonly level: number;
  readonly levelTitle: string;
  readonly xp: number;
  readonly nextLevelXp: number | null;
  readonly streak: { readonly current: number; readonly best: number };
  readonly attainment: Readonly<Record<PeriodKindPublic, number | null>>;
}

export interface RankedInput {
  readonly repId: string | null;
  readonly team?: string | null;
  readonly rank: number;
  readonly value: number | null;
}

export interface LeaderboardInput {
  readonly periodKind: PeriodKindPublic;
  readonly period: string;
  readonly lens: Lens;
  readonly entries: readonly (RankedInput & {
    readonly previousRank: number | null;
    /** What the value rests on; build.ts writes the public explanation from it. */
    readonly fact: LeaderboardFact;
  })[];
}

export interface ContestInput {
  readonly id: string;
  readonly name: string;
  readonly kind: ContestKind;
  readonly metric: string;
  readonly start: string;
  readonly end: string;
  readonly goal: number | null;
  readonly team: string | null;
  readonly prize: string | null;
  readonly description: string | null;
  readonly public: boolean;
  readonly status: 'upcoming' | 'live' | 'final';
  readonly rulesHash: string;
  /** The rule fields; build.ts writes the public rule sentence from them (words/contests.ts). */
  readonly rules: ContestRules;
  readonly standings: readonly (RankedInput & {
    readonly progressPct: number | null;
    readonly finishedAt: string | null;
    /** What the standing rests on; build.ts writes the public explanation from it. */
    readonly fact: StandingFact;
    readonly tiedWithRank: number | null;
  })[];
  readonly series: readonly {
    readonly key: string | null;
    readonly points: readonly { readonly day: string; readonly value: number }[];
  }[];
}

export interface BadgeInput {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly metric: string | null;
  readonly tier: 'bronze' | 'silver' | 'gold' | 'platinum' | null;
  readonly icon: string | null;
  readonly description: string | null;
  /** What earns it; build.ts writes the public "how to earn" from it. */
  readonly rule: BadgeRule;
  readonly public: boolean;
}

export interface AwardInput {
  readonly badgeId: string;
  readonly repId: string;
  readonly earnedOn: string;
  readonly window: string | null;
  readonly windowName: string | null;
  /** Why it was earned (private figures and text included); build.ts writes the public words. */
  readonly fact: AwardFact;
  /** False when the award comes from a Recognition row with `public = no`: then it is absent. */
  readonly public: boolean;
}

export interface ProgressInput {
  readonly repId: string;
  readonly badgeId: string;
  readonly pct: number;
  /** Where the rep stands (private figures included); build.ts writes the public words. */
  readonly fact: ProgressFact;
}

export interface RecognitionInput {
  readonly id: string;
  readonly date: string;
  readonly kind: 'hi-five' | 'shout-out' | 'award' | 'badge' | 'contest_won' | 'big_deal';
  readonly toRepId: string;
  /** The sender's rep id when the sender is a rep; otherwise null. */
  readonly fromRepId: string | null;
  /** The sender as typed, when not a rep. */
  readonly fromText: string | null;
  /** A person's message as typed (manual entries). */
  readonly message: string | null;
  /** What an automatic entry says, as data; build.ts writes the public words. */
  readonly caption: FeedCaption | null;
  readonly badgeId: string | null;
  readonly contestId: string | null;
  readonly public: boolean;
}

export interface SnapshotInput {
  readonly generatedAt: string;
  readonly asOf: string;
  readonly team: {
    readonly name: string;
    readonly currency: string;
    readonly timeZone: string;
    readonly weekStartsOn: 'monday' | 'sunday';
    readonly tvTopN: number;
    readonly publishAmounts: boolean;
    /** Settings `streak_daily_points`: the activity points a working day needs to count toward a streak. */
    readonly streakDailyPoints: number;
  };
  readonly periods: readonly SnapshotPeriod[];
  readonly reps: readonly SnapshotRepInput[];
  readonly leaderboards: readonly LeaderboardInput[];
  readonly contests: readonly ContestInput[];
  readonly badges: readonly BadgeInput[];
  readonly awards: readonly AwardInput[];
  readonly progress: readonly ProgressInput[];
  readonly recognition: readonly RecognitionInput[];
}
