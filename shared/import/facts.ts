// What an import returns: typed facts (mapped rows, questions, issues, or why nothing could be read); words come later.
import type { DataIssue } from '../issues';
import type { DealStatus } from '../workbook';
import type { ReadDate } from './dates';
import type { ImportField, ImportKind } from './fields';
import type { Mapping } from './mapping';
import type { StageOutcome } from './stages';

/** Something only the manager can answer; each is answered once, in the mapping. */
export type Question =
  | { readonly kind: 'stage'; readonly stage: string; readonly rows: number }
  | { readonly kind: 'date-order'; readonly example: string }
  | { readonly kind: 'decimal-mark'; readonly example: string }
  /** Neither the preset nor the columns say whether a row is a deal or an activity. */
  | { readonly kind: 'kind'; readonly headers: readonly string[] }
  /** A column the import needs and could not find by name: which of the export's headers is it? */
  | { readonly kind: 'column'; readonly field: ImportField; readonly headers: readonly string[] }
  | {
      readonly kind: 'owner';
      readonly owner: string;
      readonly repId: string;
      readonly repName: string;
      readonly rows: number;
    };

/** Why an import wrote nothing. */
export type ImportFailure =
  | { readonly kind: 'empty' }
  | { readonly kind: 'mapped-column-absent'; readonly field: ImportField; readonly header: string }
  | { readonly kind: 'bad-time-zone'; readonly zone: string }
  | {
      readonly kind: 'nothing-usable';
      readonly rows: number;
      /** Rows per currency other than the one counted (deals only), as ImportCounts has them. */
      readonly otherCurrencies?: readonly { readonly currency: string; readonly rows: number }[];
    };

export interface MappedDeal {
  /** The export's row number as a sheet shows it (header = 1). */
  readonly sourceRow: number;
  readonly dealId: string;
  readonly repId: string;
  readonly account: string | null;
  readonly product: string | null;
  readonly amount: number;
  readonly stage: string | null;
  readonly status: DealStatus;
  readonly created: ReadDate | null;
  readonly close: ReadDate | null;
  readonly expectedClose: ReadDate | null;
}

export interface MappedActivity {
  readonly sourceRow: number;
  readonly at: ReadDate;
  readonly repId: string;
  readonly type: string;
  readonly count: number;
  readonly dealId: string | null;
  /** The subject, with the export's activity id as ` (#id)` so a re-import updates the row. */
  readonly note: string | null;
}

/** An owner not in Reps, added as a private rep (nothing is published until the manager says so). */
export interface NewRep {
  readonly repId: string;
  readonly name: string;
  readonly email: string | null;
  /** The owner text as the export writes it. */
  readonly owner: string;
}

export interface ImportCounts {
  readonly rows: number;
  readonly used: number;
  readonly leftOut: number;
  /** Rows whose stage the mapping says to ignore (and Pipedrive's `deleted`). */
  readonly ignored: number;
  /** Activities not done yet (planned calls): not counted. */
  readonly notDone: number;
  /** Rows per currency other than the one counted. */
  readonly otherCurrencies: readonly { readonly currency: string; readonly rows: number }[];
}

interface Common {
  /** The mapping completed with what was read from the data: save it, and the next import asks nothing. */
  readonly mapping: Mapping;
  readonly issues: readonly DataIssue[];
}

export type ImportOutcome =
  | (Common & { readonly kind: 'failed'; readonly failure: ImportFailure })
  | (Common & { readonly kind: 'questions'; readonly questions: readonly Question[] })
  | (Common & {
      readonly kind: 'mapped';
      readonly importKind: ImportKind;
      readonly deals: readonly MappedDeal[];
      readonly activities: readonly MappedActivity[];
      /** Deal ids whose latest state is ignored (deleted upstream, cancelled): removed from Deals. */
      readonly ignoredIds: readonly string[];
      readonly newReps: readonly NewRep[];
      readonly counts: ImportCounts;
      /** How each owner of the export was read (rep_id), in the export's order: for a preview. */
      readonly owners: readonly { readonly owner: string; readonly repId: string }[];
      /** How each stage word of the export was read (deals), most rows first: for a preview. */
      readonly stages: readonly {
        readonly stage: string;
        readonly outcome: StageOutcome;
        readonly rows: number;
      }[];
    });
