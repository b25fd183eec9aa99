// Public snapshot: schema, types, validation and the privacy-filtering builder.
export { buildSnapshot, initialsOf, serializeSnapshot } from './build';
export {
  type KeyedPart,
  PART_SCHEMA,
  PART_VERSION,
  RECENT_AWARD_DAYS,
  type SnapshotPart,
  SnapshotPartSchema,
  type SplitSnapshot,
  splitSnapshot,
} from './parts';
export { type PartCheck, type PartWant, mergePart, partKeyFor, validatePart } from './parts-read';
export {
  type AwardInput,
  type BadgeInput,
  type ContestInput,
  type LeaderboardInput,
  type ProgressInput,
  type RankedInput,
  type RecognitionInput,
  type SnapshotInput,
  type SnapshotRepInput,
} from './input';
export {
  type PublicPolicy,
  badgeMeasuresMoney,
  measuresMoney,
  moneyHidden,
  publicMoney,
  publicMoneyShare,
  publicMoneyText,
  publicPolicy,
} from './public-policy';
export {
  AwardSchema,
  type BadgeProgress,
  BadgeProgressSchema,
  BadgeSchema,
  ContestSchema,
  type Leaderboard,
  type LeaderboardEntry,
  LeaderboardEntrySchema,
  LeaderboardSchema,
  type Lens,
  LensSchema,
  type PartIndex,
  PartIndexSchema,
  PartKeySchema,
  type PeriodKindPublic,
  PeriodKindSchema,
  RaceSeriesSchema,
  type RecognitionEntry,
  RecognitionSchema,
  SNAPSHOT_VERSION,
  type Snapshot,
  type SnapshotAward,
  type SnapshotBadge,
  type SnapshotContest,
  type SnapshotPeriod,
  SnapshotPeriodSchema,
  type SnapshotRep,
  SnapshotRepSchema,
  SnapshotSchema,
  SnapshotTeamEntrySchema,
  SnapshotTeamSchema,
  type Standing,
  StandingSchema,
  UnitSchema,
} from './schema';
export { type Unit, contestUnit, lensUnit } from './units';
export { REPUBLISHING_REASON, type SnapshotCheck, validateSnapshot } from './validate';
export { awardVisibility } from './award-privacy';
