// Data-validation rules for Set up from the spec's hints: dropdowns, checkboxes, dates, numbers.
import type { ColumnSpec, Validation } from '../../../shared/workbook';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

/**
 * Invalid values are allowed with a warning rather than rejected: a paste from a CRM must never be
 * blocked, and the engine reports every bad cell in the Issues tab anyway. A boolean whose blank
 * means "yes" gets a yes/no dropdown, because an unticked checkbox reads as "no".
 */
export function validationRule(
  validation: Validation,
  defaultText: string | null,
  repIds: Range | null,
  helpText: string,
): Rule | null {
  const b = SpreadsheetApp.newDataValidation().setAllowInvalid(true).setHelpText(helpText);
  switch (validation.kind) {
    case 'list':
      return b.requireValueInList([...validation.values], true).build();
    case 'boolean':
      return defaultText === 'yes'
        ? b.requireValueInList(['yes', 'no'], true).build()
        : b.requireCheckbox().build();
    case 'date':
      return b.requireDate().build();
    case 'repId':
      return repIds ? b.requireValueInRange(repIds, true).build() : null;
    case 'number':
      return b.requireNumberGreaterThanOrEqualTo(validation.min).build();
    case 'text':
      return null;
  }
}

export function columnRule(column: ColumnSpec, repIds: Range | null): Rule | null {
  return validationRule(column.validation, column.defaultText, repIds, column.note);
}
