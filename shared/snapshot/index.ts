// Public snapshot: schema, types, validation and the privacy-filtering builder.
export { buildSnapshot, initialsOf, serializeSnapshot } from './build';
export { RECENT_AWARD_DAYS, type SnapshotPart, splitSnapshot } from './parts';
export { type PartCheck, type PartWant, mergePart, partKeyFor, validatePart } from './parts-read';
export type {
  ContestInput,
  ProgressInput,
  RecognitionInput,
  SnapshotInput,
  SnapshotRepInput,
} from './input';
export { badgeMeasuresMoney, publicPolicy } from './public-policy';
export {
  type BadgeProgress,
  ContestSchema,
  type Leaderboard,
  type LeaderboardEntry,
  type Lens,
  LensSchema,
  type PeriodKindPublic,
  PeriodKindSchema,
  type ProgressMeasure,
  ProgressMeasureSchema,
  RaceSeriesSchema,
  type RecognitionEntry,
  RecognitionSchema,
  type Snapshot,
  type SnapshotAward,
  type SnapshotBadge,
  type SnapshotContest,
  type SnapshotPeriod,
  type SnapshotRep,
  type Standing,
} from './schema';
export { type Unit, lensUnit } from './units';
export { MIN_GROUP } from './disclosure';
export { withheldTeamsText } from './words/contests';
export { REPUBLISHING_REASON, validateSnapshot } from './validate';
export { awardVisibility } from './award-privacy';
