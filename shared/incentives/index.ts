// Incentives: commission plans, payouts, statements, what-if and SPIFs.
export { type IncentiveRun, prepareIncentives } from './context';
export { payoutAt, payoutHistory } from './payout';
export { planFor, planIssues } from './plan-match';
export { type IncentivesResult, runIncentives } from './run';
export { prizeAmount, spiffIssues } from './spiff';
export { type Statement, commissionStatement } from './statement';
export { COMMISSIONS_HEADER, commissionsTable } from './table';
export { cents, segmentName } from './text';
export { tierPay } from './tier-pay';
export type { PayLine, Payout } from './types';
export { type WhatIf, whatIf } from './what-if';
export { PAY_LINE_WORDS, payLineText, payoutText, whatIfText } from './pay-words';
export {
  type StatementRow,
  statementLines,
  statementRows,
  statementTable,
} from './statement-words';
