// Shapes of the incentives engine: its inputs, the pay periods of a rep, and a payout with its parts.
import type { ContestResult } from '../contests/types';
import type { Ledger } from '../metrics/ledger';
import type { Targets } from '../metrics/targets';
import type { Period } from '../time/period';
import type { Day } from '../time/types';
import type { CommissionPlan, Workbook } from '../workbook';

/** The results of one contest by id (the run evaluates contests once). */
export type ContestLookup = (contestId: string) => ContestResult | undefined;

/** Everything the incentives engine reads; built once per run. */
export interface IncentiveInput {
  readonly workbook: Workbook;
  readonly ledger: Ledger;
  readonly targets: Targets;
  readonly contests: ContestLookup;
  readonly asOf: Day;
}

/**
 * A pay period: the plan's month or quarter, cut short where the plan in effect changes
 * (`clipped`), and never reaching past the as-of day for revenue.
 */
export interface PaySegment {
  readonly plan: CommissionPlan;
  readonly period: Period;
  readonly start: Day;
  readonly end: Day;
  readonly clipped: boolean;
}

export interface TierReached {
  readonly fromPct: number;
  readonly multiplier: number;
}

/** One line of the pay arithmetic, e.g. "1.5 × 5% × $2,000 = $150". */
export interface PayLine {
  readonly kind: 'base' | 'tier' | 'spiff' | 'clawback';
  readonly amount: number;
  readonly text: string;
  /** Sheet rows behind the line (Deals rows for clawbacks, Contests row for a SPIF). */
  readonly rows: readonly number[];
}

export interface Payout {
  readonly repId: string;
  readonly segment: PaySegment;
  /** Won revenue counted: won deals closed in the period plus deals won here and later lost. */
  readonly revenue: number;
  /** Revenue target (prorated by working days for a clipped period); null when none. */
  readonly target: number | null;
  readonly attainmentPct: number | null;
  readonly tier: TierReached | null;
  readonly lines: readonly PayLine[];
  readonly base: number;
  readonly tierPay: number;
  readonly spiff: number;
  readonly clawback: number;
  /** base + tier + spiff + clawback, before the cap. */
  readonly earned: number;
  /** Amount removed by the cap (0 when under it). */
  readonly cappedBy: number;
  /** Draw top-up paid this period (also covers a negative period when the plan has no draw). */
  readonly drawPaid: number;
  /** Balance recovered this period from earnings above the draw. */
  readonly drawRecovered: number;
  /** Balance still to recover after this period. */
  readonly drawBalance: number;
  readonly total: number;
  /** Deals rows of the won deals counted. */
  readonly dealRows: readonly number[];
  readonly explanation: string;
}
