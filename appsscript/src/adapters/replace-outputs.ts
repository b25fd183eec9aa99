// Replaces all output tabs at once: every table is written into a hidden staging sheet, then swapped in.
import type { Table } from '../../../shared/outputs/table';
import type { Sheet, Spreadsheet } from '../host';
import type { SheetIndex } from './sheet-index';
import { type TableStyle, writeTable } from './write-table';

/** Staging sheets carry this prefix; a leftover from a run that died is removed by the next run. */
export const STAGING_PREFIX = 'bellringer-staging ';

interface Staged {
  readonly table: Table;
  readonly sheet: Sheet;
  readonly old: Sheet | null;
}

function dropQuietly(ss: Spreadsheet, sheet: Sheet): void {
  try {
    ss.deleteSheet(sheet);
  } catch {
    // The next run removes staging leftovers by name.
  }
}

/**
 * Writes every table into its own hidden staging sheet; only when all of them are written does it
 * delete the old output tabs and rename the staging sheets into place. A failure while writing
 * (quota, size, timeout) leaves every old output tab as it was; the swap itself is a few renames.
 */
export function replaceOutputTabs(
  ss: Spreadsheet,
  index: SheetIndex,
  tables: readonly Table[],
  style: TableStyle,
): void {
  for (const s of index.sheets) if (s.name.startsWith(STAGING_PREFIX)) dropQuietly(ss, s.sheet);
  const active = ss.getActiveSheet();
  const activeName = active ? active.getName() : null;

  const staged: Staged[] = [];
  let current: Sheet | null = null;
  try {
    for (const table of tables) {
      const old = index.find(table.tab);
      // Staged right before the tab it replaces, so the new tab takes the old one's place.
      const position = old ? old.getIndex() - 1 : ss.getNumSheets();
      current = ss.insertSheet(STAGING_PREFIX + table.tab, position);
      current.hideSheet();
      writeTable(current, table, style);
      staged.push({ table, sheet: current, old });
      current = null;
    }
  } catch (error) {
    if (current) dropQuietly(ss, current);
    for (const s of staged) dropQuietly(ss, s.sheet);
    throw error;
  }

  for (const s of staged) {
    if (s.old) ss.deleteSheet(s.old);
    s.sheet.setName(s.table.tab);
    s.sheet.showSheet();
  }
  const back = staged.find((s) => s.table.tab === activeName)?.sheet ?? active;
  if (back) ss.setActiveSheet(back);
}
