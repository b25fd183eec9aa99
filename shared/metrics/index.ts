// Public surface of the metrics module.
export * from './boards';
export * from './deal-index';
export * from './history';
export * from './leaderboard';
export * from './ledger';
export * from './period-metrics';
export * from './scorecard';
export * from './streaks';
export * from './targets';
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
