// Reads a CRM export as it is: a CSV (any encoding and delimiter cli/io detects) or the first sheet of an .xlsx.
import { existsSync, readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { DataIssue } from '../../shared/issues';
import type { Grid } from '../../shared/workbook';
import { CliError } from '../errors';
import { readCsvBytes } from './csv-file';
import { csvProblemIssues } from './csv-issues';
import { readXlsx } from './xlsx';

export interface ExportRead {
  readonly rows: Grid;
  /** The file name issues name as their tab. */
  readonly source: string;
  /** The reader's notes (an encoding guessed) and recovered problems (a stray quote). */
  readonly issues: readonly DataIssue[];
}

export async function readExportFile(path: string): Promise<ExportRead> {
  if (!existsSync(path)) throw new CliError(`No such export: ${path}`);
  const source = basename(path);
  const ext = extname(path).toLowerCase();
  try {
    if (ext === '.xlsx') {
      const grids = await readXlsx(path);
      const first = Object.values(grids)[0];
      if (first === undefined) throw new CliError(`${path} has no sheet.`);
      return { rows: first, source, issues: [] };
    }
    // Decimal commas are left as written: the import reads the mark from the amount column.
    const read = readCsvBytes(readFileSync(path), source, source, { decimalCommas: false });
    return {
      rows: read.rows,
      source,
      issues: [...read.notes, ...csvProblemIssues(source, source, read.problems)],
    };
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`Cannot read ${path}: ${(error as Error).message.split('\n')[0]}`);
  }
}
