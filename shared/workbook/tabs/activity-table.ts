// The Activities tab read as columns (the ledger's layout); a row's record is built only when asked.
//
// Activities is the biggest tab (about 5 rows per rep per working day). One record object per row
// costs several times the row's figures, and the engine only sums them: the rows are read straight
// into typed columns, with rep ids and types as dense codes. An explanation or a test that needs a
// row as an Activity asks for it (`record(i)`, iteration) and gets it built from the columns.
import { dayOfAt } from '../../time';
import type { DataIssue } from '../../issues';
import type { Grid } from '../grid';
import { readRows } from '../read';
import type { Lookups } from '../tab';
import { type Activity, activitiesTab } from './activities';

/** What the engine reads of Activities: records (tests, tools), or the columns of a parsed sheet. */
export type ActivityRows = readonly Activity[] | ActivityTable;

/** One typed array per field; entry i of each is row i. `rep` and `type` are codes. */
export interface ActivityColumns {
  /** Rep id of each rep code: the Reps tab's ids in order (all an activity may name). */
  readonly repIds: readonly string[];
  /** Activity type of each type code, in first-seen order. */
  readonly types: readonly string[];
  readonly rep: Int32Array;
  readonly type: Int32Array;
  readonly at: Float64Array;
  readonly row: Int32Array;
  readonly count: Float64Array;
}

/** Dense codes for strings, in first-seen order. */
class Codes {
  readonly byName = new Map<string, number>();
  readonly names: string[] = [];
  code(name: string): number {
    let c = this.byName.get(name);
    if (c === undefined) {
      c = this.names.length;
      this.byName.set(name, c);
      this.names.push(name);
    }
    return c;
  }
}

export class ActivityTable implements Iterable<Activity> {
  private records: Activity[] | null = null;
  constructor(
    readonly columns: ActivityColumns,
    // Text fields only a record shows; null while every row's is blank.
    private readonly dealIds: readonly (string | null)[] | null,
    private readonly notes: readonly (string | null)[] | null,
  ) {}

  get length(): number {
    return this.columns.row.length;
  }

  /** Row `index` (0-based, in sheet order; negative counts from the end), or undefined. */
  record(index: number): Activity | undefined {
    const i = index < 0 ? index + this.length : index;
    if (!(i >= 0 && i < this.length)) return undefined;
    const c = this.columns;
    const at = c.at[i]!;
    return {
      row: c.row[i]!,
      at,
      day: dayOfAt(at),
      repId: c.repIds[c.rep[i]!]!,
      type: c.types[c.type[i]!]!,
      count: c.count[i]!,
      dealId: this.dealIds?.[i] ?? null,
      note: this.notes?.[i] ?? null,
    };
  }

  /** Every row as a record, built once on the first iteration (tests, tools; never the engine). */
  [Symbol.iterator](): Iterator<Activity> {
    if (this.records === null) {
      const out: Activity[] = [];
      for (let i = 0; i < this.length; i++) out.push(this.record(i)!);
      this.records = out;
    }
    return this.records[Symbol.iterator]();
  }
}

/** Reads Activities with the same checks and issues as every tab (readRows), into columns. */
export function readActivityTable(
  grid: Grid,
  lookups: Lookups,
  issues: DataIssue[],
): ActivityTable {
  // More rows than the grid has cannot be kept; blank and left-out rows leave the tail unused.
  const capacity = Math.max(0, grid.length - 1);
  const rep = new Int32Array(capacity);
  const type = new Int32Array(capacity);
  const at = new Float64Array(capacity);
  const row = new Int32Array(capacity);
  const count = new Float64Array(capacity);
  let dealIds: (string | null)[] | null = null;
  let notes: (string | null)[] | null = null;
  const reps = new Codes();
  for (const id of lookups.repIds) reps.code(id);
  const types = new Codes();
  let n = 0;
  readRows(activitiesTab, grid, lookups, issues, (values, ctx) => {
    rep[n] = reps.code(values.repId);
    type[n] = types.code(values.type);
    at[n] = values.date;
    row[n] = ctx.row;
    count[n] = values.count;
    if (values.dealId !== null) {
      dealIds ??= new Array<string | null>(capacity).fill(null);
      dealIds[n] = values.dealId;
    }
    if (values.note !== null) {
      notes ??= new Array<string | null>(capacity).fill(null);
      notes[n] = values.note;
    }
    n++;
    return true;
  });
  const columns: ActivityColumns = {
    repIds: reps.names,
    types: types.names,
    rep: rep.subarray(0, n),
    type: type.subarray(0, n),
    at: at.subarray(0, n),
    row: row.subarray(0, n),
    count: count.subarray(0, n),
  };
  return new ActivityTable(columns, dealIds, notes);
}
