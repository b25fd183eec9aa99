// Incentives: commission plans, payouts, statements, what-if and SPIFs.
export * from './clawback';
export * from './context';
export * from './issues';
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
export {
  PAY_LINE_WORDS,
  payLineText,
  payoutText,
  whatIfText,
} from './pay-words';
export {
  type StatementRow,
  statementLines,
  statementRows,
  statementTable,
} from './statement-words';
