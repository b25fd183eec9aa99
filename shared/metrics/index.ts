// Public surface of the metrics module.
export { LENSES, type Lens, SCORECARD_KINDS, type ScorecardKind } from './boards';
export { buildDealIndex, type DealIndex } from './deal-index';
export { ACTIVITY_TYPE_COLUMN, FIGURE_COLUMNS } from './figure-columns';
export { computeHistory, historyTable } from './history';
export {
  type Leaderboard,
  type LeaderboardEntry,
  computeLeaderboards,
  rankDescending,
} from './leaderboard';
export {
  type Ledger,
  type LedgerEvent,
  type MetricKey,
  type SourceRef,
  buildLedger,
  sourceTab,
} from './ledger';
export {
  type PeriodMetricsOf,
  aggregatePeriodMetrics,
  paceOf,
  periodMetricsOf,
} from './period-metrics';
export {
  type ScorecardEntry,
  computeScorecard,
  SCORECARD_VERDICT_FIGURES,
  scorecardTable,
} from './scorecard';
export { type RepStreaks, type Streak, computeStreak, computeStreaks } from './streaks';
export { type Targets, buildTargets } from './targets';
export type { LeaderboardFact } from './leaderboard-facts';
export {
  improvementText,
  LEADERBOARD_WORDS,
  leaderboardText,
  pointsText,
  wonDealsText,
} from './leaderboard-words';
export type { ScorecardFact } from './scorecard-facts';
export { SCORECARD_TARGET_WORDS, scorecardText } from './scorecard-words';
