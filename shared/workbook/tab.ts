// A tab definition: its columns, its unique id, and how a row of read values becomes a record.

import type { Calendar } from '../time';
import type { CellEnv } from './cells';
import type { Cell } from './grid';
import type { HeaderMap } from './headers';
import type { Settings } from './settings';
import type { Columns, TabName, TabSpec, Values } from './spec';
import { columnSpecs } from './spec';
import type { BadgeDef } from './tabs/badges';
import type { Role } from './tabs/roles';

/** What rows may look up: tabs read earlier in the run. */
export interface Lookups {
  readonly env: CellEnv;
  readonly settings: Settings;
  readonly calendar: Calendar;
  readonly repIds: ReadonlySet<string>;
  /** Badges from the tab; null when the tab is missing (the built-in catalogue applies). */
  readonly badges: ReadonlyMap<string, BadgeDef> | null;
  readonly roles: ReadonlyMap<string, Role>;
}

/** The row being read, and how to report on it. */
export interface RowContext {
  readonly row: number;
  readonly cells: readonly Cell[];
  readonly header: HeaderMap;
  readonly lookups: Lookups;
  /** The cell under a header (spec name) in this row, as text for an issue; null when blank or absent. */
  valueOf(header: string): string | null;
  /** Reports an error for this row; returns null so `return ctx.error(...)` leaves the row out. */
  error(column: string | null, value: string | null, problem: string, fix: string): null;
  /** Reports a warning for this row (the value was read as blank or its default). */
  warn(column: string | null, value: string | null, problem: string, fix: string): void;
}

export interface TabDef<C extends Columns, R> {
  readonly name: TabName;
  readonly required: boolean;
  readonly note: string;
  readonly columns: C;
  /** The column whose value must be unique in the tab; a later duplicate row is left out. */
  readonly id?: keyof C & string;
  /**
   * True when the tab expects columns of its own (Candidates' competency scores): an unknown
   * header is then reported only when it is close to one of the tab's columns.
   */
  readonly extraColumns?: boolean;
  readonly build: (values: Values<C>, ctx: RowContext) => R | null;
}

export function defineTab<C extends Columns, R>(def: TabDef<C, R>): TabDef<C, R> {
  return def;
}

// biome-ignore lint/suspicious/noExplicitAny: a list of tabs of different record types
export type AnyTabDef = TabDef<Columns, any>;

export function tabSpecOf(def: AnyTabDef): TabSpec {
  return {
    name: def.name,
    required: def.required,
    note: def.note,
    columns: columnSpecs(def.columns),
  };
}
