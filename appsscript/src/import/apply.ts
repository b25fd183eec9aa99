// The confirmed import written: the input tab's rows in place, new owners appended to Reps (private), the mapping saved.
import {
  type ImportOutcome,
  importColumnKeys,
  importTabHeader,
  type Mapping,
  type MergeMode,
  mappingGrid,
  planRows,
  REP_COLUMNS,
  type RowPlan,
  withMapping,
} from '../../../shared/import';
import { escapeFormula, unescapeFormula } from '../../../shared/outputs';
import { type Grid, headerKey, IMPORT_MAPPING_TAB, TAB_SPECS } from '../../../shared/workbook';
import { readTab } from '../adapters/read-grids';
import { setupTab } from '../adapters/setup-tab';
import type { SheetIndex } from '../adapters/sheet-index';
import { TEXT_FORMAT } from '../adapters/typed-cells';
import { UserError } from '../errors';
import type { Sheet, Spreadsheet } from '../host';
import { appendRows, deleteRows, importedRows, importNote, writeRecords } from './write-rows';

type Mapped = Extract<ImportOutcome, { kind: 'mapped' }>;

/** The input tab an import writes, set up first when it is missing (Set up's header and formats). */
export function inputTab(ss: Spreadsheet, index: SheetIndex, tab: string): Sheet {
  const spec = TAB_SPECS.find((t) => t.name === tab)!;
  const setup = setupTab(ss, index, spec, null, () => null);
  if (setup.status === 'foreign')
    throw new UserError(
      `The ${tab} tab holds none of Bellringer's ${tab} columns, so it is not written.`,
      `Rename that tab (it is yours), run Set up workbook to create ${tab}, then import again.`,
    );
  return setup.sheet;
}

/** Text the import escaped ('=…, '-7) as it was in the export, so ids and headers match on the next import. */
export function unescaped(grid: Grid): Grid {
  return grid.map((row) => row.map((c) => (typeof c === 'string' ? unescapeFormula(c) : c)));
}

/** The plan for the tab as it stands, with the rows earlier imports wrote. */
export function planFor(
  sheet: Sheet | null,
  timeZone: string,
  outcome: Mapped,
  mode: MergeMode,
): { plan: RowPlan; grid: Grid; noteColumn: number } {
  const tab = outcome.importKind === 'deals' ? 'Deals' : 'Activities';
  const grid = sheet && sheet.getLastRow() > 0 ? unescaped(readTab(sheet, tab, timeZone)) : [];
  const idHeader = outcome.importKind === 'deals' ? 'deal_id' : 'date';
  const provisional = planRows(grid, () => false, outcome, mode);
  const noteColumn = provisional.header.findIndex((h) => headerKey(h) === headerKey(idHeader)) + 1;
  const oldWidth = grid[0]?.length ?? 0;
  const imported =
    sheet && noteColumn <= oldWidth ? importedRows(sheet, noteColumn, grid) : new Set<number>();
  return { plan: planRows(grid, (r) => imported.has(r), outcome, mode), grid, noteColumn };
}

/** Header cells the import adds after the tab's last column (a required column it lacks). */
function addHeader(sheet: Sheet, oldWidth: number, added: readonly string[]): void {
  if (added.length === 0) return;
  const max = sheet.getMaxColumns();
  if (oldWidth + added.length > max) sheet.insertColumnsAfter(max, oldWidth + added.length - max);
  const range = sheet.getRange(1, oldWidth + 1, 1, added.length);
  range.setNumberFormat(TEXT_FORMAT);
  range.setValues([[...added]]);
  range.setFontWeight('bold');
}

export interface Written {
  readonly plan: RowPlan;
  readonly repsAdded: number;
}

export function writeImport(
  ss: Spreadsheet,
  index: SheetIndex,
  outcome: Mapped,
  mode: MergeMode,
  saved: readonly Mapping[],
  source: string,
): Written {
  const timeZone = ss.getSpreadsheetTimeZone();
  const tab = outcome.importKind === 'deals' ? 'Deals' : 'Activities';
  const sheet = inputTab(ss, index, tab);
  const { plan, grid, noteColumn } = planFor(sheet, timeZone, outcome, mode);
  const oldWidth = Math.max(
    0,
    ...(grid[0] ?? []).map((c, i) => (c === '' || c === null ? 0 : i + 1)),
  );
  addHeader(sheet, oldWidth, plan.addedColumns);
  // What the import noticed about each export row (a won deal dated by its last change…), on its row.
  const noticed = new Map<number, string[]>();
  for (const i of outcome.issues)
    if (i.row !== null)
      noticed.set(i.row, [...(noticed.get(i.row) ?? []), `${i.problem} ${i.fix}`]);
  const noteFor = (sourceRow: number) => importNote(source, sourceRow, noticed.get(sourceRow));
  const w = { sheet, tab, header: plan.header, keys: plan.keys, timeZone, noteColumn };
  writeRecords(
    w,
    plan.updates.map((u) => u.row),
    plan.updates.map((u) => u.record),
    plan.updates.map((u) => noteFor(u.sourceRow)),
    false,
  );
  appendRows(
    w,
    plan.appends.map((a) => a.record),
    plan.appends.map((a) => noteFor(a.sourceRow)),
  );
  deleteRows(sheet, plan.removes);
  const repsAdded = appendReps(ss, index, outcome, timeZone, importNote(source, null));
  saveMapping(ss, index, withMapping(saved, outcome.mapping));
  return { plan, repsAdded };
}

/** Owners not in Reps, appended as private reps (public = no): nothing is published about them unasked. */
function appendReps(
  ss: Spreadsheet,
  index: SheetIndex,
  outcome: Mapped,
  timeZone: string,
  note: string,
): number {
  if (outcome.newReps.length === 0) return 0;
  const sheet = inputTab(ss, index, 'Reps');
  const grid = readTab(sheet, 'Reps', timeZone);
  const header = importTabHeader(grid, REP_COLUMNS);
  const keys = importColumnKeys(header, REP_COLUMNS);
  const idCol = header.findIndex((h) => headerKey(h) === 'repid');
  const have = new Set(grid.slice(1).map((r) => String(r[idCol] ?? '').trim()));
  const fresh = outcome.newReps.filter((r) => !have.has(r.repId));
  const oldWidth = grid[0]?.length ?? 0;
  addHeader(sheet, oldWidth, header.slice(oldWidth));
  appendRows(
    { sheet, tab: 'Reps', header, keys, timeZone, noteColumn: idCol + 1 },
    fresh.map((r) => ({
      rep_id: r.repId,
      name: r.name,
      email: r.email,
      active: 'yes',
      public: 'no',
    })),
    fresh.map(() => note),
  );
  return fresh.length;
}

/** The Import Mapping tab (Bellringer's own) rewritten with every saved mapping, this one in place of its kind's. */
function saveMapping(ss: Spreadsheet, index: SheetIndex, mappings: readonly Mapping[]): void {
  const spec = TAB_SPECS.find((t) => t.name === IMPORT_MAPPING_TAB)!;
  const sheet = setupTab(ss, index, spec, null, () => null).sheet;
  const rows = mappingGrid(mappings.map((mapping) => ({ mapping }))).slice(1);
  const last = sheet.getLastRow();
  if (last > 1) sheet.getRange(2, 1, last - 1, 3).clearContent();
  if (rows.length === 0) return;
  const max = sheet.getMaxRows();
  if (rows.length + 1 > max) sheet.insertRowsAfter(max, rows.length + 1 - max);
  const range = sheet.getRange(2, 1, rows.length, 3);
  range.setNumberFormat(TEXT_FORMAT);
  // An export's header or stage may start like a formula (=, +, -, @): saved as text.
  range.setValues(rows.map((r) => r.map(escapeFormula)));
}
