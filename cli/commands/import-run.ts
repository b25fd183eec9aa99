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
import type { DataIssue } from '../../shared/issues';
import { cellText, type WorkbookGrids } from '../../shared/workbook';
import type { ExportRead } from '../io/export-file';
import { CLI_DEFAULT_TIME_ZONE } from './build';

export interface ImportRun {
  readonly outcome: ImportOutcome;
  /** The merged tabs to write (only when the rows were mapped). */
  readonly applied: Applied | null;
  /** The Import Mapping tab to save: the mappings, with open questions as rows to answer. */
  readonly mappingRows: string[][];
  /** Problems reading the files and the saved mapping. */
  readonly readIssues: readonly DataIssue[];
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
  const outcome = importExport({
    rows: exported.rows,
    source: exported.source,
    mapping: mappingFor(mappings, guess),
    reps: ctx.reps,
    workbookTimeZone: ctx.timeZone,
    workbookCurrency: ctx.currency,
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
  };
}
