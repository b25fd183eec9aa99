// The Plan Template tab: the standard action plan, one row per field, for the manager to adapt.
import { escapeFormula } from '../../../shared/outputs';
import { ACTION_PLAN_TEMPLATE } from '../../../shared/toolkit';
import {
  PLAN_TEMPLATE_FIELDS,
  PLAN_TEMPLATE_TAB,
  PLAN_TEMPLATE_TAB_SPEC,
  planTemplateGrid,
} from '../../../shared/workbook';
import type { Sheet, Spreadsheet } from '../host';
import type { SheetIndex } from './sheet-index';

// The tab's name, header and fields are shared/workbook's, the ones the engine reads back.
export { PLAN_TEMPLATE_HEADER, PLAN_TEMPLATE_TAB } from '../../../shared/workbook';

const TAB_NOTE =
  'Your standard action plan: adapt it to your team. Set up wrote it once and never overwrites it. ' +
  'Proposed plans on the Alerts tab follow it, field by field (a blank value keeps the built-in ' +
  'one); when you open a plan in Action Plans, copy the steps, support and consequences from ' +
  'here. Private: never published.';

/** Where the tab goes: just after Action Plans when there is one, else at the end. */
function position(ss: Spreadsheet, actionPlans: Sheet | null): number {
  return actionPlans ? actionPlans.getIndex() : ss.getNumSheets();
}

/**
 * Creates the tab, holding the built-in template, when no tab of that name exists; an existing
 * one is never touched (not even an empty one: it is the manager's). Returns whether it was created.
 */
export function ensurePlanTemplate(ss: Spreadsheet, index: SheetIndex): boolean {
  if (index.find(PLAN_TEMPLATE_TAB)) return false;
  const sheet = ss.insertSheet(PLAN_TEMPLATE_TAB, position(ss, ss.getSheetByName('Action Plans')));
  const grid = planTemplateGrid(ACTION_PLAN_TEMPLATE).map((row) =>
    row.map((cell) => (typeof cell === 'string' ? escapeFormula(cell) : cell)),
  );
  sheet.getRange(1, 1, grid.length, 2).setValues(grid);
  const [fieldCol, valueCol] = PLAN_TEMPLATE_TAB_SPEC.columns;
  sheet
    .getRange(1, 1, 1, 2)
    .setNotes([
      [
        `${TAB_NOTE}\n\n${fieldCol!.note}`,
        `${valueCol!.note} Edit the values; keep the field names.`,
      ],
    ]);
  sheet
    .getRange(2, 1, PLAN_TEMPLATE_FIELDS.length, 1)
    .setNotes(PLAN_TEMPLATE_FIELDS.map((f) => [f.note]));
  sheet.getRange(1, 1, 1, 2).setFontWeight('bold');
  sheet.setFrozenRows(1);
  return true;
}
