// Access to the Apps Script runtime: the spreadsheet, the UI when there is one, toasts.
import { UserError } from './errors';

export type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
export type Ui = GoogleAppsScript.Base.Ui;

export function activeSpreadsheet(): Spreadsheet {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!ss) {
    throw new UserError(
      'Bellringer could not open the spreadsheet it belongs to.',
      'Open the team workbook and run the command from Extensions → Bellringer.',
    );
  }
  return ss;
}

/** The UI, or null where there is none (time-driven triggers, the web app). */
export function uiOrNull(): Ui | null {
  try {
    return SpreadsheetApp.getUi();
  } catch {
    return null;
  }
}

export function toast(ss: Spreadsheet, message: string): void {
  ss.toast(message, 'Bellringer', 5);
}
