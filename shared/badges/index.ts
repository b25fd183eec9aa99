// Badges: the built-in catalogue, badge kinds, awards, progress, levels/XP, hi-five milestone and training badges, and the Awards table.
export * from './award-order';
export * from './award-words';
export * from './awards';
export * from './catalogue';
export * from './default-catalogue';
export * from './evaluators';
export * from './facts';
export * from './how-to-earn';
export * from './kinds/record';
export * from './levels';
export * from './milestones';
export * from './progress-words';
export * from './rule';
export * from './table';
export * from './training-badges';
export * from './types';
export * from './windows';
