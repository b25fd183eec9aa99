// The Commission statement dialog's data: plain JSON, sent through google.script.run.
import type { StatementRow } from '../../../shared/incentives';

export type StatementWhich = 'current' | 'previous';

export interface StatementOptions {
  readonly asOf: string;
  /** Reps a commission plan pays this period, by name. */
  readonly reps: readonly { readonly repId: string; readonly name: string }[];
}

/** The engine's statement rows (manager words): item, detail, amount. */
export type { StatementRow };

export interface StatementData {
  readonly kind: 'statement';
  readonly repId: string;
  readonly name: string;
  readonly which: StatementWhich;
  readonly currency: string;
  readonly asOf: string;
  readonly planId: string;
  /** The pay period's label, e.g. 2026-11 or 2026-Q4. */
  readonly period: string;
  readonly start: string;
  readonly end: string;
  /** The engine's statement, one line each, as printed. */
  readonly lines: readonly string[];
  /** The deals counted and the pay arithmetic, as rows of item, detail, amount. */
  readonly rows: readonly StatementRow[];
  readonly total: number;
}

export interface NoStatement {
  readonly kind: 'none';
  readonly repId: string;
  readonly message: string;
}

export type StatementResult = StatementData | NoStatement;
