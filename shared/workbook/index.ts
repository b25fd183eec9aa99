// The workbook module: raw grids in, typed records and data issues out.

export * from './cells';
export * from './grid';
export * from './headers';
export * from './names';
export * from './parse';
export * from './settings';
export * from './settings-defs';
export * from './spec';
export * from './specs';
export type { Lookups, RowContext, TabDef } from './tab';
export * from './tabs/action-plans';
export * from './tabs/activities';
export * from './tabs/badges';
export * from './tabs/candidates';
export * from './tabs/coaching';
export * from './tabs/commission-plans';
export * from './tabs/contests';
export * from './tabs/deals';
export * from './tabs/plan-template';
export * from './tabs/plan-template-read';
export * from './tabs/recognition';
export * from './tabs/reps';
export * from './tabs/roles';
export * from './tabs/targets';
export * from './tabs/training';
export * from './workbook';
