// Incentives: commission plans, payouts, statements, what-if and SPIFs.
export { clawbackLines } from './clawback';
export { type ClawbackDeal, type IncentiveRun, prepareIncentives } from './context';
export { incentiveIssues } from './issues';
export { payoutAt, payoutFor, payoutHistory } from './payout';
export {
  type PlanChoice,
  type PlanLevel,
  inEffect,
  planFor,
  planIssues,
  planLevel,
  plansOfRep,
} from './plan-match';
export { type PeriodRevenue, periodRevenue, periodTarget } from './revenue';
export { type IncentivesResult, contestLookup, runIncentives } from './run';
export { type SegmentChoice, segmentAt, segmentsBetween } from './segments';
export { prizeAmount, spiffIssues, spiffLines } from './spiff';
export { type Statement, type StatementDeal, commissionStatement } from './statement';
export {
  COMMISSIONS_HEADER,
  type CommissionRow,
  commissionRows,
  commissionsTable,
  tierText,
} from './table';
export { cents, multiplierText, rateText, segmentName } from './text';
export { type TierPay, tierPay, tierReached } from './tier-pay';
export {
  type ClawbackPaid,
  type ContestLookup,
  type IncentiveInput,
  type PayLine,
  type PayLineKind,
  type PayRef,
  type PaySegment,
  type Payout,
  type TierReached,
} from './types';
export { type WhatIf, whatIf, withExtraWin } from './what-if';
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
