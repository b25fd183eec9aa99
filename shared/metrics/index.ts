// Public surface of the metrics module.
export { LENSES, type Lens, SCORECARD_KINDS, type ScorecardKind } from './boards';
export { buildDealIndex, type DealIndex } from './deal-index';
export { computeHistory, historyTable } from './history';
export {
  type Leaderboard,
  type LeaderboardEntry,
  computeLeaderboards,
  rankDescending,
} from './leaderboard';
export {
  DEAL_METRICS,
  type Ledger,
  type LedgerEvent,
  type LedgerInput,
  type MetricKey,
  type SourceRef,
  buildLedger,
  sourceTab,
} from './ledger';
export {
  type Pace,
  type PeriodFigures,
  type PeriodMetricsContext,
  type PeriodMetricsOf,
  type RepPeriodMetrics,
  aggregatePeriodMetrics,
  paceOf,
  periodMetricsOf,
} from './period-metrics';
export {
  type ScorecardEntry,
  compareReps,
  computeScorecard,
  periodFact,
  scorecardTable,
} from './scorecard';
export {
  type PersonalRecord,
  type RepStreaks,
  type Streak,
  computeStreak,
  computeStreaks,
} from './streaks';
export { type Targets, type TargetsInput, buildTargets } from './targets';
export type {
  LeaderboardFact,
  LeaderboardFactKind,
  PointsPart,
  WonFact,
} from './leaderboard-facts';
export {
  improvementText,
  LEADERBOARD_WORDS,
  leaderboardText,
  pointsText,
  wonDealsText,
} from './leaderboard-words';
export type { PaceFact, ScorecardFact, ScorecardFactKind } from './scorecard-facts';
export { SCORECARD_TARGET_WORDS, scorecardText } from './scorecard-words';
