// The export the dialog names, as a grid: CSV text parsed by Apps Script, an .xlsx sheet's rows, or a tab of this spreadsheet.
import { detectDelimiter } from '../../../shared/import';
import { type Cell, type Grid, TAB_NAMES } from '../../../shared/workbook';
import { readTab } from '../adapters/read-grids';
import type { SheetIndex } from '../adapters/sheet-index';
import { tabKey } from '../adapters/sheet-index';
import { UserError } from '../errors';
import type { ImportSource } from './request';
import { MAX_UPLOAD_CHARS } from './types';

export interface ExportGrid {
  readonly rows: Grid;
  /** The file or tab name issues and the preview name. */
  readonly source: string;
  readonly notes: readonly string[];
}

const SEPARATOR_NAMES = { ',': 'commas', ';': 'semicolons (;)', '\t': 'tabs' } as const;

/** Bellringer's own tabs (inputs, outputs, the mapping): never an export to read. */
export function isBellringerTab(name: string): boolean {
  const key = tabKey(name);
  return TAB_NAMES.some((t) => tabKey(t) === key) || key === 'issues' || key === 'importmapping';
}

/** Refuses what one call should not carry, in words that say where to go instead. */
export function checkSize(raw: unknown): void {
  const source = (raw as { source?: { text?: unknown; rows?: unknown } } | null)?.source;
  let chars = typeof source?.text === 'string' ? source.text.length : 0;
  if (Array.isArray(source?.rows))
    for (const row of source.rows as unknown[])
      if (Array.isArray(row))
        for (const c of row) chars += typeof c === 'string' ? c.length + 1 : 8;
  if (chars > MAX_UPLOAD_CHARS)
    throw new UserError(
      `The export is too large to send from the dialog (${Math.ceil(chars / 1_000_000)} million characters; the dialog takes up to ${MAX_UPLOAD_CHARS / 1_000_000} million).`,
      'Put it in a tab instead: File › Import › Upload in Sheets ("Insert new sheet"), then choose that tab in Import CRM export….',
    );
}

export function readExport(source: ImportSource, index: SheetIndex, timeZone: string): ExportGrid {
  switch (source.kind) {
    case 'text': {
      const delimiter = detectDelimiter(source.text);
      // https://developers.google.com/apps-script/reference/utilities/utilities#parseCsv(String,Char)
      const rows = Utilities.parseCsv(source.text, delimiter) as Cell[][];
      const notes: string[] = [];
      if (source.encoding === 'windows-1252')
        notes.push(
          `${source.name} is not UTF-8: it was read as Windows-1252 (Excel's Western European). Check the names in the first rows.`,
        );
      if (delimiter !== ',') notes.push(`Fields are separated by ${SEPARATOR_NAMES[delimiter]}.`);
      return { rows, source: source.name, notes };
    }
    case 'rows':
      return { rows: source.rows, source: source.name, notes: [] };
    case 'tab': {
      const sheet = index.find(source.tab);
      if (!sheet || isBellringerTab(source.tab))
        throw new UserError(
          `There is no tab "${source.tab}" holding an export.`,
          'Paste the export into a new tab (or use File › Import), then choose that tab.',
        );
      return { rows: readTab(sheet, source.tab, timeZone), source: source.tab, notes: [] };
    }
  }
}
