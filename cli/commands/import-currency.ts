// The currency an import counts when the workbook names none: the export's own when it has one, a question when it has several.
import {
  findTab,
  type ImportInput,
  importExport,
  type ImportOutcome,
  type Mapping,
} from '../../shared/import';
import { plural } from '../../shared/format';
import { cellText, type Grid, headerKey, type WorkbookGrids } from '../../shared/workbook';

export type CurrencyChoice =
  /** Settings (or the saved mapping) names the currency: nothing to decide. */
  | { readonly kind: 'set' }
  /** The export's amounts name one currency: it is counted and written to Settings. */
  | { readonly kind: 'export'; readonly currency: string }
  /** Neither the workbook nor the export names one: Settings' default is counted, and said so. */
  | { readonly kind: 'none'; readonly assumed: string }
  /** The export's amounts are in several currencies: the manager says which one the team counts. */
  | { readonly kind: 'mixed'; readonly currencies: readonly { currency: string; rows: number }[] }
  /** The export cannot be read far enough to tell (questions first, or not deals). */
  | { readonly kind: 'undecided' };

/** ISO 4217's "no currency": no export row is in it, so every named currency shows as "other". */
const PROBE = 'XXX';

function settingsRows(grids: WorkbookGrids): Grid | undefined {
  return findTab(grids, 'Settings');
}

/** The Settings tab's currency value, or null when the row is absent or blank. */
export function settingsCurrency(grids: WorkbookGrids): string | null {
  for (const row of settingsRows(grids) ?? []) {
    if (headerKey(cellText(row[0]) ?? '') !== 'currency') continue;
    const value = (cellText(row[1]) ?? '').trim();
    if (value !== '') return value;
  }
  return null;
}

/** The export read once with a currency no row has, to see which ones its amounts name. */
export function chooseCurrency(
  grids: WorkbookGrids,
  input: Omit<ImportInput, 'workbookCurrency'>,
  fallback: string,
): CurrencyChoice {
  if (settingsCurrency(grids) !== null || input.mapping.currency !== null) return { kind: 'set' };
  const probe: ImportOutcome = importExport({ ...input, workbookCurrency: PROBE });
  const named =
    probe.kind === 'mapped' && probe.importKind === 'deals'
      ? probe.counts.otherCurrencies
      : probe.kind === 'failed' && probe.failure.kind === 'nothing-usable'
        ? (probe.failure.otherCurrencies ?? null)
        : null;
  if (named === null) return { kind: 'undecided' };
  if (named.length === 1) return { kind: 'export', currency: named[0]!.currency };
  if (named.length > 1) return { kind: 'mixed', currencies: named };
  return { kind: 'none', assumed: fallback };
}

/** The Settings grid with `currency` set (its blank row filled, else a row added; a new tab when none). */
export function withSettingsCurrency(grids: WorkbookGrids, currency: string): Grid {
  const grid = (settingsRows(grids) ?? [['setting', 'value']]).map((r) => [...r]);
  const at = grid.findIndex((r) => headerKey(cellText(r[0]) ?? '') === 'currency');
  if (at > 0) grid[at]![1] = currency;
  else grid.push(['currency', currency]);
  return grid;
}

/** The line an import prints about the currency it counted, or null when Settings named it. */
export function currencyLine(choice: CurrencyChoice, settingsFile: string): string | null {
  switch (choice.kind) {
    case 'export':
      return `The workbook had no currency; every amount in the export is in ${choice.currency} (or names none), so ${choice.currency} is counted and was written to ${settingsFile} (currency,${choice.currency}).`;
    case 'none':
      return `Neither ${settingsFile} nor the export names a currency: the amounts are counted as ${choice.assumed}. If they are not, set currency in ${settingsFile} (e.g. currency,EUR) and import again.`;
    case 'mixed':
      return `The workbook has no currency and the export's amounts are in ${choice.currencies.map((c) => `${c.currency} (${c.rows} ${plural('row', c.rows)})`).join(', ')}: which one does the team count? Set it in ${settingsFile} (e.g. currency,${choice.currencies[0]!.currency}) and run the same command again; deals in the others are left out and listed.`;
    case 'set':
    case 'undecided':
      return null;
  }
}
