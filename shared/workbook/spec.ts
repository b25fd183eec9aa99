// Column and tab definitions: the shape every tab file fills in, and the public spec for Set up and docs.

import { boolean, type Coercer } from './cells';

/** The input tabs, in the order issues and docs list them. */
export const TAB_NAMES = [
  'Settings',
  'Reps',
  'Targets',
  'Activities',
  'Deals',
  'Contests',
  'Badges',
  'Recognition',
  'Training',
  'Coaching',
  'Action Plans',
  'Plan Template',
  'Roles',
  'Candidates',
  'Commission Plans',
  'Import Mapping',
] as const;
export type TabName = (typeof TAB_NAMES)[number];

/** A data-validation hint for the add-on's Set up. */
export type Validation =
  | { readonly kind: 'list'; readonly values: readonly string[] }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'date' }
  | { readonly kind: 'repId' }
  | { readonly kind: 'number'; readonly min: number }
  | { readonly kind: 'text' };

/** What Set up and the docs need to know about a column. */
export interface ColumnSpec {
  /** The header as the spec writes it, e.g. `rep_id`. */
  readonly header: string;
  readonly required: boolean;
  /** One line for the header cell's note. */
  readonly note: string;
  readonly validation: Validation;
  /** The value a blank cell takes, as the docs show it (null = blank stays blank). */
  readonly defaultText: string | null;
}

export interface TabSpec {
  readonly name: TabName;
  /** A missing required tab is an error; a missing optional tab turns its feature off. */
  readonly required: boolean;
  /** One line: what the tab is for. */
  readonly note: string;
  readonly columns: readonly ColumnSpec[];
}

/** A column with its reader. `T` is the value after blank handling (null, default, or required). */
export interface Column<T> extends ColumnSpec {
  readonly coerce: Coercer<unknown>;
  /** The value of a blank (or, for a warning, bad) cell. */
  readonly fallback: T;
  /** error: a bad value leaves the row out; warning: it is reported and read as `bad.value`. */
  readonly onBad: 'error' | 'warning';
  /** True for a column that says whether a row may be published (`public`). */
  readonly privacy?: boolean;
  /** What a bad value reads as (with a warning), and how the report names it; null text = blank. */
  readonly bad: { readonly value: T; readonly text: string | null };
  /** Phantom field carrying T for type inference. */
  readonly __type?: T;
}

export type Columns = Readonly<Record<string, Column<unknown>>>;
export type Values<C extends Columns> = {
  -readonly [K in keyof C]: C[K] extends Column<infer T> ? T : never;
};

interface ColumnOptions {
  readonly note: string;
  readonly validation?: Validation;
  readonly onBad?: 'error' | 'warning';
}

/** A required column: a blank or bad cell leaves the row out. */
export function required<T>(header: string, coerce: Coercer<T>, o: ColumnOptions): Column<T> {
  return {
    header,
    required: true,
    note: o.note,
    validation: o.validation ?? { kind: 'text' },
    defaultText: null,
    coerce,
    fallback: undefined as T,
    onBad: 'error',
    bad: { value: undefined as T, text: null },
  };
}

/** An optional column: blank = null; a bad value is a warning and reads as null (unless onBad). */
export function optional<T>(
  header: string,
  coerce: Coercer<T>,
  o: ColumnOptions,
): Column<T | null> {
  return {
    header,
    required: false,
    note: o.note,
    validation: o.validation ?? { kind: 'text' },
    defaultText: null,
    coerce,
    fallback: null,
    onBad: o.onBad ?? 'warning',
    bad: { value: null, text: null },
  };
}

/** An optional column with a default: blank (or a bad value, as a warning) reads as the default. */
export function withDefault<T>(
  header: string,
  coerce: Coercer<T>,
  fallback: T,
  defaultText: string,
  o: ColumnOptions,
): Column<T> {
  return {
    header,
    required: false,
    note: o.note,
    validation: o.validation ?? { kind: 'text' },
    defaultText,
    coerce,
    fallback,
    onBad: o.onBad ?? 'warning',
    bad: { value: fallback, text: defaultText },
  };
}

/**
 * A yes/no column that decides what is shown (public, active): blank is yes, and a value that is
 * neither a yes word nor a no word reads as no, the answer that publishes less, with a warning.
 */
export function visibility(header: string, note: string, privacy: boolean): Column<boolean> {
  return {
    ...withDefault(header, boolean, true, 'yes', { note, validation: { kind: 'boolean' } }),
    bad: { value: false, text: 'no' },
    privacy,
  };
}

/** The public part of a tab's columns, in order. */
export function columnSpecs(columns: Columns): ColumnSpec[] {
  return Object.values(columns).map(({ header, required, note, validation, defaultText }) => ({
    header,
    required,
    note,
    validation,
    defaultText,
  }));
}
