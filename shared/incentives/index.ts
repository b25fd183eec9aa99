// Incentives: commission plans, payouts, statements, what-if, SPIFs and recognition milestones.
export * from './clawback';
export * from './context';
export * from './issues';
export * from './milestones';
export * from './payout';
export * from './plan-match';
export * from './revenue';
export * from './run';
export * from './segments';
export * from './spiff';
export * from './statement';
export * from './table';
export * from './text';
export * from './tier-pay';
export * from './types';
export * from './what-if';
