// `bellringer demo`: write the generated demo workbook as <out>/workbook/<Tab>.csv and <out>/demo-workbook.xlsx.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  DEMO_TAB_ORDER,
  DEMO_TIME_ZONE,
  type DemoSize,
  generateDemoWorkbook,
} from '../../shared/demo';
import type { WorkbookGrids } from '../../shared/workbook';
import { checkAsOf, todayIn } from '../args';
import { CliError, type Io } from '../errors';
import { writeCsvFolder } from '../io/folder';
import { writeXlsx } from '../io/xlsx';

export const DEMO_HELP = `bellringer demo --out <folder> [--seed S] [--as-of YYYY-MM-DD] [--size demo|large]
  Writes a generated team workbook (12 reps, 6 months, every feature in use) as
  <out>/workbook/<Tab>.csv and <out>/demo-workbook.xlsx. Same seed and as-of, same workbook.
  --seed   any text or number (default 1)
  --as-of  the last day of data (default: today in ${DEMO_TIME_ZONE})
  --size   large = 200 reps and a year of data, for benchmarks (CSV only)`;

export const DEFAULT_SEED = '1';

export interface DemoFiles {
  readonly grids: WorkbookGrids;
  readonly workbookDir: string;
  readonly xlsxPath: string | null;
}

export async function writeDemo(
  out: string,
  seed: string,
  asOf: string,
  size: DemoSize,
): Promise<DemoFiles> {
  const grids = generateDemoWorkbook({ seed, asOf, size });
  const workbookDir = join(out, 'workbook');
  try {
    writeCsvFolder(workbookDir, grids, DEMO_TAB_ORDER);
    // An .xlsx of a quarter-million rows takes minutes and gigabytes in exceljs; large is CSV only.
    const xlsxPath = size === 'demo' ? join(out, 'demo-workbook.xlsx') : null;
    if (xlsxPath) await writeXlsx(xlsxPath, grids, DEMO_TAB_ORDER);
    return { grids, workbookDir, xlsxPath };
  } catch (error) {
    throw new CliError(`Cannot write the demo to ${out}: ${(error as Error).message}`);
  }
}

export async function demoCommand(args: string[], io: Io, now: Date): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      out: { type: 'string' },
      seed: { type: 'string' },
      'as-of': { type: 'string' },
      size: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (!values.out) throw new CliError('demo needs --out <folder>', 2);
  const size = values.size ?? 'demo';
  if (size !== 'demo' && size !== 'large')
    throw new CliError(`--size must be demo or large, got "${size}"`, 2);
  const asOf = checkAsOf(values['as-of']) ?? todayIn(DEMO_TIME_ZONE, now);
  const files = await writeDemo(values.out, values.seed ?? DEFAULT_SEED, asOf, size);
  const rows = (tab: string) => (files.grids[tab]?.length ?? 1) - 1;
  io.out(
    `Demo workbook as of ${asOf}: ${rows('Reps')} reps, ${rows('Activities')} activity rows, ${rows('Deals')} deals, ${rows('Contests')} contests.`,
  );
  io.out(`Wrote ${files.workbookDir}/<Tab>.csv${files.xlsxPath ? ` and ${files.xlsxPath}` : ''}.`);
  return 0;
}
