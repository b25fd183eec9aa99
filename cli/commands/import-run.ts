// One import over a workbook's grids, shared by `import` (which writes the folder) and `build --from` (in memory).
import {
  type Applied,
  applyImport,
  chooseKind,
  choosePreset,
  EMPTY_MAPPING,
  type ImportOutcome,
  importExport,
  type Mapping,
  type MergeMode,
  mappingFor,
  mappingGrid,
  withMapping,
  workbookContext,
} from '../../shared/import';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { DataIssue } from '../../shared/issues';
import { failureText, questionText, readMappingGrid } from '../../shared/import';
import {
  cellText,
  type Grid,
  headerKey,
  IMPORT_MAPPING_TAB,
  type WorkbookGrids,
} from '../../shared/workbook';
import { CliError } from '../errors';
import { formatCsv } from '../io/csv';
import { readCsvBytes } from '../io/csv-file';
import { type ExportRead, readExportFile } from '../io/export-file';
import {
  chooseCurrency,
  type CurrencyChoice,
  currencyLine,
  withSettingsCurrency,
} from './import-currency';

/** A workbook without a time_zone setting is read in UTC, as WORKBOOK.md says for CSV (as build does). */
const CLI_DEFAULT_TIME_ZONE = 'UTC';

/** A mapping file (key,value[,note] CSV, as the Import Mapping tab). */
export function readMappingFile(path: string): Mapping[] {
  return readMappingGrid(readCsvBytes(readFileSync(path), path, IMPORT_MAPPING_TAB).rows).mappings;
}

export interface ImportRun {
  readonly outcome: ImportOutcome;
  /** The merged tabs to write (only when the rows were mapped). */
  readonly applied: Applied | null;
  /** The Import Mapping tab to save: the mappings, with open questions as rows to answer. */
  readonly mappingRows: string[][];
  /** Problems reading the files and the saved mapping. */
  readonly readIssues: readonly DataIssue[];
  /** The currency counted when Settings names none (taken from the export, or asked). */
  readonly currency: CurrencyChoice;
}

/** `saved` replaces the workbook's Import Mapping tab when a mapping file is given. */
export function runImport(
  grids: WorkbookGrids,
  exported: ExportRead,
  mode: MergeMode,
  saved: readonly Mapping[] | null,
): ImportRun {
  const ctx = workbookContext(grids, CLI_DEFAULT_TIME_ZONE);
  const mappings = saved ?? ctx.mappings;
  const header = (exported.rows[0] ?? []).map((c) => (cellText(c) ?? '').trim());
  const guess = chooseKind(header, EMPTY_MAPPING, choosePreset(header, EMPTY_MAPPING));
  const input = {
    rows: exported.rows,
    source: exported.source,
    mapping: mappingFor(mappings, guess),
    reps: ctx.reps,
    workbookTimeZone: ctx.timeZone,
  };
  // Never a silent USD: a workbook without a currency counts the export's own, when it has one.
  const currency = chooseCurrency(grids, input, ctx.currency);
  const outcome = importExport({
    ...input,
    workbookCurrency: currency.kind === 'export' ? currency.currency : ctx.currency,
  });
  const sections = withMapping(mappings, outcome.mapping).map((mapping) => ({
    mapping,
    questions: mapping === outcome.mapping && outcome.kind === 'questions' ? outcome.questions : [],
  }));
  return {
    outcome,
    applied: outcome.kind === 'mapped' ? applyImport(grids, mappings, outcome, mode) : null,
    mappingRows: mappingGrid(sections),
    readIssues: [...exported.issues, ...ctx.issues],
    currency,
  };
}

/** `tabs` in place of the workbook's tabs of the same name (matched as tab names are). */
function withTabs(grids: WorkbookGrids, tabs: Readonly<Record<string, Grid>>): WorkbookGrids {
  const out: Record<string, Grid> = { ...grids };
  for (const [name, grid] of Object.entries(tabs)) {
    const same = Object.keys(out).find((t) => headerKey(t) === headerKey(name));
    out[same ?? name] = grid;
  }
  return out;
}

/**
 * `build --from`: the export imported in memory into the workbook's grids (deals updated by id).
 * Nothing usable, or questions left, stop the build (exit 1, or 3 after writing the questions
 * into the mapping file), so no board is built from a half-read export.
 */
export async function importForBuild(
  grids: WorkbookGrids,
  from: string,
  mappingPath: string | undefined,
): Promise<{ grids: WorkbookGrids; issues: DataIssue[] }> {
  const exported = await readExportFile(from);
  const saved = mappingPath && existsSync(mappingPath) ? readMappingFile(mappingPath) : null;
  const run = runImport(grids, exported, 'append', saved);
  const { outcome } = run;
  if (run.currency.kind === 'mixed')
    throw new CliError(`${currencyLine(run.currency, 'Settings')} Nothing was built.`, 3);
  if (outcome.kind === 'failed')
    throw new CliError(`${failureText(outcome.failure, exported.source)} Nothing was built.`);
  if (outcome.kind === 'questions') {
    if (mappingPath)
      writeFileSync(mappingPath, formatCsv(run.mappingRows, { escapeFormulas: false }));
    const where = mappingPath
      ? `answer them in ${mappingPath} (rows with a blank value) and build again`
      : 'give --mapping <file> to have them written there, answer them, and build again';
    throw new CliError(
      `${outcome.questions.map(questionText).join(' ')} Nothing was built: ${where}.`,
      3,
    );
  }
  // The export's currency counts in memory too, so the board's money is written in it.
  const settings: Record<string, Grid> =
    run.currency.kind === 'export'
      ? { Settings: withSettingsCurrency(grids, run.currency.currency) }
      : {};
  const line = currencyLine(run.currency, 'Settings');
  const note: DataIssue[] =
    line === null
      ? []
      : [
          {
            tab: 'Settings',
            row: null,
            column: 'currency',
            value: null,
            problem: line,
            fix: 'Set currency in the Settings tab to say which currency the team counts.',
            severity: 'warning',
          },
        ];
  return {
    grids: withTabs(grids, { ...run.applied!.tabs, ...settings }),
    issues: [...run.readIssues, ...outcome.issues, ...note],
  };
}
