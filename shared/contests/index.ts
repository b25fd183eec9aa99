// Contests: kinds, standings, rules hash, the race series and the Standings table.
export { type Scored, progressPct, rankScored } from './rank';
export { type ContestRules, canonicalRules, fnv1a, rulesHash } from './rules-hash';
export { findCrossing } from './scan';
export { evaluateContest, evaluateContests } from './standings';
export { STANDINGS_HEADER, prizeFor, standingsTable } from './table';
export type { ContestContext, ContestResult, Score, StandingEntry } from './types';
export type { StandingFact, TotalFact } from './facts';
export { STANDING_WORDS, standingText, standingWords } from './standing-words';
export { describeRules, RULES_WORDS, rulesWords } from './rules-words';
