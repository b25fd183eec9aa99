// Import CRM export…: the dialog, its preview (reads only) and the confirmed import (the one other input-tab write, under the lock).
import * as v from 'valibot';
import {
  type Answer,
  importExport,
  MERGE_MODES,
  type MergeMode,
  savedMappingFor,
  withAnswers,
  workbookContext,
} from '../../../shared/import';
import { formatNumber } from '../../../shared/format';
import { type Grid, IMPORT_MAPPING_TAB } from '../../../shared/workbook';
import { ownedTabs } from '../adapters/output-marker';
import { readTab } from '../adapters/read-grids';
import { indexSheets } from '../adapters/sheet-index';
import { UserError } from '../errors';
import { withAlerts, withLock } from '../guard';
import { activeSpreadsheet, type Spreadsheet } from '../host';
import { htmlPage } from '../html/page';
import { planFor, unescaped, writeImport } from '../import/apply';
import { countLines, issueLine, previewOf } from '../import/preview';
import { checkSize, isBellringerTab, readExport } from '../import/read-export';
import { ImportRequestSchema } from '../import/request';
import { type ImportPreview, type ImportSources, MAX_UPLOAD_BYTES } from '../import/types';

/** Menu: Import CRM export… */
export function showImportDialog(): void {
  withAlerts('Import CRM export', () => {
    const output = htmlPage('Import').setWidth(760).setHeight(640);
    SpreadsheetApp.getUi().showModalDialog(output, 'Import CRM export');
  });
}

/**
 * google.script.run hands the dialog only an error's message, so a UserError's next step goes
 * into it: the manager reads what went wrong and what to do in the dialog, as in an alert.
 */
function forDialog<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof UserError) throw new Error(`${error.message} What to do: ${error.next}`);
    throw error;
  }
}

/** google.script.run: the tabs an export may have been pasted into (not Bellringer's own). */
export function getImportSources(): ImportSources {
  const index = indexSheets(activeSpreadsheet());
  const outputs = new Set(ownedTabs(index).map((t) => t.name));
  return {
    tabs: index.sheets.map((s) => s.name).filter((n) => !outputs.has(n) && !isBellringerTab(n)),
    maxUploadBytes: MAX_UPLOAD_BYTES,
  };
}

function prepare(raw: unknown) {
  checkSize(raw);
  const parsed = v.safeParse(ImportRequestSchema, raw);
  if (!parsed.success)
    throw new UserError(
      `The dialog sent something the import cannot read: ${parsed.issues[0].message}`,
      'Close the dialog, open Import CRM export… again and choose the export once more.',
    );
  const ss = activeSpreadsheet();
  const index = indexSheets(ss);
  const timeZone = ss.getSpreadsheetTimeZone();
  const exported = readExport(parsed.output.source, index, timeZone);
  const grids: Record<string, Grid> = {};
  for (const tab of ['Settings', 'Reps', IMPORT_MAPPING_TAB]) {
    const sheet = index.find(tab);
    if (sheet && sheet.getLastRow() > 0) grids[tab] = unescaped(readTab(sheet, tab, timeZone));
  }
  const ctx = workbookContext(grids, timeZone);
  const answers: Answer[] = parsed.output.answers;
  const answered = withAnswers(savedMappingFor(ctx.mappings, exported.rows), answers);
  const outcome = importExport({
    rows: exported.rows,
    source: exported.source,
    mapping: answered.mapping,
    reps: ctx.reps,
    workbookTimeZone: ctx.timeZone,
    workbookCurrency: ctx.currency,
  });
  const notes = [...ctx.issues, ...answered.issues].map(issueLine);
  return { ss, index, timeZone, exported, ctx, outcome, notes };
}

function dataRows(grid: Grid): number {
  return grid.slice(1).filter((r) => r.some((c) => c !== '' && c !== null)).length;
}

/** google.script.run: the export read and mapped, the questions left, what confirming would do. Writes nothing. */
export function previewImport(request: unknown): ImportPreview {
  return forDialog(() => preview(request));
}

function preview(request: unknown): ImportPreview {
  const p = prepare(request);
  const { outcome } = p;
  if (outcome.kind !== 'mapped') {
    const tab =
      outcome.mapping.kind === null
        ? null
        : outcome.mapping.kind === 'deals'
          ? 'Deals'
          : 'Activities';
    return previewOf(p.exported, outcome, p.notes, { name: tab, rows: 0 }, null);
  }
  const tab = outcome.importKind === 'deals' ? 'Deals' : 'Activities';
  const sheet = p.index.find(tab);
  const append = planFor(sheet, p.timeZone, outcome, 'append');
  const replace = planFor(sheet, p.timeZone, outcome, 'replace');
  return previewOf(
    p.exported,
    outcome,
    p.notes,
    { name: tab, rows: dataRows(append.grid) },
    { append: append.plan, replace: replace.plan },
  );
}

function modeOf(mode: unknown): MergeMode | null {
  if (mode === null || mode === undefined || mode === '') return null;
  if (!(MERGE_MODES as readonly unknown[]).includes(mode))
    throw new UserError(`"${String(mode)}" is not a way to import.`, 'Choose Append or Replace.');
  return mode as MergeMode;
}

/** google.script.run: imports the export as previewed (questions answered); returns what was done, line by line. */
export function confirmImport(request: unknown, mode: unknown): string[] {
  return forDialog(() => withLock(() => confirm(request, modeOf(mode))));
}

function confirm(request: unknown, chosen: MergeMode | null): string[] {
  const p = prepare(request);
  const { outcome } = p;
  if (outcome.kind === 'failed') {
    throw new UserError(
      `${outcome.failure.kind === 'nothing-usable' ? '' : 'Nothing was imported. '}${previewOf(p.exported, outcome, [], { name: null, rows: 0 }, null).failure}`,
      'Check the export (the notes in the dialog say why each row was left out), then import again.',
    );
  }
  if (outcome.kind === 'questions')
    throw new UserError(
      `${outcome.questions.length} ${outcome.questions.length === 1 ? 'question is' : 'questions are'} still open; nothing was imported.`,
      'Answer every question in the dialog, then import.',
    );
  const tab = outcome.importKind === 'deals' ? 'Deals' : 'Activities';
  const existing = p.index.find(tab);
  const rows =
    existing && existing.getLastRow() > 1 ? dataRows(readTab(existing, tab, p.timeZone)) : 0;
  if (chosen === null && rows > 0)
    throw new UserError(
      `${tab} already has ${formatNumber(rows)} rows; nothing was imported.`,
      'Choose Append (rows of earlier imports with the same id are updated, the rest added) or Replace (rows of earlier imports not in this export are removed too). Rows you typed stay either way.',
    );
  const written = writeImport(
    p.ss,
    p.index,
    outcome,
    chosen ?? 'append',
    p.ctx.mappings,
    p.exported.source,
  );
  return doneLines(p.ss, tab, written, [...countLines(outcome), ...outcome.issues.map(issueLine)]);
}

function doneLines(
  ss: Spreadsheet,
  tab: string,
  written: ReturnType<typeof writeImport>,
  issues: readonly string[],
): string[] {
  const { plan } = written;
  const lines = [
    `${tab}: ${formatNumber(plan.appends.length)} added, ${formatNumber(plan.updates.length)} updated${plan.removes.length > 0 ? `, ${formatNumber(plan.removes.length)} removed` : ''}.`,
  ];
  if (written.repsAdded > 0)
    lines.push(
      `${formatNumber(written.repsAdded)} new ${written.repsAdded === 1 ? 'rep' : 'reps'} added to Reps as private (public = no): set public to yes for those who may be shown.`,
    );
  for (const h of plan.handRows.slice(0, 10))
    lines.push(
      `${tab}, row ${h.row}, ${plan.tab === 'Deals' ? 'deal_id' : 'note'}: "${h.id}" was typed by hand and is also in the export; the row is kept as typed and the export's row not added. Delete your row to let the import keep it up to date.`,
    );
  lines.push(...issues.slice(0, 20));
  lines.push(
    `Mapping saved in ${IMPORT_MAPPING_TAB}: the next import of this export asks nothing. Recalculate to see it on the board.`,
  );
  ss.toast(lines[0]!, 'Bellringer', 5);
  return lines;
}
