// A workbook as a folder of <Tab>.csv files: read into grids, write grids and output tables.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { Table } from '../../shared/outputs/table';
import type { Cell, WorkbookGrids } from '../../shared/workbook/grid';
import { formatCsv, parseCsv } from './csv';

/** Reads every `<Tab>.csv` in the folder (not recursive); cells stay text, blanks are ''. */
export function readCsvFolder(dir: string): WorkbookGrids {
  const grids: Record<string, string[][]> = {};
  const files = readdirSync(dir)
    .filter((f) => extname(f).toLowerCase() === '.csv' && statSync(join(dir, f)).isFile())
    .sort();
  for (const file of files) {
    const tab = basename(file, extname(file));
    try {
      grids[tab] = parseCsv(readFileSync(join(dir, file), 'utf8'));
    } catch (error) {
      throw new Error(`${join(dir, file)}: ${(error as Error).message}`);
    }
  }
  return grids;
}

/** Cells other than text, numbers and booleans (dates) become ISO text so the CSV reads back the same. */
function toOutCell(cell: Cell): string | number | boolean | null {
  if (cell === undefined || cell === null) return null;
  if (cell instanceof Date)
    return cell
      .toISOString()
      .slice(0, 16)
      .replace('T', ' ')
      .replace(/ 00:00$/, '');
  return cell;
}

/** Writes each grid as `<dir>/<Tab>.csv`; input data is written verbatim (no formula escaping). */
export function writeCsvFolder(
  dir: string,
  grids: WorkbookGrids,
  order?: readonly string[],
): string[] {
  mkdirSync(dir, { recursive: true });
  const tabs = order ? order.filter((t) => t in grids) : Object.keys(grids);
  for (const tab of tabs) {
    const rows = grids[tab]!.map((row) => row.map(toOutCell));
    writeFileSync(join(dir, `${tab}.csv`), formatCsv(rows, { escapeFormulas: false }));
  }
  return tabs.map((t) => join(dir, `${t}.csv`));
}

/** Writes each output table as `<dir>/<Tab>.csv`, header first, text escaped against formulas. */
export function writeTables(dir: string, tables: readonly Table[]): string[] {
  mkdirSync(dir, { recursive: true });
  return tables.map((table) => {
    const path = join(dir, `${table.tab}.csv`);
    writeFileSync(path, formatCsv([table.header, ...table.rows]));
    return path;
  });
}
