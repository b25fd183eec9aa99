// Set up writes the standard action-plan template into a Plan Template tab once, and never overwrites it.
import { describe, expect, it } from 'vitest';
import { ACTION_PLAN_TEMPLATE } from '../../shared/toolkit/action-plans';
import { addon, cellMap, demoGrids, fill } from './helpers';

const TAB = 'Plan Template';

function setUp(answer = 'NO') {
  const a = addon();
  a.google.ui.answers.push(answer);
  a.call('setupWorkbook');
  return a;
}

const value = (a: ReturnType<typeof addon>, field: string) =>
  a.google.spreadsheet
    .sheet(TAB)!
    .grid()
    .find((r) => r[0] === field)?.[1];

describe('Set up and the Plan Template tab', () => {
  it('creates it with one row per template field, holding the standard plan', () => {
    const a = setUp();
    const grid = a.google.spreadsheet.sheet(TAB)!.grid();
    expect(grid[0]).toEqual(['field', 'value']);
    expect(grid.slice(1).map((r) => r[0])).toEqual([
      'steps',
      'check_in_every_days',
      'length_days',
      'support',
      'consequences',
    ]);
    const t = ACTION_PLAN_TEMPLATE;
    // Steps one per line, as the Action Plans tab's steps column takes them.
    expect(String(value(a, 'steps')).split('\n')).toEqual([...t.steps]);
    expect(value(a, 'check_in_every_days')).toBe(7);
    expect(value(a, 'length_days')).toBe(30);
    expect(value(a, 'support')).toBe(t.support);
    expect(value(a, 'consequences')).toBe(t.consequences);
  });

  it('puts it just after Action Plans, with notes, a bold frozen header, and says it created it', () => {
    const a = setUp();
    const names = a.google.spreadsheet.sheets.map((s) => s.name);
    expect(names.indexOf(TAB)).toBe(names.indexOf('Action Plans') + 1);
    const sheet = a.google.spreadsheet.sheet(TAB)!;
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.notes.get('1,1')).toMatch(/never overwrites it/);
    expect(sheet.notes.get('2,1')).toMatch(/one per line/);
    expect(a.google.ui.alerts.at(-1)!.message).toContain(TAB);
  });

  it('is created once: a second Set up makes zero writes', () => {
    const a = setUp('YES');
    const before = cellMap(a.google.spreadsheet, [TAB]);
    a.google.recorder.clear();
    a.google.ui.answers.push('YES');
    a.call('setupWorkbook');
    expect(a.google.recorder.writes()).toEqual([]);
    expect(cellMap(a.google.spreadsheet, [TAB])).toEqual(before);
    expect(a.google.spreadsheet.sheets.filter((s) => s.name === TAB)).toHaveLength(1);
  });

  it("keeps the manager's edits: Set up never overwrites the tab", () => {
    const a = setUp();
    const sheet = a.google.spreadsheet.sheet(TAB)!;
    sheet.cells[3]![1] = 45;
    sheet.cells[4]![1] = 'Our own support';
    a.google.recorder.clear();
    a.call('setupWorkbook');
    expect(a.google.recorder.writes()).toEqual([]);
    expect(value(a, 'length_days')).toBe(45);
    expect(value(a, 'support')).toBe('Our own support');
  });

  it('leaves an existing tab of that name alone, even an empty one, on a filled workbook', () => {
    const a = addon();
    fill(a.google.spreadsheet, { ...demoGrids(), [TAB]: [] });
    a.call('setupWorkbook');
    expect(a.google.spreadsheet.sheet(TAB)!.grid()).toEqual([]);
    expect(a.google.recorder.writes().filter((c) => c.sheet === TAB)).toEqual([]);
  });

  it('is added to a filled workbook that lacks it, without touching any other cell', () => {
    const a = addon();
    fill(a.google.spreadsheet, demoGrids());
    const tabs = Object.keys(demoGrids());
    const before = cellMap(a.google.spreadsheet, tabs);
    a.call('setupWorkbook');
    expect(a.google.spreadsheet.sheet(TAB)).toBeDefined();
    const after = cellMap(a.google.spreadsheet, tabs);
    for (const [cell, v] of before) expect(after.get(cell), cell).toEqual(v);
  });

  it('is private: its text never reaches the published snapshot, and its support no output tab', () => {
    const a = setUp('YES');
    a.google.spreadsheet.sheet(TAB)!.cells[4]![1] = 'PLANTED-TEMPLATE-SECRET';
    a.call('recalculateNow');
    a.call('publishLeaderboard');
    const json = (a.call('doGet', {}) as { getContent(): string }).getContent();
    expect(json).toContain('"version"');
    expect(json).not.toContain('PLANTED-TEMPLATE-SECRET');
    expect(json).not.toContain(ACTION_PLAN_TEMPLATE.consequences);
    const outputs = ['Scorecard', 'Alerts', 'Assessment', 'Commissions', 'Issues'];
    const cells = [...cellMap(a.google.spreadsheet, outputs).values()].map(String);
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.some((c) => c.includes('PLANTED-TEMPLATE-SECRET'))).toBe(false);
  });
});

/** Sets a field's value in the Plan Template tab, as the manager would type it. */
function edit(a: ReturnType<typeof addon>, field: string, v: string | number): void {
  const sheet = a.google.spreadsheet.sheet(TAB)!;
  const r = sheet.grid().findIndex((row) => row[0] === field);
  expect(r).toBeGreaterThan(0);
  sheet.cells[r]![1] = v;
}

/** The what_to_do text of every proposed-plan alert in the Alerts tab. */
function proposedPlans(a: ReturnType<typeof addon>): string[] {
  const [header, ...rows] = a.google.spreadsheet.sheet('Alerts')!.grid();
  const kind = header!.indexOf('kind');
  const todo = header!.indexOf('what_to_do');
  return rows.filter((r) => r[kind] === 'action_plan_proposed').map((r) => String(r[todo]));
}

describe('the Plan Template drives proposed plans', () => {
  it("shows the manager's steps in the proposed plan's suggested steps in Alerts", () => {
    const a = setUp('YES');
    a.call('recalculateNow');
    const before = proposedPlans(a);
    expect(before.length).toBeGreaterThan(0);
    for (const text of before)
      expect(text).toContain(`(1) ${ACTION_PLAN_TEMPLATE.steps[0]!.replace(/\.$/, '')};`);

    edit(a, 'steps', 'Book ten meetings with new accounts\nDaily call block 9-11');
    a.call('recalculateNow');
    const after = proposedPlans(a);
    expect(after).toHaveLength(before.length);
    for (const text of after) {
      expect(text).toContain(
        'Suggested steps: (1) Book ten meetings with new accounts; (2) Daily call block 9-11.',
      );
      expect(text).not.toContain(ACTION_PLAN_TEMPLATE.steps[0]!.replace(/\.$/, ''));
    }
  });

  it("follows the manager's length and check-in spacing; a blank value keeps the built-in one", () => {
    const a = setUp('YES');
    edit(a, 'length_days', 14);
    edit(a, 'check_in_every_days', 5);
    edit(a, 'steps', '');
    a.call('recalculateNow');
    const texts = proposedPlans(a);
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) {
      // As of 2026-11-26: 14 days end on 2026-12-09, check-ins every 5 days strictly inside.
      expect(text).toContain('2026-11-26 to 2026-12-09');
      expect(text).toContain('check-ins every 5 days (2026-12-01, 2026-12-06)');
      expect(text).toContain(`(1) ${ACTION_PLAN_TEMPLATE.steps[0]!.replace(/\.$/, '')};`);
    }
  });

  it('reports a bad value in the Issues tab and keeps the built-in value', () => {
    const a = setUp('YES');
    edit(a, 'length_days', 'a month');
    a.call('recalculateNow');
    const [header, ...rows] = a.google.spreadsheet.sheet('Issues')!.grid();
    const tab = header!.indexOf('tab');
    const issues = rows.filter((r) => r[tab] === TAB);
    expect(issues).toHaveLength(1);
    expect(String(issues[0]![header!.indexOf('problem')])).toContain('length_days is not a number');
    for (const text of proposedPlans(a)) expect(text).toContain('2026-11-26 to 2026-12-25');
  });
});
