// Mapped rows into the workbook's tabs: deals updated by id (never counted twice), activities by their export id, new reps appended.
import { isoAt, isoDay, dayOfAt } from '../time';
import { type Cell, cellText, type Grid, headerKey } from '../workbook';
import type { ReadDate } from './dates';
import type { MappedActivity, MappedDeal, NewRep } from './facts';

/** append: update rows with the same id and add the rest; replace: the tab holds only this export. */
export const MERGE_MODES = ['append', 'replace'] as const;
export type MergeMode = (typeof MERGE_MODES)[number];

export const DEAL_COLUMNS = [
  'deal_id',
  'rep_id',
  'account',
  'product',
  'amount',
  'stage',
  'status',
  'created_date',
  'close_date',
  'expected_close',
] as const;
export const ACTIVITY_COLUMNS = ['date', 'rep_id', 'type', 'count', 'deal_id', 'note'] as const;
export const REP_COLUMNS = ['rep_id', 'name', 'email', 'active', 'public'] as const;

function dateText(d: ReadDate | null): string {
  if (d === null) return '';
  return d.hasTime ? isoAt(d.at) : isoDay(dayOfAt(d.at));
}

export function dealRecord(d: MappedDeal): Record<string, Cell> {
  return {
    deal_id: d.dealId,
    rep_id: d.repId,
    account: d.account,
    product: d.product,
    amount: d.amount,
    stage: d.stage,
    status: d.status,
    created_date: dateText(d.created),
    close_date: dateText(d.close),
    expected_close: dateText(d.expectedClose),
  };
}

export function activityRecord(a: MappedActivity): Record<string, Cell> {
  return {
    date: dateText(a.at),
    rep_id: a.repId,
    type: a.type,
    count: a.count,
    deal_id: a.dealId,
    note: a.note,
  };
}

export interface Merged {
  readonly grid: Cell[][];
  readonly added: number;
  readonly updated: number;
  readonly removed: number;
  /** Rows of earlier imports (same tab) that this export does not list: kept as they were. */
  readonly notInExport: number;
}

/** The header to write: the existing tab's (plus any column it lacks), else ours. */
export function headerFor(existing: Grid | undefined, columns: readonly string[]): string[] {
  const head = existing?.[0]?.map((c) => cellText(c) ?? '') ?? [];
  if (head.every((h) => h.trim() === '')) return [...columns];
  const keys = new Set(head.map((h) => headerKey(h)));
  return [...head, ...columns.filter((c) => !keys.has(headerKey(c)))];
}

/** For each header cell, the record key it holds (null: a column the import does not write). */
export function keysOf(header: readonly string[], columns: readonly string[]): (string | null)[] {
  return header.map((h) => columns.find((c) => headerKey(c) === headerKey(h)) ?? null);
}

function toRow(
  keys: readonly (string | null)[],
  record: Record<string, Cell>,
  old?: readonly Cell[],
): Cell[] {
  return keys.map((key, i) => (key === null ? (old?.[i] ?? null) : (record[key] ?? null)));
}

function mergeById(
  existing: Grid | undefined,
  columns: readonly string[],
  records: readonly { id: string; record: Record<string, Cell> }[],
  /** Given the header once, the id of a row already in the tab (null: none). */
  idReader: (header: readonly string[]) => (row: readonly Cell[]) => string | null,
  remove: ReadonlySet<string>,
  mode: MergeMode,
): Merged {
  const header = headerFor(existing, columns);
  const keys = keysOf(header, columns);
  const idOf = idReader(header);
  const incoming = new Map(records.map((r) => [r.id, r.record]));
  const out: Cell[][] = [header];
  let updated = 0;
  let removed = 0;
  let notInExport = 0;
  const written = new Set<string>();
  if (mode === 'append') {
    for (const row of (existing ?? []).slice(1)) {
      const id = idOf(row);
      if (id !== null && remove.has(id)) {
        removed++;
        continue;
      }
      const record = id === null ? undefined : incoming.get(id);
      if (record && !written.has(id!)) {
        out.push(toRow(keys, record, row));
        written.add(id!);
        updated++;
      } else {
        if (id !== null && !incoming.has(id)) notInExport++;
        out.push([...row]);
      }
    }
  }
  let added = 0;
  for (const r of records) {
    if (written.has(r.id)) continue;
    written.add(r.id);
    out.push(toRow(keys, r.record));
    added++;
  }
  return { grid: out, added, updated, removed, notInExport };
}

export function column(header: readonly string[], name: string): number {
  return header.findIndex((h) => headerKey(h) === headerKey(name));
}

/** Deals by deal_id: a re-imported deal replaces its row (its cells in other columns kept). */
export function mergeDeals(
  existing: Grid | undefined,
  deals: readonly MappedDeal[],
  ignoredIds: readonly string[],
  mode: MergeMode,
): Merged {
  return mergeById(
    existing,
    DEAL_COLUMNS,
    deals.map((d) => ({ id: d.dealId, record: dealRecord(d) })),
    dealIdReader,
    new Set(ignoredIds),
    mode,
  );
}

const ID_IN_NOTE = /\(#([^)]*)\)$/;

/** Given a Deals header, the deal_id of a row already in the tab (null: none). */
export function dealIdReader(header: readonly string[]): (row: readonly Cell[]) => string | null {
  const i = column(header, 'deal_id');
  return (row) => {
    const id = i < 0 ? '' : (cellText(row[i]) ?? '').trim();
    return id === '' ? null : id;
  };
}

/** Activities by the export's id (kept in the note as ` (#id)`); rows typed by hand are never touched. */
export function mergeActivities(
  existing: Grid | undefined,
  activities: readonly MappedActivity[],
  mode: MergeMode,
): Merged {
  return mergeById(
    existing,
    ACTIVITY_COLUMNS,
    activityKeys(activities),
    activityIdReader,
    new Set(),
    mode,
  );
}

/** Each activity with its key: the export id (kept in the note), else the whole row. */
export function activityKeys(
  activities: readonly MappedActivity[],
): { id: string; record: Record<string, Cell> }[] {
  return activities.map((a) => {
    const m = a.note === null ? null : ID_IN_NOTE.exec(a.note);
    // Without an export id, the whole row is its key: the same activity imported twice is one row.
    const id = m ? `#${m[1]}` : JSON.stringify(ACTIVITY_COLUMNS.map((c) => activityRecord(a)[c]));
    return { id, record: activityRecord(a) };
  });
}

/** Given an Activities header, the key of a row already in the tab (as activityKeys makes it). */
export function activityIdReader(
  header: readonly string[],
): (row: readonly Cell[]) => string | null {
  const cols = ACTIVITY_COLUMNS.map((c) => column(header, c));
  const noteCol = column(header, 'note');
  return (row) => {
    const m = ID_IN_NOTE.exec((cellText(row[noteCol]) ?? '').trim());
    if (m) return `#${m[1]}`;
    return JSON.stringify(
      ACTIVITY_COLUMNS.map((c, k) => {
        const v = row[cols[k]!];
        return c === 'count' ? Number(cellText(v) ?? 1) : (cellText(v) ?? '').trim() || null;
      }),
    );
  };
}

/** New reps appended to Reps, private (public = no) so nothing is published about them unasked. */
export function mergeReps(existing: Grid | undefined, reps: readonly NewRep[]): Merged {
  const header = headerFor(existing, REP_COLUMNS);
  const out: Cell[][] = [header, ...(existing ?? []).slice(1).map((r) => [...r])];
  const idCol = column(header, 'rep_id');
  const have = new Set(out.slice(1).map((r) => (cellText(r[idCol]) ?? '').trim()));
  let added = 0;
  for (const r of reps) {
    if (have.has(r.repId)) continue;
    have.add(r.repId);
    out.push(
      toRow(keysOf(header, REP_COLUMNS), {
        rep_id: r.repId,
        name: r.name,
        email: r.email,
        active: 'yes',
        public: 'no',
      }),
    );
    added++;
  }
  return { grid: out, added, updated: 0, removed: 0, notInExport: 0 };
}
