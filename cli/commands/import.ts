// `bellringer import`: a CRM export as it is → the workbook folder's Deals or Activities, Reps and Import Mapping.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import {
  activityKeys,
  failureText,
  MERGE_MODES,
  type MergeMode,
  presetById,
  questionText,
} from '../../shared/import';
import { headerKey, IMPORT_MAPPING_TAB, type WorkbookGrids } from '../../shared/workbook';
import { plural } from '../../shared/format';
import { grouped } from '../args';
import { CliError, type Io } from '../errors';
import { formatCsv } from '../io/csv';
import { readExportFile } from '../io/export-file';
import { readCsvFolder, writeCsvFolder } from '../io/folder';
import { writeImportIssues } from '../io/import-issues';
import { currencyLine, withSettingsCurrency } from './import-currency';
import { readMappingFile, runImport } from './import-run';

export const IMPORT_HELP = `bellringer import --from <export file> --into <workbook folder> [--mapping <file>] [--mode append|replace]
  Reads a CRM export as it is (CSV in any encoding and delimiter, or .xlsx) and writes the workbook
  folder's Deals.csv or Activities.csv, new owners into Reps.csv (private), the mapping into
  "Import Mapping.csv" and per-row problems into "Import Issues.csv" (build lists them).
  Questions the data cannot answer (a custom stage, a close owner name, 03/04 dates) are written
  as rows with a blank value in the mapping: answer them there and run the same command again.
  --mapping  a key,value CSV to read the mapping from and save it to (default: the folder's tab)
  --mode     append: a deal already there is updated by its id, others added; replace: the tab
             holds only this export. Required once the tab has rows.
  Exit 0 imported; 3 questions to answer (or the amounts are in several currencies and the
  workbook names none); 1 nothing usable (nothing written) or unreadable input; 2 a wrong command
  line (including a missing --mode when the tab already has rows).`;

export const QUESTIONS_EXIT = 3;

/** The folder's Settings file name as it is spelt (settings.csv stays settings.csv). */
function settingsTabName(grids: WorkbookGrids): string {
  return Object.keys(grids).find((t) => headerKey(t) === 'settings') ?? 'Settings';
}

function dataRows(grids: WorkbookGrids, tab: string): number {
  const grid = grids[tab];
  return grid ? grid.slice(1).filter((r) => r.some((c) => c !== '' && c !== null)).length : 0;
}

export async function importCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      from: { type: 'string' },
      into: { type: 'string' },
      mapping: { type: 'string' },
      mode: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (!values.from) throw new CliError('import needs --from <export file>', 2);
  if (!values.into) throw new CliError('import needs --into <workbook folder>', 2);
  const mode = values.mode as MergeMode | undefined;
  if (mode !== undefined && !MERGE_MODES.includes(mode))
    throw new CliError(`--mode must be append or replace, got "${values.mode}"`, 2);
  const into = values.into;
  const grids = existsSync(into) ? readCsvFolder(into).grids : {};
  const saved =
    values.mapping && existsSync(values.mapping) ? readMappingFile(values.mapping) : null;
  const exported = await readExportFile(values.from);
  const run = runImport(grids, exported, mode ?? 'append', saved);
  const { outcome } = run;
  const rel = (p: string) => relative(process.cwd(), p) || '.';
  const mappingPath = values.mapping ?? join(into, `${IMPORT_MAPPING_TAB}.csv`);
  const saveMapping = () => {
    mkdirSync(into, { recursive: true });
    writeFileSync(mappingPath, formatCsv(run.mappingRows, { escapeFormulas: false }));
    if (values.mapping) writeCsvFolder(into, { [IMPORT_MAPPING_TAB]: run.mappingRows });
  };
  for (const issue of run.readIssues) io.err(`${issue.tab}: ${issue.problem}`);
  const settingsFile = rel(join(into, 'Settings.csv'));
  if (run.currency.kind === 'mixed') {
    io.out(`${currencyLine(run.currency, settingsFile)} Nothing was imported yet.`);
    return QUESTIONS_EXIT;
  }
  if (outcome.kind === 'failed') {
    io.err(`bellringer import: ${failureText(outcome.failure, exported.source)}`);
    for (const issue of outcome.issues.slice(0, 10))
      io.err(`  row ${issue.row} ${issue.column ?? ''}: ${issue.problem}`);
    return 1;
  }
  if (outcome.kind === 'questions') {
    saveMapping();
    io.out(
      `${outcome.questions.length} question${outcome.questions.length === 1 ? '' : 's'} the data cannot answer; nothing was imported yet:`,
    );
    for (const q of outcome.questions) io.out(`  - ${questionText(q)}`);
    io.out(
      `Answer in ${rel(mappingPath)} (the rows with a blank value), then run the same command again.`,
    );
    return QUESTIONS_EXIT;
  }
  const applied = run.applied!;
  const tab = outcome.importKind === 'deals' ? 'Deals' : 'Activities';
  if (mode === undefined && dataRows(grids, tab) > 0)
    throw new CliError(
      `${tab}.csv in ${into} already has ${grouped(dataRows(grids, tab))} rows: choose --mode append (rows with the same id are updated, others added) or --mode replace (the tab holds only this export).`,
      2,
    );
  saveMapping();
  writeCsvFolder(into, {
    ...applied.tabs,
    ...(run.currency.kind === 'export'
      ? { [settingsTabName(grids)]: withSettingsCurrency(grids, run.currency.currency) }
      : {}),
  });
  // Each export row's record, so the notes of a deal imported earlier from another file are replaced.
  const records = new Map<number, string>(
    outcome.importKind === 'deals'
      ? outcome.deals.map((d) => [d.sourceRow, `deal:${d.dealId}`])
      : activityKeys(outcome.activities).map((k, i) => [
          outcome.activities[i]!.sourceRow,
          `activity:${k.id}`,
        ]),
  );
  const issuesPath = writeImportIssues(
    into,
    exported.source,
    outcome.issues,
    records,
    outcome.ignoredIds.map((id) => `deal:${id}`),
  );
  const { merged } = applied;
  const preset = outcome.mapping.preset ? presetById(outcome.mapping.preset)?.name : null;
  const c = outcome.counts;
  io.out(
    `Imported ${grouped(c.used)} ${outcome.importKind} from ${exported.source}${preset ? ` (${preset})` : ''} into ${rel(join(into, `${tab}.csv`))}: ${grouped(merged.added)} added, ${grouped(merged.updated)} updated${merged.removed ? `, ${grouped(merged.removed)} removed (deleted or ignored upstream)` : ''}.`,
  );
  if (c.leftOut > 0)
    io.out(
      `${grouped(c.leftOut)} ${c.leftOut === 1 ? 'row' : 'rows'} left out: see ${rel(issuesPath)}.`,
    );
  else if (outcome.issues.length > 0)
    io.out(
      `${grouped(outcome.issues.length)} ${outcome.issues.length === 1 ? 'note' : 'notes'} on single rows: see ${rel(issuesPath)}.`,
    );
  if (c.ignored > 0)
    io.out(
      `${grouped(c.ignored)} ${c.ignored === 1 ? 'row' : 'rows'} ignored (deleted upstream, or a stage answered ignore).`,
    );
  if (c.notDone > 0) io.out(`${grouped(c.notDone)} activities not done yet were not counted.`);
  for (const o of c.otherCurrencies)
    io.out(
      `${grouped(o.rows)} ${plural('deal', o.rows)} in ${o.currency} ${o.rows === 1 ? 'was' : 'were'} left out (the workbook counts ${outcome.mapping.currency}).`,
    );
  if (mode !== 'replace' && merged.notInExport > 0)
    io.out(
      `${grouped(merged.notInExport)} ${plural('row', merged.notInExport)} already in ${tab}.csv ${merged.notInExport === 1 ? 'is' : 'are'} not in this export: kept as ${merged.notInExport === 1 ? 'it was' : 'they were'} (delete them, or use --mode replace, if they were deleted in the CRM).`,
    );
  if (outcome.newReps.length > 0)
    io.out(
      `${outcome.newReps.length} new rep${outcome.newReps.length === 1 ? '' : 's'} added to Reps.csv as private (public = no): ${outcome.newReps.map((r) => r.repId).join(', ')}. Set public to yes to show them on the leaderboard.`,
    );
  const line = currencyLine(run.currency, settingsFile);
  if (line !== null) io.out(line);
  io.out(`Mapping saved in ${rel(mappingPath)}; the next import of this export asks nothing.`);
  return 0;
}
