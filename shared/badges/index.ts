// Badges: the built-in catalogue, badge kinds, awards, progress, levels/XP and the Awards table.
export * from './awards';
export * from './catalogue';
export * from './default-catalogue';
export * from './evaluators';
export * from './how-to-earn';
export * from './kinds/record';
export * from './levels';
export * from './table';
export * from './types';
export * from './windows';
