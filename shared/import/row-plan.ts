// Mapped rows as edits of a tab in place (the add-on's write): rows an import wrote are updated or removed, others never touched.
import type { Cell, Grid } from '../workbook';
import type { ImportOutcome } from './facts';
import {
  ACTIVITY_COLUMNS,
  activityIdReader,
  activityKeys,
  DEAL_COLUMNS,
  dealIdReader,
  dealRecord,
  headerFor,
  keysOf,
  type MergeMode,
} from './merge';

/** One row of the tab to write: its sheet row (header = 1) and the cells of the import's columns. */
export interface RowEdit {
  readonly row: number;
  readonly record: Readonly<Record<string, Cell>>;
  /** The export's row it comes from (header = 1), as the import's issues name it. */
  readonly sourceRow: number;
}

/** A row to add after the tab's last one. */
export interface RowAppend {
  readonly record: Readonly<Record<string, Cell>>;
  readonly sourceRow: number;
}

export interface RowPlan {
  readonly tab: 'Deals' | 'Activities';
  /** The header after the import: the tab's own, plus the import's columns it lacks (at its end). */
  readonly header: readonly string[];
  /** Headers to add after the tab's last column. */
  readonly addedColumns: readonly string[];
  /** For each header column, the record key the import writes there (null: a column it never writes). */
  readonly keys: readonly (string | null)[];
  /** Rows an earlier import wrote, updated with this export's values (sheet row order). */
  readonly updates: readonly RowEdit[];
  /** New rows, written after the tab's last row. */
  readonly appends: readonly RowAppend[];
  /** Rows an earlier import wrote that go (deleted upstream, ignored, or gone in replace mode), ascending. */
  readonly removes: readonly number[];
  /**
   * Rows nobody imported (typed by hand, or Set up's) with the id of a record of this export: the
   * row stays as it is and the record is not added, so the deal is never counted twice.
   */
  readonly handRows: readonly { readonly row: number; readonly id: string }[];
  /** Rows an earlier import wrote that this export does not list, kept (append mode). */
  readonly notInExport: number;
}

/**
 * `imported(row)` says whether a data row (sheet row number) was written by an import (the add-on
 * marks those rows). Append: an imported row with an id of this export is updated, others kept;
 * replace: imported rows not in this export are removed as well. Either way a row the import did
 * not write is never changed or removed.
 */
export function planRows(
  existing: Grid | undefined,
  imported: (row: number) => boolean,
  outcome: Extract<ImportOutcome, { kind: 'mapped' }>,
  mode: MergeMode,
): RowPlan {
  const deals = outcome.importKind === 'deals';
  const columns = deals ? DEAL_COLUMNS : ACTIVITY_COLUMNS;
  const old = existing?.[0]?.map((c) => (c === null ? '' : String(c))) ?? [];
  const header = headerFor(existing, columns);
  const blankHeader = old.every((h) => h.trim() === '');
  const addedColumns = blankHeader ? header : header.slice(old.length);
  const keys = keysOf(header, columns);
  const records = deals
    ? outcome.deals.map((d) => ({ id: d.dealId, record: dealRecord(d), sourceRow: d.sourceRow }))
    : activityKeys(outcome.activities).map((k, i) => ({
        ...k,
        sourceRow: outcome.activities[i]!.sourceRow,
      }));
  const incoming = new Map<string, (typeof records)[number]>();
  for (const r of records) incoming.set(r.id, r);
  const remove = new Set(outcome.ignoredIds);
  const idOf = (deals ? dealIdReader : activityIdReader)(header);

  const updates: RowEdit[] = [];
  const removes: number[] = [];
  const handRows: { row: number; id: string }[] = [];
  const done = new Set<string>();
  let notInExport = 0;
  const rows = blankHeader ? [] : (existing ?? []).slice(1);
  rows.forEach((cells, i) => {
    const row = i + 2;
    const id = cells.some((c) => c !== null && c !== '') ? idOf(cells) : null;
    if (id === null) return;
    const record = incoming.get(id);
    if (!imported(row)) {
      if (record && !done.has(id)) {
        handRows.push({ row, id });
        done.add(id);
      }
      return;
    }
    if (remove.has(id) || done.has(id)) removes.push(row);
    else if (record) {
      updates.push({ row, record: record.record, sourceRow: record.sourceRow });
      done.add(id);
    } else if (mode === 'replace') removes.push(row);
    else notInExport++;
  });
  const appends: RowAppend[] = [];
  for (const r of records) {
    // One row per id: the same activity twice in one export is one row.
    if (done.has(r.id) || remove.has(r.id)) continue;
    done.add(r.id);
    appends.push({ record: r.record, sourceRow: r.sourceRow });
  }
  return {
    tab: deals ? 'Deals' : 'Activities',
    header,
    addedColumns,
    keys,
    updates,
    appends,
    removes,
    handRows,
    notInExport,
  };
}
