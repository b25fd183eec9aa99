// Dashboard sidebar and the hi-five dialog, through the functions google.script.run calls.
import { describe, expect, it } from 'vitest';
import { defaultBadgeCatalogue } from '../../shared/badges';
import type { HiFiveOptions } from '../../appsscript/src/hi-five-types';
import { TAB_SPECS } from '../../shared/workbook';
import { addon, demoGrids, fill } from './helpers';

const INPUT_TABS: ReadonlySet<string> = new Set(TAB_SPECS.map((t) => t.name));

function demo() {
  const a = addon();
  fill(a.google.spreadsheet, demoGrids());
  return a;
}

interface Dashboard {
  totals: { label: string; revenue: number }[];
  top: { rank: number; revenue: number }[];
  contests: { name: string }[];
  issues: number;
  badges: unknown[];
  asOf: string;
}

describe('Dashboard', () => {
  it('opens the Sidebar page in the sidebar', () => {
    const a = demo();
    a.call('showDashboard');
    expect(a.google.ui.sidebars).toHaveLength(1);
    expect(a.google.ui.sidebars[0]!.getContent()).toContain('<br-addon-dashboard>');
  });

  it("gives this week's and month's totals and the top 5 by revenue, writing nothing", () => {
    const a = demo();
    const d = a.call('getDashboardData') as Dashboard;
    expect(d.totals.map((t) => t.label)).toEqual(['This week', 'This month']);
    expect(d.top.length).toBeLessThanOrEqual(5);
    // Ranks and values are the engine's: see dashboard-model.test.ts.
    const revenues = d.top.map((t) => t.revenue);
    expect(revenues).toEqual([...revenues].sort((x, y) => y - x));
    expect(d.asOf).toBe('2026-11-26');
    expect(a.google.recorder.writes()).toEqual([]);
    // JSON-safe, as google.script.run requires.
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });

  it('names recent badges from the catalogue in effect, not by id (the demo has no Badges tab)', () => {
    const a = demo();
    a.call('recalculateNow');
    const d = a.call('getDashboardData') as Dashboard & {
      badges: { badgeId: string; badgeName: string }[];
    };
    expect(d.badges.length).toBeGreaterThan(0);
    const names = new Map(defaultBadgeCatalogue().map((b) => [b.badgeId, b.name]));
    for (const b of d.badges) expect(b.badgeName).toContain(names.get(b.badgeId)!);
  });

  it('openIssuesTab activates the Issues tab after a recalculation', () => {
    const a = demo();
    a.call('recalculateNow');
    a.call('openIssuesTab');
    expect(a.google.spreadsheet.active?.name).toBe('Issues');
  });
});

describe('Give a hi-five', () => {
  const form = {
    to: '',
    kind: 'hi-five',
    from: 'Dana',
    message: 'Great demo today',
    badgeId: '',
    public: true,
  };

  it('opens the HiFive dialog', () => {
    const a = demo();
    a.call('showHiFiveDialog');
    expect(a.google.ui.dialogs[0]!.output.getContent()).toContain('<br-hi-five-form>');
  });

  it('appends exactly one row to Recognition and writes nothing else to an input tab', () => {
    const a = demo();
    const opts = a.call('getHiFiveOptions') as { reps: { repId: string }[] };
    const to = opts.reps[0]!.repId;
    const before = a.google.spreadsheet.sheet('Recognition')!.grid().length;
    a.google.recorder.clear();
    const msg = a.call('submitHiFive', { ...form, to }) as string;
    expect(msg).toMatch(/added to Recognition/);
    const inputWrites = a.google.recorder.writes().filter((c) => INPUT_TABS.has(c.sheet ?? ''));
    expect(inputWrites.map((c) => `${c.sheet}.${c.method}`)).toEqual(['Recognition.appendRow']);
    const grid = a.google.spreadsheet.sheet('Recognition')!.grid();
    expect(grid.length).toBe(before + 1);
    const header = grid[0]!;
    const row = grid.at(-1)!;
    expect(row[header.indexOf('to')]).toBe(to);
    expect(row[header.indexOf('message')]).toBe('Great demo today');
    expect(row[header.indexOf('kind')]).toBe('hi-five');
  });

  it('offers the manual badges in effect: without a Badges tab, the built-in ones', () => {
    const a = demo(); // the demo workbook has no Badges tab
    expect(a.google.spreadsheet.sheet('Badges')).toBeFalsy();
    const opts = a.call('getHiFiveOptions') as { badges: { badgeId: string; name: string }[] };
    expect(opts.badges.map((b) => b.badgeId)).toEqual(
      defaultBadgeCatalogue()
        .filter((b) => b.kind === 'manual')
        .map((b) => b.badgeId),
    );
    expect(opts.badges.find((b) => b.badgeId === 'mvp')?.name).toBe('Team MVP');
  });

  it('appends an award with a badge the dialog offers (the built-in catalogue without a Badges tab)', () => {
    const a = demo();
    const opts = a.call('getHiFiveOptions') as HiFiveOptions;
    const badge = opts.badges[0]!;
    a.call('submitHiFive', {
      ...form,
      to: opts.reps[0]!.repId,
      kind: 'award',
      badgeId: badge.badgeId,
    });
    const grid = a.google.spreadsheet.sheet('Recognition')!.grid();
    const header = grid[0]!;
    expect(grid.at(-1)![header.indexOf('kind')]).toBe('award');
    expect(grid.at(-1)![header.indexOf('badge_id')]).toBe(badge.badgeId);
  });

  it('escapes a message that starts like a formula', () => {
    const a = demo();
    const to = (a.call('getHiFiveOptions') as { reps: { repId: string }[] }).reps[0]!.repId;
    a.call('submitHiFive', { ...form, to, message: '=IMPORTXML("http://x")' });
    const sheet = a.google.spreadsheet.sheet('Recognition')!;
    const grid = sheet.grid();
    const col = grid[0]!.indexOf('message');
    // The quote prefix makes it text: Sheets shows and returns it without the apostrophe.
    expect(grid.at(-1)![col]).toBe('=IMPORTXML("http://x")');
    expect(sheet.formulas.has(`${grid.length},${col + 1}`)).toBe(false);
  });

  it.each([
    [{ to: 'nobody' }, /no rep with rep_id "nobody"/],
    [{ message: '  ' }, /short message/],
    [{ kind: 'party' }, /hi-five, shout-out or award/],
    [{ kind: 'award', badgeId: '' }, /award needs a badge/],
    [{ kind: 'award', badgeId: 'closer' }, /no manual badge "closer"/],
  ])('refuses %o with a clear message and writes nothing', (change, message) => {
    const a = demo();
    const to = (a.call('getHiFiveOptions') as { reps: { repId: string }[] }).reps[0]!.repId;
    a.google.recorder.clear();
    expect(() => a.call('submitHiFive', { ...form, to, ...change })).toThrow(message);
    expect(a.google.recorder.writes()).toEqual([]);
  });

  it('creates the Recognition tab first when it is missing', () => {
    const a = addon();
    const { Recognition: _, ...grids } = demoGrids();
    fill(a.google.spreadsheet, grids);
    const to = (a.call('getHiFiveOptions') as { reps: { repId: string }[] }).reps[0]!.repId;
    a.call('submitHiFive', { ...form, to });
    expect(a.google.spreadsheet.sheet('Recognition')!.grid()).toHaveLength(2);
  });
});
