// Shapes of the incentives engine: its inputs, the pay periods of a rep, and a payout with its parts.
import type { ContestResult } from '../contests';
import type { Ledger } from '../metrics';
import type { Targets } from '../metrics';
import type { Period } from '../time';
import type { Day } from '../time';
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

/** A sheet row behind a pay line: the Deals row of a clawed-back deal, the Contests row of a SPIF. */
export interface PayRef {
  readonly tab: 'Deals' | 'Contests';
  readonly row: number;
}

/** The pay period a clawed-back deal was paid in, and its base and tier pay with and without it. */
export interface ClawbackPaid {
  readonly segment: PaySegment;
  readonly withIt: number;
  readonly without: number;
}

/**
 * One line of the pay arithmetic, as a fact (words: pay-words.ts). `amount` is the line's pay in
 * cents; `sources` the sheet rows behind it.
 */
export type PayLine =
  /** base rate × revenue */
  | {
      readonly kind: 'base';
      readonly amount: number;
      readonly ratePct: number;
      readonly revenue: number;
      readonly sources: readonly PayRef[];
    }
  /** multiplier × base rate × revenue of the band (marginal) or of all revenue (retroactive) */
  | {
      readonly kind: 'tier';
      readonly amount: number;
      readonly multiplier: number;
      readonly ratePct: number;
      readonly revenue: number;
      readonly sources: readonly PayRef[];
    }
  /** A final contest's money prize for the rep's place; a team's prize split among its members. */
  | {
      readonly kind: 'spiff';
      readonly amount: number;
      readonly contestId: string;
      readonly contestName: string;
      readonly rank: number;
      readonly prize: number;
      /** null for a rep's own prize. */
      readonly team: { readonly name: string | null; readonly members: number } | null;
      readonly sources: readonly PayRef[];
    }
  /** A deal won then lost: the pay it earned where it was won, taken back (null: no plan paid it). */
  | {
      readonly kind: 'clawback';
      readonly amount: number;
      readonly dealId: string;
      readonly dealAmount: number;
      readonly wonDay: Day;
      readonly lostDay: Day;
      readonly paid: ClawbackPaid | null;
      readonly sources: readonly PayRef[];
    };

export type PayLineKind = PayLine['kind'];

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
  /** Draw balance still to recover before this period. */
  readonly drawBalanceIn: number;
  /** Draw top-up paid this period (also covers a negative period when the plan has no draw). */
  readonly drawPaid: number;
  /** Balance recovered this period from earnings above the draw. */
  readonly drawRecovered: number;
  /** Balance still to recover after this period. */
  readonly drawBalance: number;
  readonly total: number;
  /** Deals rows of the won deals counted. */
  readonly dealRows: readonly number[];
}
