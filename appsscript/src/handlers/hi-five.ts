// Give a hi-five: the dialog, its options, and the one append to Recognition (the only input-tab write).
import * as v from 'valibot';
import { effectiveBadges } from '../../../shared/badges';
import { compareText } from '../../../shared/order';
import { escapeFormula } from '../../../shared/outputs';
import { headerKey, parseWorkbook, RECOGNITION_KINDS, TAB_SPECS } from '../../../shared/workbook';
import { readTabState, setupTab } from '../adapters/setup-tab';
import { readTab } from '../adapters/read-grids';
import { indexSheets } from '../adapters/sheet-index';
import { now } from '../clock';
import { UserError } from '../errors';
import { withAlerts, withLock } from '../guard';
import type { HiFiveOptions } from '../hi-five-types';
import { activeSpreadsheet } from '../host';
import { htmlPage } from '../html/page';

const MAX_MESSAGE = 500;

/** What the dialog sends; validated here, at the edge, before anything is written. */
export const HiFiveFormSchema = v.object({
  to: v.pipe(v.string(), v.trim(), v.minLength(1, 'Choose who the hi-five is for.')),
  kind: v.picklist(RECOGNITION_KINDS, 'Choose hi-five, shout-out or award.'),
  from: v.optional(
    v.pipe(v.string(), v.trim(), v.maxLength(100, 'Keep "from" under 100 characters.')),
    '',
  ),
  message: v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, 'Write a short message: what is it for?'),
    v.maxLength(MAX_MESSAGE, `Keep the message under ${MAX_MESSAGE} characters.`),
  ),
  badgeId: v.optional(v.pipe(v.string(), v.trim()), ''),
  public: v.boolean(),
});
export type HiFiveForm = v.InferOutput<typeof HiFiveFormSchema>;

/** Menu: Give a hi-five. */
export function showHiFiveDialog(): void {
  withAlerts('Give a hi-five', () => {
    const output = htmlPage('HiFive').setWidth(420).setHeight(470);
    SpreadsheetApp.getUi().showModalDialog(output, 'Give a hi-five');
  });
}

function readPeople() {
  const ss = activeSpreadsheet();
  const index = indexSheets(ss);
  const grids: Record<string, GoogleAppsScript.Spreadsheet.Sheet | null> = {
    Reps: index.find('Reps'),
    Badges: index.find('Badges'),
  };
  const timeZone = ss.getSpreadsheetTimeZone();
  const read = Object.fromEntries(
    Object.entries(grids)
      .filter(([, s]) => s !== null)
      .map(([tab, s]) => [tab, readTab(s!, tab, timeZone)]),
  );
  const { workbook } = parseWorkbook(read, { defaultTimeZone: timeZone });
  return { ss, index, workbook };
}

/** The badges an award row can carry: the manual ones of the catalogue in effect. */
function awardBadges(workbook: ReturnType<typeof readPeople>['workbook']) {
  // Without a Badges tab, the built-in manual badges (mvp, team-player and the milestones).
  return effectiveBadges(workbook).filter((b) => b.kind === 'manual');
}

/** google.script.run: the reps to choose from and the manual badges an award can carry. */
export function getHiFiveOptions(): HiFiveOptions {
  const { workbook } = readPeople();
  return {
    reps: workbook.reps
      .filter((r) => r.active)
      .map((r) => ({ repId: r.repId, name: r.name }))
      .sort((a, b) => compareText(a.name, b.name) || compareText(a.repId, b.repId)),
    kinds: [...RECOGNITION_KINDS],
    badges: awardBadges(workbook).map((b) => ({ badgeId: b.badgeId, name: b.name })),
  };
}

/** google.script.run: appends one Recognition row; returns a confirmation to show. */
export function submitHiFive(input: unknown): string {
  const parsed = v.safeParse(HiFiveFormSchema, input);
  if (!parsed.success)
    throw new UserError(parsed.issues[0].message, 'Correct the form and send it again.');
  const form = parsed.output;
  return withLock(() => {
    const { ss, index, workbook } = readPeople();
    const rep = workbook.reps.find((r) => r.repId === form.to);
    if (!rep)
      throw new UserError(
        `There is no rep with rep_id "${form.to}" in Reps.`,
        'Choose a rep from the list.',
      );
    if (form.kind === 'award' && form.badgeId === '') {
      throw new UserError(
        'An award needs a badge.',
        'Choose the manual badge to award, or send a hi-five instead.',
      );
    }
    // The dialog lists only these; a stale dialog or a hand-made call must not write a row the
    // next recalculation would reject.
    if (form.kind === 'award' && !awardBadges(workbook).some((b) => b.badgeId === form.badgeId)) {
      throw new UserError(
        `There is no manual badge "${form.badgeId}" to award.`,
        'Choose a badge from the list (reopen the dialog if you just changed the Badges tab).',
      );
    }
    const existing = index.find('Recognition');
    let header = existing ? readTabState(existing).header : [];
    let sheet = existing;
    if (!sheet || header.length === 0) {
      const spec = TAB_SPECS.find((t) => t.name === 'Recognition')!;
      ({ sheet, header } = setupTab(ss, index, spec, null, () => null));
    }
    const values: Record<string, string | boolean | Date> = {
      date: now(),
      to: form.to,
      from: escapeFormula(form.from),
      kind: form.kind,
      badgeid: escapeFormula(form.badgeId),
      message: escapeFormula(form.message),
      public: form.public ? 'yes' : 'no',
    };
    sheet.appendRow(header.map((h) => values[headerKey(h)] ?? ''));
    return `${form.kind === 'award' ? 'Award' : form.kind === 'shout-out' ? 'Shout-out' : 'Hi-five'} for ${rep.name} added to Recognition.`;
  });
}
