// Reads an engine output table by column name, so the sidebar shows exactly what the tabs show.
import type { OutCell, Table } from '../../../shared/outputs/table';

export type Row = (name: string) => OutCell;

export function rowsOf(tables: readonly Table[], tab: string): Row[] {
  const table = tables.find((t) => t.tab === tab);
  if (!table) return [];
  const index = new Map(table.header.map((h, i) => [h, i]));
  return table.rows.map((r) => (name: string) => {
    const i = index.get(name);
    return i === undefined ? null : (r[i] ?? null);
  });
}

export const num = (c: OutCell): number => (typeof c === 'number' && Number.isFinite(c) ? c : 0);
export const numOrNull = (c: OutCell): number | null =>
  typeof c === 'number' && Number.isFinite(c) ? c : null;
export const str = (c: OutCell): string => (c === null ? '' : String(c));
