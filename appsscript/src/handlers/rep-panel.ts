// The sidebar's per-rep panel and its what-if, answered from the current inputs without writing anything.
import * as v from 'valibot';
import { type WhatIf, whatIfText } from '../../../shared/incentives';
import { indexSheets } from '../adapters/sheet-index';
import { buildRepPanel } from '../dashboard/rep-panel';
import type { RepPanelData, WhatIfData } from '../dashboard/toolkit-types';
import { runEngineOn } from '../engine-run';
import { UserError } from '../errors';
import { activeSpreadsheet } from '../host';
import { repPrivateLink } from '../private/rep-link';

/** The largest extra amount the what-if accepts: far above any deal, below float trouble. */
export const MAX_WHAT_IF = 1e12;

const RepIdSchema = v.pipe(v.string('Choose a rep.'), v.trim(), v.minLength(1, 'Choose a rep.'));
const NOT_A_NUMBER = 'Type the amount as a number, e.g. 5000.';
const AmountSchema = v.pipe(
  v.union(
    [v.number(), v.pipe(v.string(), v.trim(), v.nonEmpty(), v.transform(Number))],
    NOT_A_NUMBER,
  ),
  v.number(NOT_A_NUMBER),
  v.finite(NOT_A_NUMBER),
  v.minValue(0, 'The amount cannot be negative.'),
  v.maxValue(MAX_WHAT_IF, 'That amount is too large.'),
);

function parse<T>(schema: v.GenericSchema<unknown, T>, input: unknown, next: string): T {
  const r = v.safeParse(schema, input);
  if (!r.success) throw new UserError(r.issues[0].message, next);
  return r.output;
}

export function parseRepId(input: unknown): string {
  return parse(RepIdSchema, input, 'Choose a rep from the list.');
}

/** google.script.run: one rep's panel (manager only; none of it is published). */
export function getRepPanel(repId: unknown): RepPanelData {
  const id = parseRepId(repId);
  const ss = activeSpreadsheet();
  const result = runEngineOn(ss, indexSheets(ss));
  return buildRepPanel(result, id, repPrivateLink(result, id));
}

/**
 * google.script.run: "close $X more this period and earn $Y more", the engine's what-if under the
 * rep's own commission rules, as if a won deal of `amount` closed today.
 */
export function getWhatIf(repId: unknown, amount: unknown): WhatIf & WhatIfData {
  const id = parseRepId(repId);
  const extra = parse(
    AmountSchema,
    amount,
    'Type an amount of 0 or more, without a currency sign.',
  );
  const ss = activeSpreadsheet();
  const result = runEngineOn(ss, indexSheets(ss));
  if (!result.workbook.reps.some((r) => r.repId === id)) {
    throw new UserError(
      `There is no rep with rep_id "${id}" in Reps.`,
      'Choose a rep from the list.',
    );
  }
  const w = result.model.incentives.whatIf(id, extra);
  return { ...w, explanation: whatIfText(w, result.settings.currency) };
}
