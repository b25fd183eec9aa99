// `bellringer import-maven`: turn the Maven CRM sample data set into a workbook folder.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { convertMaven, MAVEN_ATTRIBUTION, MAVEN_TAB_ORDER } from '../datasets/maven';
import { CliError, type Io } from '../errors';
import { writeCsvFolder } from '../io/folder';

export const IMPORT_MAVEN_HELP = `bellringer import-maven --source <folder> --out <folder>
  Converts the Maven Analytics "CRM + Sales Opportunities" sample (sales_pipeline.csv,
  sales_teams.csv) into a workbook folder <out>/<Tab>.csv (Settings, Reps, Deals) that
  "bellringer build --input <out>" reads. Data credit: ${MAVEN_ATTRIBUTION}.
  --source  the folder with the Maven CSVs (the data set is not shipped: docs/datasets.md)`;

export function importMaven(
  source: string,
  out: string,
): { tabs: string[]; reps: number; deals: number } {
  const read = (file: string) => {
    const path = join(source, file);
    if (!existsSync(path))
      throw new CliError(`No such file: ${path} (give --source <folder with the Maven CSVs>)`);
    return readFileSync(path, 'utf8');
  };
  let grids: ReturnType<typeof convertMaven>;
  try {
    grids = convertMaven({
      salesPipeline: read('sales_pipeline.csv'),
      salesTeams: read('sales_teams.csv'),
    });
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`Cannot convert the Maven data: ${(error as Error).message}`);
  }
  const tabs = writeCsvFolder(out, grids, MAVEN_TAB_ORDER);
  return { tabs, reps: grids.Reps!.length - 1, deals: grids.Deals!.length - 1 };
}

export async function importMavenCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { out: { type: 'string' }, source: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  });
  if (!values.out) throw new CliError('import-maven needs --out <folder>', 2);
  if (!values.source)
    throw new CliError(
      'import-maven needs --source <folder with the Maven CSVs> (the data set is not shipped; see docs/datasets.md)',
      2,
    );
  const result = importMaven(values.source, values.out);
  io.out(
    `Converted ${result.reps} reps and ${result.deals} deals into ${values.out}/ (${MAVEN_ATTRIBUTION}).`,
  );
  io.out(`Next: bellringer build --input ${values.out} --out <folder> --as-of 2017-12-31`);
  return 0;
}
