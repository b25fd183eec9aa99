// Contests: kinds, standings, rules hash, the race series and the Standings table.
export * from './evaluators';
export * from './rank';
export * from './rules-hash';
export * from './scan';
export * from './standings';
export * from './table';
export * from './types';
export * from './window';
export type { StandingFact, StandingFactKind, TotalFact } from './facts';
export {
  countedText,
  STANDING_WORDS,
  standingFactText,
  standingText,
  tieText,
} from './standing-words';
export {
  describeRules,
  previousRange,
  RULES_WORDS,
  type RulesFrame,
  rulesFrame,
} from './rules-words';
