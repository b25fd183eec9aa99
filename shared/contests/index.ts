// Contests: kinds, standings, rules hash, the race series and the Standings table.
export * from './evaluators';
export * from './describe';
export * from './rank';
export * from './rules-hash';
export * from './scan';
export * from './standings';
export * from './table';
export * from './types';
export * from './window';
