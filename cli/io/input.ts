// Loads a workbook given on the command line: a folder of <Tab>.csv files or an .xlsx file.
import { existsSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { DataIssue } from '../../shared/issues';
import type { WorkbookGrids } from '../../shared/workbook';
import { CliError } from '../errors';
import { readCsvFolder } from './folder';
import { readXlsxWorkbook } from './xlsx';

export interface LoadedWorkbook {
  readonly grids: WorkbookGrids;
  /** Problems found while reading the files (CSV folders, merged xlsx cells), for the Issues tab. */
  readonly issues: DataIssue[];
}

export async function loadWorkbook(input: string): Promise<LoadedWorkbook> {
  if (!existsSync(input))
    throw new CliError(
      `No such input: ${input} (give a folder of <Tab>.csv files or an .xlsx file)`,
    );
  const isDir = statSync(input).isDirectory();
  if (!isDir && extname(input).toLowerCase() !== '.xlsx') {
    throw new CliError(
      `Unsupported input: ${input} (give a folder of <Tab>.csv files or an .xlsx file)`,
    );
  }
  try {
    const loaded = isDir ? readCsvFolder(input) : await readXlsxWorkbook(input);
    if (Object.keys(loaded.grids).length === 0)
      throw new CliError(`No tabs found in ${input}: expected files like Reps.csv and Deals.csv`);
    return loaded;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`Cannot read ${input}: ${(error as Error).message.split('\n')[0]}`);
  }
}
