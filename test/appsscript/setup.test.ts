// Set up workbook: creates what is missing, never touches data, and a second run changes nothing.
import { describe, expect, it } from 'vitest';
import { SETTING_SPECS, TAB_SPECS } from '../../shared/workbook';
// After workbook: shared/badges and shared/workbook import each other.
import { builtinBadges, defaultBadgeCatalogue } from '../../shared/badges';
import { MILESTONE_BADGES } from '../../shared/badges/milestones';
import type { FakeValidation } from './fake/builders';
import { addon, cellMap, demoGrids, fill, TIME_ZONE } from './helpers';

const TABS = TAB_SPECS.map((t) => t.name);

function header(a: ReturnType<typeof addon>, tab: string): string[] {
  return (a.google.spreadsheet.sheet(tab)?.grid()[0] ?? []).map(String);
}

describe('Set up on an empty workbook', () => {
  it('creates every input tab with the spec headers, a note on each header, and a frozen header row', () => {
    const a = addon();
    a.google.ui.answers.push('NO');
    a.call('setupWorkbook');
    for (const spec of TAB_SPECS) {
      const sheet = a.google.spreadsheet.sheet(spec.name);
      expect(sheet, spec.name).toBeDefined();
      expect(header(a, spec.name)).toEqual(spec.columns.map((c) => c.header));
      expect(sheet!.frozenRows).toBe(1);
      spec.columns.forEach((c, i) => {
        expect(sheet!.notes.get(`1,${i + 1}`)).toContain(c.note);
      });
    }
  });

  it('adds dropdowns for rep ids, lists and yes/no, checkboxes, dates and numbers', () => {
    const a = addon();
    a.google.ui.answers.push('NO');
    a.call('setupWorkbook');
    const rule = (tab: string, column: string) => {
      const col = header(a, tab).indexOf(column) + 1;
      return a.google.spreadsheet.sheet(tab)!.validationAt(2, col) as FakeValidation | undefined;
    };
    expect(rule('Deals', 'rep_id')).toMatchObject({
      type: 'range',
      range: expect.stringMatching(/^Reps!A2:A\d+$/),
    });
    expect(rule('Deals', 'status')).toMatchObject({
      type: 'list',
      values: ['open', 'won', 'lost'],
    });
    expect(rule('Deals', 'close_date')).toMatchObject({ type: 'date' });
    expect(rule('Deals', 'amount')).toMatchObject({ type: 'numberAtLeast', min: 0 });
    expect(rule('Contests', 'kind')?.values).toContain('percent_of_target');
    expect(rule('Badges', 'tier')).toMatchObject({
      type: 'list',
      values: ['bronze', 'silver', 'gold', 'platinum'],
    });
    // Blank means yes for active: an unticked checkbox would read as no, so it is a yes/no list.
    expect(rule('Reps', 'active')).toMatchObject({ type: 'list', values: ['yes', 'no'] });
    // Nothing on free-text columns.
    expect(rule('Deals', 'account')).toBeUndefined();
  });

  it('writes the default badge catalogue into Badges: the built-in badges and the hi-five milestones', () => {
    const a = addon();
    a.google.ui.answers.push('NO');
    a.call('setupWorkbook');
    const grid = a.google.spreadsheet.sheet('Badges')!.grid();
    const ids = grid.slice(1).map((r) => r[header(a, 'Badges').indexOf('badge_id')]);
    expect(ids).toEqual(defaultBadgeCatalogue().map((b) => b.badgeId));
    expect(ids).toEqual(expect.arrayContaining(['hi-fives-10', 'hi-fives-25', 'hi-fives-50']));
    expect(ids).toHaveLength(builtinBadges.length + MILESTONE_BADGES.length);
  });

  it("writes every setting with its default, the time zone being the spreadsheet's", () => {
    const a = addon();
    a.google.ui.answers.push('NO');
    a.call('setupWorkbook');
    const rows = a.google.spreadsheet.sheet('Settings')!.grid().slice(1);
    expect(rows.map((r) => r[0])).toEqual(SETTING_SPECS.map((s) => s.setting));
    const value = (k: string) => rows.find((r) => r[0] === k)?.[1];
    expect(value('time_zone')).toBe(TIME_ZONE);
    // A percent setting is a percent cell: 100% is stored as 1 and read back as 100.
    expect(value('tier_a_min_pct')).toBe(1);
    const row = rows.findIndex((r) => r[0] === 'tier_a_min_pct') + 2;
    expect(a.google.spreadsheet.sheet('Settings')!.formatAt(row, 2)).toMatch(/%/);
    expect(value('publish_amounts')).toBe('yes');
    expect(value('holidays')).toBe('');
  });

  it('offers the demo data and, when accepted, fills the tabs with it', () => {
    const a = addon();
    a.google.ui.answers.push('YES');
    a.call('setupWorkbook');
    expect(a.google.ui.alerts[0]!.buttons).toBe('YES_NO');
    const reps = a.google.spreadsheet.sheet('Reps')!.grid();
    expect(reps.length).toBeGreaterThan(5);
    expect(a.google.spreadsheet.sheet('Deals')!.grid().length).toBeGreaterThan(20);
    const settings = a.google.spreadsheet.sheet('Settings')!.grid();
    expect(settings.find((r) => r[0] === 'team_name')?.[1]).toBe('Summit Sales');
  });
});

describe('Set up and the hi-five milestones', () => {
  /** Set up with demo data, then 10 hi-fives to the first rep, typed into Recognition. */
  function tenHiFives() {
    const a = addon();
    a.google.ui.answers.push('YES');
    a.call('setupWorkbook');
    const repId = String(a.google.spreadsheet.sheet('Reps')!.grid()[1]![0]);
    const sheet = a.google.spreadsheet.sheet('Recognition')!;
    const head = sheet.grid()[0]!.map(String);
    for (let i = 1; i <= 10; i++) {
      const values: Record<string, string> = {
        date: `2026-11-${String(i).padStart(2, '0')}`,
        to: repId,
        from: 'Coach',
        kind: 'hi-five',
        message: `Hi-five ${i}`,
      };
      sheet.appendRow(head.map((h) => values[h] ?? ''));
    }
    a.call('recalculateNow');
    return { a, repId };
  }

  it('still awards them after Set up wrote the Badges tab: the milestone rows are in it', () => {
    const { a, repId } = tenHiFives();
    const [head, ...rows] = a.google.spreadsheet.sheet('Awards')!.grid();
    const badge = head!.indexOf('badge_id');
    const rep = head!.indexOf('rep_id');
    const earned = rows.filter((r) => r[badge] === 'hi-fives-10').map((r) => r[rep]);
    expect(earned).toContain(repId);
  });

  it('stops awarding one whose row the manager deletes from Badges', () => {
    const a = addon();
    a.google.ui.answers.push('YES');
    a.call('setupWorkbook');
    const badges = a.google.spreadsheet.sheet('Badges')!;
    const id = header(a, 'Badges').indexOf('badge_id');
    const r = badges.grid().findIndex((row) => row[id] === 'hi-fives-10');
    expect(r).toBeGreaterThan(0);
    badges.cells.splice(r, 1);
    const repId = String(a.google.spreadsheet.sheet('Reps')!.grid()[1]![0]);
    const rec = a.google.spreadsheet.sheet('Recognition')!;
    const head = rec.grid()[0]!.map(String);
    for (let i = 1; i <= 10; i++) {
      const values: Record<string, string> = { date: '2026-11-02', to: repId, kind: 'hi-five' };
      rec.appendRow(head.map((h) => values[h] ?? ''));
    }
    a.call('recalculateNow');
    const [awardsHead, ...rows] = a.google.spreadsheet.sheet('Awards')!.grid();
    const badge = awardsHead!.indexOf('badge_id');
    expect(rows.filter((row) => row[badge] === 'hi-fives-10')).toEqual([]);
  });
});

describe('Set up run twice', () => {
  it.each(['YES', 'NO'])('changes nothing the second time (demo answer %s)', (answer) => {
    const a = addon();
    a.google.ui.answers.push(answer);
    a.call('setupWorkbook');
    const before = cellMap(a.google.spreadsheet, TABS);
    a.google.recorder.clear();
    a.google.ui.answers.push(answer);
    a.call('setupWorkbook');
    expect(a.google.recorder.writes()).toEqual([]);
    expect(cellMap(a.google.spreadsheet, TABS)).toEqual(before);
    expect(a.google.ui.alerts.at(-1)!.message).toContain('nothing was changed');
  });
});

describe('Set up on a filled workbook', () => {
  it('never changes a cell that holds data, and does not offer demo data', () => {
    const a = addon();
    const grids = { ...demoGrids() };
    // A user's Settings tab missing most settings, and a Deals tab missing a required column.
    grids.Settings = [
      ['setting', 'value'],
      ['team_name', 'Our team'],
    ];
    grids.Deals = demoGrids().Deals!.map((r) => r.slice(0, 1).concat(r.slice(2)));
    fill(a.google.spreadsheet, grids);
    const before = cellMap(a.google.spreadsheet, TABS);
    a.call('setupWorkbook');
    const after = cellMap(a.google.spreadsheet, TABS);
    for (const [cell, value] of before) expect(after.get(cell), cell).toEqual(value);
    expect(a.google.ui.alerts.every((x) => x.buttons !== 'YES_NO')).toBe(true);
    // What was missing was added beside the data.
    expect(header(a, 'Deals')).toContain('rep_id');
    const settings = a.google.spreadsheet.sheet('Settings')!.grid();
    expect(settings.map((r) => r[0])).toContain('currency');
    expect(settings[1]).toEqual(['team_name', 'Our team']);
    // Existing tabs keep their own columns: no optional column is forced on them.
    expect(header(a, 'Reps')).toEqual(demoGrids().Reps![0]);
  });
});
