// The Plan Template tab: the standard action plan, one row per field, for the manager to adapt.
import { escapeFormula } from '../../../shared/outputs/escape';
import { ACTION_PLAN_TEMPLATE } from '../../../shared/toolkit/action-plans';
import type { Sheet, Spreadsheet } from '../host';
import type { SheetIndex } from './sheet-index';

export const PLAN_TEMPLATE_TAB = 'Plan Template';

export const PLAN_TEMPLATE_HEADER = ['field', 'value'] as const;

const t = ACTION_PLAN_TEMPLATE;

/**
 * field, value, note. Steps sit in one cell, one per line, as the Action Plans tab's `steps`
 * column takes them, so a manager can copy a cell across unchanged.
 */
export const PLAN_TEMPLATE_ROWS: readonly (readonly [string, string | number, string])[] = [
  [
    'steps',
    t.steps.join('\n'),
    'The steps of a plan, one per line. Copy into the steps column of Action Plans and adapt to the rep.',
  ],
  [
    'check_in_every_days',
    t.checkInEveryDays,
    'Days between check-ins. A check-in is held by a Coaching row with the rep on or after its date.',
  ],
  [
    'length_days',
    t.lengthDays,
    `How long a plan runs, in days (at most ${t.maxLengthDays}, extension included).`,
  ],
  ['support', t.support, 'What the manager and the team give the rep during the plan.'],
  [
    'consequences',
    t.consequences,
    'What happens if the plan target is not met by the end date. State it plainly, up front.',
  ],
];

const TAB_NOTE =
  'Your standard action plan: adapt it to your team. Set up wrote it once and never overwrites it. ' +
  'Proposed plans on the Alerts tab suggest the built-in template; when you open a plan in ' +
  'Action Plans, copy the steps, support and consequences from here. Private: never published.';

/** Where the tab goes: just after Action Plans when there is one, else at the end. */
function position(ss: Spreadsheet, actionPlans: Sheet | null): number {
  return actionPlans ? actionPlans.getIndex() : ss.getNumSheets();
}

/**
 * Creates the tab when no tab of that name exists; an existing one is never touched (not even
 * an empty one: it is the manager's). Returns whether it was created.
 */
export function ensurePlanTemplate(ss: Spreadsheet, index: SheetIndex): boolean {
  if (index.find(PLAN_TEMPLATE_TAB)) return false;
  const sheet = ss.insertSheet(PLAN_TEMPLATE_TAB, position(ss, ss.getSheetByName('Action Plans')));
  const rows = PLAN_TEMPLATE_ROWS.map(([field, value]) => [
    field,
    typeof value === 'string' ? escapeFormula(value) : value,
  ]);
  sheet.getRange(1, 1, rows.length + 1, 2).setValues([[...PLAN_TEMPLATE_HEADER], ...rows]);
  sheet.getRange(1, 1, 1, 2).setNotes([[TAB_NOTE, 'Edit the values; keep the field names.']]);
  sheet.getRange(2, 1, rows.length, 1).setNotes(PLAN_TEMPLATE_ROWS.map(([, , note]) => [note]));
  sheet.getRange(1, 1, 1, 2).setFontWeight('bold');
  sheet.setFrozenRows(1);
  return true;
}
