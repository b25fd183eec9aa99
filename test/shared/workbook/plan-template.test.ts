// The Plan Template tab: one row per field; blank, bad and unknown rows keep the built-in value.
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../shared/workbook';
import {
  PLAN_TEMPLATE_FIELDS,
  PLAN_TEMPLATE_TAB_SPEC,
  type PlanTemplate,
  planTemplateGrid,
  TAB_NAMES,
  TAB_SPECS,
} from '../../../shared/workbook';
import { parse, tab, where } from './helpers';

const TAB = 'Plan Template';
const NONE: PlanTemplate = {
  steps: null,
  checkInEveryDays: null,
  lengthDays: null,
  support: null,
  consequences: null,
};

function read(...rows: Cell[][]) {
  const { workbook, issues } = parse({ [TAB]: tab(['field', 'value'], ...rows) });
  return { template: workbook.planTemplate, issues: issues.filter((i) => i.tab === TAB) };
}

describe('the Plan Template tab', () => {
  it('is optional: without it there is no template and no issue', () => {
    const { workbook, issues } = parse({});
    expect(workbook.planTemplate).toBeNull();
    expect(workbook.tabs.has(TAB)).toBe(false);
    expect(issues).toEqual([]);
  });

  it('reads every field, steps one per line (blank lines dropped)', () => {
    const { template, issues } = read(
      ['steps', 'Call 20 a day\n\n  Shadow Ada  \r\nReview pipeline'],
      ['check_in_every_days', 10],
      ['length_days', '45'],
      ['support', 'Weekly 1:1'],
      ['consequences', 'Formal review'],
    );
    expect(issues).toEqual([]);
    expect(template).toEqual({
      steps: ['Call 20 a day', 'Shadow Ada', 'Review pipeline'],
      checkInEveryDays: 10,
      lengthDays: 45,
      support: 'Weekly 1:1',
      consequences: 'Formal review',
    });
  });

  it('matches the tab, headers and field names ignoring case, spaces, _ and -', () => {
    const { workbook, issues } = parse({
      plan_template: tab(['Field', 'VALUE'], ['Length Days', 20], ['check-in-every-days', 5]),
    });
    expect(issues).toEqual([]);
    expect(workbook.tabs.has(TAB)).toBe(true);
    expect(workbook.planTemplate).toEqual({ ...NONE, lengthDays: 20, checkInEveryDays: 5 });
  });

  it('reads a blank value, or an empty tab, as null: the built-in value applies', () => {
    expect(read(['steps', ''], ['support', '   ']).template).toEqual(NONE);
    expect(read().template).toEqual(NONE);
    expect(read().issues).toEqual([]);
  });

  it.each<[string, Cell[], string]>([
    ['a length in words', ['length_days', 'a month'], 'is not a number'],
    ['a zero length', ['length_days', 0], 'is below 1'],
    ['a fractional length', ['length_days', 7.5], 'is not a whole number'],
    ['a negative check-in gap', ['check_in_every_days', -7], 'is below 1'],
    ['a zero check-in gap', ['check_in_every_days', '0'], 'is below 1'],
    ['a check-in gap longer than any plan', ['check_in_every_days', 61], 'is above 60'],
  ])('warns about %s and keeps the built-in value', (_, row, problem) => {
    const { template, issues } = read(row);
    expect(template).toEqual(NONE);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ row: 2, column: 'value', severity: 'warning' });
    expect(issues[0]!.problem).toContain(`${row[0]} ${problem}`);
    expect(issues[0]!.problem).toContain("the built-in template's value is used");
  });

  it.each<[Cell, number]>([
    [61, 60],
    [90, 60],
    ['365', 60],
  ])('caps length_days %j at the maximum of 60, with a warning', (cell, capped) => {
    const { template, issues } = read(['length_days', cell]);
    expect(template?.lengthDays).toBe(capped);
    expect(where(issues, TAB)).toEqual([[2, 'value', 'warning']]);
    expect(issues[0]!.problem).toMatch(/above the maximum of 60; 60 is used/);
  });

  it('takes exactly 60 days without a warning', () => {
    const { template, issues } = read(['length_days', 60]);
    expect(template?.lengthDays).toBe(60);
    expect(issues).toEqual([]);
  });

  it('warns about unknown fields and values without a field, and ignores them', () => {
    const { template, issues } = read(['length', 20], ['', 'orphan'], ['support', 'Buddy']);
    expect(template).toEqual({ ...NONE, support: 'Buddy' });
    expect(where(issues, TAB)).toEqual([
      [2, 'field', 'warning'],
      [3, 'field', 'warning'],
    ]);
    expect(issues[0]!.problem).toBe('"length" is not a template field; it is ignored.');
    expect(issues[0]!.fix).toContain('steps, check_in_every_days, length_days');
  });

  it('keeps the first of two rows for a field, with a warning on the second', () => {
    const { template, issues } = read(['support', 'First'], ['Support', 'Second']);
    expect(template?.support).toBe('First');
    expect(where(issues, TAB)).toEqual([[3, 'field', 'warning']]);
    expect(issues[0]!.problem).toContain('first on row 2');
  });

  it('reports a tab without its value column once, and reads no field', () => {
    const { workbook, issues } = parse({ [TAB]: tab(['field', 'text'], ['length_days', 20]) });
    expect(workbook.planTemplate).toEqual(NONE);
    expect(where(issues, TAB)).toEqual([[1, 'value', 'error']]);
  });

  it('reads back exactly what planTemplateGrid writes (the grid Set up seeds)', () => {
    const values = {
      steps: ['One', 'Two'],
      checkInEveryDays: 3,
      lengthDays: 21,
      support: 'Help',
      consequences: 'Review',
    };
    const grid = planTemplateGrid(values);
    expect(grid[0]).toEqual(['field', 'value']);
    expect(grid.slice(1).map((r) => r[0])).toEqual(PLAN_TEMPLATE_FIELDS.map((f) => f.field));
    expect(grid[1]).toEqual(['steps', 'One\nTwo']);
    const { workbook, issues } = parse({ [TAB]: grid });
    expect(issues).toEqual([]);
    expect(workbook.planTemplate).toEqual(values);
  });
});

describe('the Plan Template spec', () => {
  it('sits just after Action Plans, optional, with field and value columns', () => {
    expect(TAB_NAMES.indexOf(TAB)).toBe(TAB_NAMES.indexOf('Action Plans') + 1);
    const spec = TAB_SPECS.find((s) => s.name === TAB);
    expect(spec).toBe(PLAN_TEMPLATE_TAB_SPEC);
    expect(spec!.required).toBe(false);
    expect(spec!.columns.map((c) => c.header)).toEqual(['field', 'value']);
  });

  it('offers exactly the fields the parser reads in the field dropdown', () => {
    expect(PLAN_TEMPLATE_TAB_SPEC.columns[0]!.validation).toEqual({
      kind: 'list',
      values: ['steps', 'check_in_every_days', 'length_days', 'support', 'consequences'],
    });
  });
});
