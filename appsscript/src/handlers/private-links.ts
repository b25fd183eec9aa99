// Menu: Rotate one rep's private link… and Rotate all private links (manager only; nothing is published until the next publish).
import { plural } from '../../../shared/format';
import { indexSheets } from '../adapters/sheet-index';
import { runEngineOn } from '../engine-run';
import { withAlerts, withLock } from '../guard';
import { activeSpreadsheet } from '../host';
import { rotateKeys } from '../private/rotate';

const AFTER =
  'The old link keeps working until you publish, and never after. Choose Publish leaderboard now, then hand the new link (Private Links tab) to the rep privately.';

/** Menu: Rotate one rep's private link… (asks for the rep_id). */
export function rotateOnePrivateLink(): void {
  withAlerts('Rotate one rep’s private link', () => {
    const ui = SpreadsheetApp.getUi();
    const answer = ui.prompt(
      'Bellringer: Rotate one rep’s private link',
      'Type the rep_id of the rep whose link should change (as in the Reps tab or the Private Links tab):',
      ui.ButtonSet.OK_CANCEL,
    );
    if (answer.getSelectedButton() !== ui.Button.OK) return;
    const repId = answer.getResponseText().trim();
    const ss = activeSpreadsheet();
    withLock(() => rotateKeys(runEngineOn(ss, indexSheets(ss)), [repId]));
    ui.alert(
      'Bellringer: Private link rotated',
      `${repId} has a new link. ${AFTER}`,
      ui.ButtonSet.OK,
    );
  });
}

/** Menu: Rotate all private links (asks first: every rep needs their new link). */
export function rotateAllPrivateLinks(): void {
  withAlerts('Rotate all private links', () => {
    const ui = SpreadsheetApp.getUi();
    const sure = ui.alert(
      'Bellringer: Rotate all private links',
      'Every rep gets a new private link, and every old link stops working at the next publish. Go on?',
      ui.ButtonSet.YES_NO,
    );
    if (sure !== ui.Button.YES) return;
    const ss = activeSpreadsheet();
    const update = withLock(() => rotateKeys(runEngineOn(ss, indexSheets(ss)), 'all'));
    const n = update.rotated.length + update.created.length;
    ui.alert(
      'Bellringer: Private links rotated',
      `${n} ${plural('rep', n)} ${n === 1 ? 'has' : 'have'} a new link. ${AFTER.replace('to the rep', 'to each rep')}`,
      ui.ButtonSet.OK,
    );
  });
}
