// Contests: kinds, standings, rules hash, the race series and the Standings table.
export { type KindEvaluator, contestEvaluators } from './evaluators';
export { type Scored, progressPct, rankScored } from './rank';
export { type ContestRules, canonicalRules, fnv1a, rulesHash } from './rules-hash';
export { type Crossing, findCrossing, lastChangeAt } from './scan';
export { evaluateContest, evaluateContests } from './standings';
export { STANDINGS_HEADER, prizeFor, standingsTable } from './table';
export {
  type ContestContext,
  type ContestResult,
  type ContestStatus,
  type ContestWindow,
  type Participant,
  type RaceSeries,
  type Score,
  type StandingEntry,
} from './types';
export { contestStatus, contestWindow, eligibleReps, participantsOf } from './window';
export type { StandingFact, StandingFactKind, TotalFact } from './facts';
export { STANDING_WORDS, standingText, standingWords } from './standing-words';
export { describeRules, RULES_WORDS, rulesWords } from './rules-words';
