// Reading one export row: a field's cell as trimmed text (or null), and the issue shape every import problem takes.
import type { DataIssue } from '../issues';
import type { Cell } from '../workbook';
import { cellText } from '../workbook';
import type { ColumnIndex } from './columns';
import type { ImportField } from './fields';

export interface RowReader {
  /** The field's cell as trimmed text; null when blank or the export has no such column. */
  text(row: readonly Cell[], field: ImportField): string | null;
  /** The raw cell (numbers and Dates stay as they are, for dates and amounts). */
  raw(row: readonly Cell[], field: ImportField): Exclude<Cell, null | undefined> | null;
  /** The export's header of a field, for issues. */
  header(field: ImportField): string | null;
}

export function rowReader(header: readonly string[], index: ColumnIndex): RowReader {
  const raw = (row: readonly Cell[], field: ImportField) => {
    const i = index.get(field);
    if (i === undefined) return null;
    const c = row[i];
    if (c === null || c === undefined) return null;
    if (typeof c === 'string' && c.trim() === '') return null;
    return c;
  };
  return {
    raw,
    text: (row, field) => {
      const c = raw(row, field);
      return c === null ? null : (cellText(c) ?? '').trim();
    },
    header: (field) => {
      const i = index.get(field);
      return i === undefined ? null : (header[i] ?? null);
    },
  };
}

/** An issue on one cell of the export: tab is the export's name, row as a sheet shows it. */
export function exportIssue(
  source: string,
  row: number | null,
  column: string | null,
  value: string | null,
  problem: string,
  fix: string,
  severity: DataIssue['severity'] = 'error',
): DataIssue {
  return { tab: source, row, column, value, problem, fix, severity };
}
