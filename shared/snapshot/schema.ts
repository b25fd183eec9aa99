// The public snapshot: the only document that leaves the sheet. This schema is its allowlist.
import * as v from 'valibot';
import { LENSES, SCORECARD_KINDS } from '../metrics';
import { CONTEST_KINDS } from '../workbook';

/** Bump when the shape changes incompatibly; the site refuses other versions. */
export const SNAPSHOT_VERSION = 1;

const isoDay = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
const nullableText = v.nullable(v.string());
const nullableNumber = v.nullable(v.number());

export const PeriodKindSchema = v.picklist(SCORECARD_KINDS);
export const LensSchema = v.picklist(LENSES);
/** pct_points: a change in a percentage, in percentage points (Most improved). */
export const UnitSchema = v.picklist(['money', 'percent', 'pct_points', 'points', 'count']);

export const SnapshotTeamSchema = v.strictObject({
  name: v.string(),
  currency: v.string(),
  timeZone: v.string(),
  weekStartsOn: v.picklist(['monday', 'sunday']),
  tvTopN: v.number(),
  publishAmounts: v.boolean(),
  /**
   * The activity points a working day needs to count toward a rep's streak (Settings
   * `streak_daily_points`; 0: any activity), so the site says what a streak day is. Optional:
   * snapshots published before it existed still load.
   */
  streakDailyPoints: v.optional(v.number()),
});

export const SnapshotPeriodSchema = v.strictObject({
  kind: PeriodKindSchema,
  label: v.string(),
  name: v.string(),
  start: isoDay,
  end: isoDay,
  previousLabel: v.string(),
  previousName: v.string(),
  /**
   * Where the as-of day sits in the period, in working days (holidays and weekends skipped), so the
   * site can draw the pace a rep needs without reading the browser's clock. Optional: snapshots
   * published before it existed still load (the site then draws no pace marker).
   */
  pace: v.optional(
    v.strictObject({
      /** Expected attainment at this point of the period: elapsed / total working days × 100. */
      pct: v.number(),
      workingDaysElapsed: v.number(),
      workingDays: v.number(),
    }),
  ),
});

export const SnapshotRepSchema = v.strictObject({
  id: v.string(),
  name: v.string(),
  initials: v.string(),
  team: nullableText,
  avatarUrl: v.nullable(v.pipe(v.string(), v.startsWith('https://'))),
  level: v.number(),
  levelTitle: v.string(),
  xp: v.number(),
  nextLevelXp: nullableNumber,
  streak: v.strictObject({ current: v.number(), best: v.number() }),
  /** Attainment % of own revenue target per period kind; no target amounts, only the ratio. */
  attainment: v.strictObject({
    week: nullableNumber,
    month: nullableNumber,
    quarter: nullableNumber,
    year: nullableNumber,
  }),
});

export const SnapshotTeamEntrySchema = v.strictObject({ name: v.string(), repCount: v.number() });

/** A rep who is not public appears only as `repId: null`, so ranks stay honest without a name. */
export const LeaderboardEntrySchema = v.strictObject({
  rank: v.number(),
  repId: nullableText,
  value: nullableNumber,
  previousRank: nullableNumber,
  explanation: v.string(),
});

export const LeaderboardSchema = v.strictObject({
  periodKind: PeriodKindSchema,
  period: v.string(),
  lens: LensSchema,
  unit: UnitSchema,
  entries: v.array(LeaderboardEntrySchema),
});

export const StandingSchema = v.strictObject({
  rank: v.number(),
  repId: nullableText,
  team: nullableText,
  value: nullableNumber,
  progressPct: nullableNumber,
  finishedAt: nullableText,
  explanation: v.string(),
});

export const RaceSeriesSchema = v.strictObject({
  /** repId, team name, or null for an anonymous participant. */
  key: nullableText,
  points: v.array(v.strictObject({ day: isoDay, value: v.number() })),
});

export const ContestSchema = v.strictObject({
  id: v.string(),
  name: v.string(),
  kind: v.picklist(CONTEST_KINDS),
  metric: v.string(),
  unit: UnitSchema,
  start: isoDay,
  end: isoDay,
  goal: nullableNumber,
  team: nullableText,
  prize: nullableText,
  description: nullableText,
  status: v.picklist(['upcoming', 'live', 'final']),
  rulesHash: v.string(),
  rules: v.string(),
  standings: v.array(StandingSchema),
  series: v.array(RaceSeriesSchema),
  /**
   * A team contest's teams whose total is withheld (1 or 2 reps who are not listed publicly: the
   * small-group rule of disclosure.ts). Then no standings nor race lines are published at all: even
   * the order would bound the hidden reps' result (docs/privacy.md). Absent: none withheld.
   */
  withheldTeams: v.optional(v.array(v.string())),
});

export const BadgeSchema = v.strictObject({
  id: v.string(),
  name: v.string(),
  kind: v.string(),
  tier: v.nullable(v.picklist(['bronze', 'silver', 'gold', 'platinum'])),
  icon: nullableText,
  description: nullableText,
  howToEarn: v.string(),
  /** Named holders: exactly the reps the awards list for this badge. */
  holders: v.number(),
  /**
   * Holders who are not listed publicly, only when that cannot tell who (snapshot/holders.ts);
   * null or absent: nothing said. Optional so snapshots published before it still load.
   */
  notListed: v.optional(v.nullable(v.number())),
});

export const AwardSchema = v.strictObject({
  badgeId: v.string(),
  repId: v.string(),
  earnedOn: isoDay,
  window: nullableText,
  /** The window's period name in the team's calendar ('FY2027 Q1'); null when there is none. */
  windowName: nullableText,
  explanation: v.string(),
});

/**
 * `share`: `pct` is how much of the bar is done (a total adding up). `best_so_far`: a one-off bar
 * (one deal of $50,000) is not "65 % done" by smaller deals; `pct` only compares the biggest so
 * far with the bar, and the site says "biggest so far" instead of a percentage. Optional so
 * snapshots published before it still load (read as `share`).
 */
export const ProgressMeasureSchema = v.picklist(['share', 'best_so_far']);

export const BadgeProgressSchema = v.strictObject({
  repId: v.string(),
  badgeId: v.string(),
  pct: v.number(),
  measure: v.optional(ProgressMeasureSchema),
  explanation: v.string(),
});

export const RecognitionSchema = v.strictObject({
  id: v.string(),
  date: isoDay,
  kind: v.picklist(['hi-five', 'shout-out', 'award', 'badge', 'contest_won', 'big_deal']),
  toRepId: v.string(),
  from: nullableText,
  message: nullableText,
  badgeId: nullableText,
  contestId: nullableText,
});

/** A part's file name without extension: safe in a path and a query ('r12', 'c3', 'holders'). */
export const PartKeySchema = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{0,40}$/));
const PartRefSchema = v.strictObject({ id: v.string(), key: PartKeySchema });

/** Which on-demand parts exist (shared/snapshot/parts.ts); ids are the snapshot's rep and contest ids. */
export const PartIndexSchema = v.strictObject({
  /** Every published rep with an award: their whole award history. */
  reps: v.array(PartRefSchema),
  /** Every final contest with race lines: its series (the first load has `series: []`). */
  contests: v.array(PartRefSchema),
  /** The newest award of each badge per holder (the badges page), or null: nothing was cut. */
  holders: v.nullable(PartKeySchema),
});

export const SnapshotSchema = v.strictObject({
  schema: v.literal('bellringer.snapshot'),
  version: v.literal(SNAPSHOT_VERSION),
  generatedAt: v.string(),
  asOf: isoDay,
  team: SnapshotTeamSchema,
  periods: v.array(SnapshotPeriodSchema),
  reps: v.array(SnapshotRepSchema),
  teams: v.array(SnapshotTeamEntrySchema),
  leaderboards: v.array(LeaderboardSchema),
  contests: v.array(ContestSchema),
  badges: v.array(BadgeSchema),
  awards: v.array(AwardSchema),
  progress: v.array(BadgeProgressSchema),
  recognition: v.array(RecognitionSchema),
  /**
   * Present in a split snapshot (the first load): `awards` then holds only the recent ones and
   * final contests' `series` are empty; the rest is in the parts listed here. Absent: everything
   * is in this document (the engine's full snapshot).
   */
  parts: v.optional(PartIndexSchema),
});

export type Snapshot = v.InferOutput<typeof SnapshotSchema>;
export type SnapshotRep = v.InferOutput<typeof SnapshotRepSchema>;
export type SnapshotPeriod = v.InferOutput<typeof SnapshotPeriodSchema>;
export type Leaderboard = v.InferOutput<typeof LeaderboardSchema>;
export type LeaderboardEntry = v.InferOutput<typeof LeaderboardEntrySchema>;
export type SnapshotContest = v.InferOutput<typeof ContestSchema>;
export type Standing = v.InferOutput<typeof StandingSchema>;
export type SnapshotBadge = v.InferOutput<typeof BadgeSchema>;
export type SnapshotAward = v.InferOutput<typeof AwardSchema>;
export type BadgeProgress = v.InferOutput<typeof BadgeProgressSchema>;
export type ProgressMeasure = v.InferOutput<typeof ProgressMeasureSchema>;
export type RecognitionEntry = v.InferOutput<typeof RecognitionSchema>;
export type Lens = v.InferOutput<typeof LensSchema>;
export type PartIndex = v.InferOutput<typeof PartIndexSchema>;
export type PeriodKindPublic = v.InferOutput<typeof PeriodKindSchema>;
