// Recalculate now: output tabs equal the CLI's CSVs, inputs untouched, text escaped, all-or-nothing writes.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGrids } from '../../cli/commands/build';
import { parseCsv } from '../../cli/io/csv';
import { TAB_SPECS } from '../../shared/workbook';
import { WRITE_METHODS } from './fake';
import { addon, cellMap, demoGrids, fill, isDate, NOW, shownDay } from './helpers';

const INPUT_TABS: ReadonlySet<string> = new Set(TAB_SPECS.map((t) => t.name));

function recalculated() {
  const a = addon();
  fill(a.google.spreadsheet, demoGrids());
  a.call('recalculateNow');
  return a;
}

/** A sheet value as the CLI's CSV writer renders it (a date column's cell is a date to Sheets). */
function asCsvText(v: unknown): string {
  if (isDate(v)) return shownDay(v);
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

describe('Recalculate now on the demo workbook', () => {
  it("writes every output tab equal to the CLI's tabs/*.csv for the same input and as-of", () => {
    const a = recalculated();
    const out = mkdtempSync(join(tmpdir(), 'bellringer-cli-'));
    const { result } = buildGrids(demoGrids(), { now: NOW, out });
    expect(result.tables.length).toBeGreaterThan(0);
    for (const table of result.tables) {
      const csv = parseCsv(readFileSync(join(out, 'tabs', `${table.tab}.csv`), 'utf8'));
      const sheet = a.google.spreadsheet.sheet(table.tab);
      expect(sheet, table.tab).toBeDefined();
      const written = sheet!.cells.slice(0, table.rows.length + 1).map((r) => r.map(asCsvText));
      expect(written, table.tab).toEqual(csv);
    }
  });

  it('makes no write to an input tab', () => {
    const a = recalculated();
    const inputWrites = a.google.recorder
      .writes()
      .filter((c) => c.sheet !== undefined && INPUT_TABS.has(c.sheet));
    expect(inputWrites).toEqual([]);
  });

  it('formats the output tabs: note, frozen header, attainment colour scale, number formats', () => {
    const a = recalculated();
    const sheet = a.google.spreadsheet.sheet('Scorecard')!;
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.notes.get('1,1')).toMatch(/edits here are not kept/i);
    expect(sheet.hidden).toBe(false);
    const header = sheet.grid()[0]!;
    const col = (name: string) => header.indexOf(name) + 1;
    expect(sheet.conditionalRules).toHaveLength(1);
    expect(sheet.formatAt(2, col('attainment_pct'))).toBe('0.0"%"');
    expect(sheet.formatAt(2, col('revenue'))).toMatch(/#,##0/);
    expect(sheet.formatAt(2, col('rep_id'))).toBe('@');
  });

  it('leaves no staging sheet behind and keeps the input tabs in place', () => {
    const a = recalculated();
    const names = a.google.spreadsheet.sheets.map((s) => s.name);
    expect(names.filter((n) => n.startsWith('bellringer-staging'))).toEqual([]);
    expect(names.slice(0, Object.keys(demoGrids()).length)).toEqual(Object.keys(demoGrids()));
  });

  it('ends with a summary of reps, deals, contests and data issues with a pointer to Issues', () => {
    const a = recalculated();
    const last = a.google.ui.alerts.at(-1)!;
    expect(last.message).toMatch(/\d+ active reps, \d+ deals, \d+ contests/);
    expect(last.message).toMatch(/Issues tab|No data issues/);
    expect(a.google.spreadsheet.toasts.length).toBeGreaterThan(1);
  });

  it('a second run replaces the output tabs in place, keeping their order', () => {
    const a = recalculated();
    const order = a.google.spreadsheet.sheets.map((s) => s.name);
    a.call('recalculateNow');
    expect(a.google.spreadsheet.sheets.map((s) => s.name)).toEqual(order);
  });
});

describe('Formula injection', () => {
  it.each(['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)'])(
    'writes text starting like a formula (%s) escaped',
    (evil) => {
      const a = addon();
      const grids = { ...demoGrids() };
      const reps = grids.Reps!.map((r) => [...r]);
      const nameCol = reps[0]!.indexOf('name');
      reps[1]![nameCol] = evil;
      grids.Reps = reps;
      fill(a.google.spreadsheet, grids);
      a.call('recalculateNow');
      const cells = a.google.spreadsheet.sheets
        .filter((s) => !INPUT_TABS.has(s.name))
        .flatMap((s) => s.grid().flat());
      expect(cells).toContain(`'${evil}`);
      expect(cells).not.toContain(evil);
    },
  );
});

describe('A run that fails midway', () => {
  it.each(['setValues', 'setNumberFormat', 'setFrozenRows'])(
    'leaves every output tab as it was when %s fails on a later tab, and says what to do',
    (method) => {
      const a = recalculated();
      const outputs = a.google.spreadsheet.sheets
        .map((s) => s.name)
        .filter((n) => !INPUT_TABS.has(n));
      const before = cellMap(a.google.spreadsheet, [
        ...a.google.spreadsheet.sheets.map((s) => s.name),
      ]);
      const order = a.google.spreadsheet.sheets.map((s) => s.name);
      const victim = `bellringer-staging ${outputs.at(-1)}`;
      a.google.env.failOn = (c) => c.method === method && c.sheet === victim;
      a.call('recalculateNow');
      a.google.env.failOn = undefined;
      expect(cellMap(a.google.spreadsheet, order)).toEqual(before);
      expect(a.google.spreadsheet.sheets.map((s) => s.name)).toEqual(order);
      const alert = a.google.ui.alerts.at(-1)!;
      expect(alert.title).toMatch(/failed/);
      expect(alert.message).toMatch(/What to do/);
    },
  );

  it('a manual run and the hourly run exclude each other: both take the document lock', () => {
    const a = addon();
    fill(a.google.spreadsheet, demoGrids());
    // The hourly run (a bound script's trigger) holds the document lock right now.
    a.google.lock.document.heldElsewhere = true;
    a.call('recalculateNow');
    expect(a.google.recorder.calls.filter((c) => WRITE_METHODS.has(c.method))).toEqual([]);
    expect(a.google.recorder.calls.some((c) => c.method === 'getScriptLock')).toBe(false);
    expect(a.google.ui.alerts.at(-1)!.message).toMatch(/still going/);
  });

  it('writes nothing at all when another run holds the lock', () => {
    const a = addon();
    fill(a.google.spreadsheet, demoGrids());
    a.google.lock.document.heldElsewhere = true;
    a.call('recalculateNow');
    expect(a.google.recorder.calls.filter((c) => WRITE_METHODS.has(c.method))).toEqual([]);
    expect(a.google.ui.alerts.at(-1)!.message).toMatch(/still going[\s\S]*try again/i);
  });
});
