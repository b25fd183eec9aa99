// A workbook as a folder of <Tab>.csv files: read into grids, write grids and output tables.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { type Table, unescapeFormula } from '../../shared/outputs';
import type { Cell, WorkbookGrids } from '../../shared/workbook';
import type { DataIssue } from '../../shared/issues';
import { formatCsv } from './csv';
import { readCsvBytes } from './csv-file';
import { csvProblemIssues, inputTabOf, isOutputTab, unknownFileIssue } from './csv-issues';
import { IMPORT_ISSUES_STEM, parseImportIssues } from './import-issues';

export interface FolderRead {
  readonly grids: WorkbookGrids;
  /** Problems the CSV reader recovered from, and CSV files that match no input tab. */
  readonly issues: DataIssue[];
}

/**
 * Reads every `<Tab>.csv` in the folder (not recursive); cells stay text, blanks are ''. A
 * malformed file is read as well as it can be and its problems come back as issues: one stray
 * quote never stops a run. Encoding (UTF-8, UTF-16, else Windows-1252) and the delimiter (comma,
 * semicolon, tab) are detected per file (cli/io/csv-file.ts).
 */
export function readCsvFolder(dir: string): FolderRead {
  // Keyed by file names: no prototype, so a file called __proto__.csv is just a tab name.
  const grids: Record<string, string[][]> = Object.create(null);
  const issues: DataIssue[] = [];
  const files = readdirSync(dir)
    .filter((f) => extname(f).toLowerCase() === '.csv' && statSync(join(dir, f)).isFile())
    .sort();
  for (const file of files) {
    const stem = basename(file, extname(file));
    // The last imports' per-row issues (bellringer import): they join the Issues tab.
    if (stem === IMPORT_ISSUES_STEM) {
      issues.push(...parseImportIssues(readFileSync(join(dir, file), 'utf8')));
      continue;
    }
    const tab = inputTabOf(stem);
    const { rows, problems, notes } = readCsvBytes(
      readFileSync(join(dir, file)),
      file,
      tab ?? file,
    );
    if (tab !== null) unescapeCells(rows);
    grids[stem] = rows;
    if (tab !== null) issues.push(...notes, ...csvProblemIssues(tab, file, problems));
    else if (!isOutputTab(stem)) issues.push(unknownFileIssue(file, stem));
  }
  return { grids, issues };
}

/**
 * An input tab's cells as the sheet means them: a cell writeCsvFolder escaped (`'=SUM(1)`) reads
 * back as its text (`=SUM(1)`), as Sheets hides the apostrophe. In place: the grid is fresh.
 */
function unescapeCells(rows: string[][]): void {
  for (const row of rows)
    for (let k = 0; k < row.length; k++)
      if (row[k]!.charCodeAt(0) === 39) row[k] = unescapeFormula(row[k]!);
}

/**
 * Cells other than text, numbers and booleans (dates) become ISO text so the CSV reads back the
 * same. Text that is a plain number (`-2`, read from a CSV) is written as that number: a
 * spreadsheet reads it as a number, never as a formula, so it needs no escape.
 */
function toOutCell(cell: Cell): string | number | boolean | null {
  if (cell === undefined || cell === null) return null;
  if (typeof cell === 'string' && /^-?\d+(\.\d+)?$/.test(cell) && String(Number(cell)) === cell)
    return Number(cell);
  if (cell instanceof Date)
    return cell
      .toISOString()
      .slice(0, 16)
      .replace('T', ' ')
      .replace(/ 00:00$/, '');
  return cell;
}

/**
 * Writes each grid as `<dir>/<Tab>.csv`. Managers open these files in Excel or Sheets, so text
 * that starts like a formula is escaped as output tabs are; readCsvFolder reads it back whole.
 */
export function writeCsvFolder(
  dir: string,
  grids: WorkbookGrids,
  order?: readonly string[],
): string[] {
  mkdirSync(dir, { recursive: true });
  const tabs = order ? order.filter((t) => t in grids) : Object.keys(grids);
  for (const tab of tabs) {
    const rows = grids[tab]!.map((row) => row.map(toOutCell));
    writeFileSync(join(dir, `${tab}.csv`), formatCsv(rows));
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
