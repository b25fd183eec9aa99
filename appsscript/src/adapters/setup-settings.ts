// Set up for an existing Settings tab: append the settings it lacks, with their defaults and notes.
import { headerKey, SETTING_SPECS } from '../../../shared/workbook';
import type { Sheet } from '../host';
import { settingDefault } from './seed-rows';
import { settingFormat, TEXT_FORMAT, typedCell } from './typed-cells';
import { validationRule } from './validation-rule';

/** Appends rows below the last one (never touching a filled cell); returns how many were added. */
export function appendMissingSettings(sheet: Sheet, timeZone: string): number {
  const grid = sheet.getDataRange().getValues();
  const have = new Set(grid.slice(1).map((r) => headerKey(String(r[0] ?? ''))));
  const missing = SETTING_SPECS.filter((s) => !have.has(headerKey(s.setting)));
  if (missing.length === 0) return 0;
  const start = sheet.getLastRow() + 1;
  const maxRows = sheet.getMaxRows();
  if (maxRows < start + missing.length)
    sheet.insertRowsAfter(maxRows, start + missing.length - maxRows);
  const rows = missing.map((s) => [s.setting, settingDefault(s.setting, s.defaultText, timeZone)]);
  const range = sheet.getRange(start, 1, missing.length, 2);
  // Formats first, so Sheets keeps each value as the setting means it (adapters/typed-cells.ts).
  range.setNumberFormats(rows.map(([name, v]) => [TEXT_FORMAT, settingFormat(String(name), v!)]));
  range.setValues(
    rows.map(([name, v]) => [name!, typedCell(v!, settingFormat(String(name), v!), timeZone)]),
  );
  sheet.getRange(start, 1, missing.length, 1).setNotes(missing.map((s) => [s.note]));
  sheet
    .getRange(start, 2, missing.length, 1)
    .setDataValidations(
      missing.map((s) => [validationRule(s.validation, s.defaultText, null, s.note)]),
    );
  return missing.length;
}

/** Notes and value validation for the rows a new Settings tab was seeded with (rows 2..). */
export function decorateNewSettings(sheet: Sheet, settings: readonly string[]): void {
  if (settings.length === 0) return;
  const specs = settings.map((name) =>
    SETTING_SPECS.find((s) => headerKey(s.setting) === headerKey(name)),
  );
  sheet.getRange(2, 1, specs.length, 1).setNotes(specs.map((s) => [s?.note ?? '']));
  sheet
    .getRange(2, 2, specs.length, 1)
    .setDataValidations(
      specs.map((s) => [s ? validationRule(s.validation, s.defaultText, null, s.note) : null]),
    );
}
