// Reads the Plan Template tab: one row per field; bad or unknown rows are warnings, never errors on the run.

import type { DataIssue } from '../../issues';
import { Bad, CUT_FIX, type CellEnv, cellText, cutText, MAX_TEXT_LENGTH } from '../cells';
import type { Cell, Grid } from '../grid';
import { headerKey, isBlank, isBlankRow, readHeader } from '../headers';
import { issue } from '../read';
import {
  PLAN_TEMPLATE_FIELDS,
  PLAN_TEMPLATE_MAX_LENGTH_DAYS,
  PLAN_TEMPLATE_TAB,
  type PlanTemplate,
  type PlanTemplateField,
} from './plan-template';

const TAB = PLAN_TEMPLATE_TAB;
const BY_KEY = new Map<string, PlanTemplateField>(
  PLAN_TEMPLATE_FIELDS.map((f) => [headerKey(f.field), f]),
);
const KEEP = "the built-in template's value is used";

export function emptyPlanTemplate(): PlanTemplate {
  return {
    steps: null,
    checkInEveryDays: null,
    lengthDays: null,
    support: null,
    consequences: null,
  };
}

/**
 * The tab's fields; a blank, bad, unknown or repeated row leaves the field null (the built-in
 * template's value applies) with a warning. length_days above the maximum is capped.
 */
export function parsePlanTemplate(grid: Grid, env: CellEnv, issues: DataIssue[]): PlanTemplate {
  const out: Record<string, unknown> = emptyPlanTemplate();
  const header = readHeader(grid);
  const fieldCol = header.index.get('field');
  const valueCol = header.index.get('value');
  if (fieldCol === undefined || valueCol === undefined) {
    const missing = fieldCol === undefined ? 'field' : 'value';
    issues.push(
      issue(
        TAB,
        1,
        missing,
        null,
        `The ${TAB} tab has no "${missing}" column, so proposed plans use the built-in template.`,
        'Head the first column "field" and the second "value" (delete the tab and run Set up to recreate it).',
        'error',
      ),
    );
    return out as PlanTemplate;
  }
  const seen = new Map<string, number>();
  for (let r = 1; r < grid.length; r++) {
    const row = grid[r];
    if (!Array.isArray(row) || isBlankRow(row)) continue;
    const warn = (column: string, value: string | null, problem: string, fix: string) =>
      issues.push(issue(TAB, r + 1, column, value, problem, fix, 'warning'));
    const nameCell = row[fieldCol];
    const name = isBlank(nameCell) ? '' : (cellText(nameCell) ?? '').trim();
    const def = BY_KEY.get(headerKey(name));
    if (def === undefined) {
      warn(
        'field',
        name || null,
        name
          ? `"${name}" is not a template field; it is ignored.`
          : 'A value has no field name; it is ignored.',
        `Use one of: ${PLAN_TEMPLATE_FIELDS.map((f) => f.field).join(', ')}; or delete the row.`,
      );
      continue;
    }
    const first = seen.get(def.field);
    if (first !== undefined) {
      warn(
        'field',
        name,
        `${def.field} is set again (first on row ${first}); this row is ignored.`,
        'Keep one row per field.',
      );
      continue;
    }
    seen.set(def.field, r + 1);
    let cell: Cell = row[valueCol];
    if (cell === null || cell === undefined || isBlank(cell)) continue;
    const cut = typeof cell === 'string' ? cutText(cell) : null;
    if (cut !== null) {
      warn(
        'value',
        `${cut.slice(0, 40)}…`,
        `${def.field} is ${String(cell).length} characters long; only the first ${MAX_TEXT_LENGTH} are read.`,
        CUT_FIX,
      );
      cell = cut;
    }
    const value = def.coerce(cell, env);
    if (value instanceof Bad) {
      warn('value', cellText(cell), `${def.field} ${value.problem}; ${KEEP}.`, value.fix);
      continue;
    }
    if (Array.isArray(value) && value.length === 0) continue;
    if (def.key === 'lengthDays' && (value as number) > PLAN_TEMPLATE_MAX_LENGTH_DAYS) {
      warn(
        'value',
        cellText(cell),
        `length_days is above the maximum of ${PLAN_TEMPLATE_MAX_LENGTH_DAYS}; ${PLAN_TEMPLATE_MAX_LENGTH_DAYS} is used.`,
        `Use a number of days from 1 to ${PLAN_TEMPLATE_MAX_LENGTH_DAYS}: a plan is finite.`,
      );
      out[def.key] = PLAN_TEMPLATE_MAX_LENGTH_DAYS;
      continue;
    }
    out[def.key] = value;
  }
  return out as PlanTemplate;
}
