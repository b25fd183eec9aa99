// Commission statement: the dialog, its rep list, and one rep's printable statement (writes nothing).
import * as v from 'valibot';
import { indexSheets } from '../adapters/sheet-index';
import { runEngineOn } from '../engine-run';
import { UserError } from '../errors';
import { withAlerts } from '../guard';
import { activeSpreadsheet } from '../host';
import { buildStatement, statementOptions } from '../statement/build-statement';
import type { StatementOptions, StatementResult } from '../statement/types';
import { parseRepId } from './rep-panel';
import { htmlPage } from '../html/page';

const WhichSchema = v.picklist(
  ['current', 'previous'],
  'Choose the current or the previous period.',
);

/** Menu: Commission statement… */
export function showStatementDialog(): void {
  withAlerts('Commission statement', () => {
    const output = htmlPage('Statement').setWidth(680).setHeight(620);
    SpreadsheetApp.getUi().showModalDialog(output, 'Commission statement');
  });
}

function engine() {
  const ss = activeSpreadsheet();
  return runEngineOn(ss, indexSheets(ss));
}

/** google.script.run: the reps a commission plan pays, for the dialog's chooser. */
export function getStatementOptions(): StatementOptions {
  return statementOptions(engine());
}

/** google.script.run: one rep's statement for the current or the previous pay period. */
export function getStatement(repId: unknown, which: unknown): StatementResult {
  const id = parseRepId(repId);
  const period = v.safeParse(WhichSchema, which);
  if (!period.success)
    throw new UserError(period.issues[0].message, 'Pick a period in the dialog and try again.');
  const result = engine();
  if (!result.workbook.reps.some((r) => r.repId === id)) {
    throw new UserError(
      `There is no rep with rep_id "${id}" in Reps.`,
      'Choose a rep from the list.',
    );
  }
  return buildStatement(result, id, period.output);
}
