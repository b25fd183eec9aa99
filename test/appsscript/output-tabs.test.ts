// Recalculate touches only tabs carrying Bellringer's marker: users' tabs of any output name, copies, renames and forged markers are left alone.
import { describe, expect, it, vi } from 'vitest';
import type { FakeSheet, FakeSpreadsheet } from './fake';
import { addon, cellMap, demoGrids, fill } from './helpers';

const USER_GRID = [
  ['candidate', 'notes'],
  ['Jo', '=SUM(1,2) is mine'],
];

function run(prepare: (ss: FakeSpreadsheet) => void = () => undefined) {
  const a = addon();
  fill(a.google.spreadsheet, demoGrids());
  prepare(a.google.spreadsheet);
  a.call('recalculateNow');
  return a;
}

/** The writes the run made to a tab, by the name it had. */
function writesTo(a: ReturnType<typeof addon>, name: string) {
  return a.google.recorder.writes().filter((c) => c.sheet === name);
}

const gridOf = (s: FakeSheet | undefined) => s?.grid().map((r) => r.map(String));

describe("A user's tab with an output's name", () => {
  // [the user's tab, the output it shares a name with]
  it.each([
    ['Hiring', 'Hiring'],
    ['commissions', 'Commissions'],
    ['Score Card', 'Scorecard'],
    ['ISSUES', 'Issues'],
    ['score_card', 'Scorecard'],
    ['  Alerts ', 'Alerts'],
    ['Stand-ings', 'Standings'],
  ])('"%s" is left alone and %s is written beside it under another name', (userTab, output) => {
    const a = run((ss) => ss.addSheet(userTab, USER_GRID));
    const ss = a.google.spreadsheet;
    const mine = ss.sheet(userTab);
    expect(gridOf(mine)).toEqual(USER_GRID);
    expect(writesTo(a, userTab)).toEqual([]);
    const written = ss.sheet(`${output} (Bellringer)`);
    expect(written, `${output} (Bellringer)`).toBeDefined();
    expect(written!.grid()[0]!.length).toBeGreaterThan(1);
    const summary = a.google.ui.alerts.at(-1)!.message;
    expect(summary).toContain(`Your tab "${userTab}" has the name of Bellringer's ${output} tab`);
    expect(summary).toContain(`"${output} (Bellringer)"`);
    // A second run replaces its own "(Bellringer)" tab and still leaves the user's alone.
    a.google.recorder.clear();
    a.call('recalculateNow');
    expect(gridOf(ss.sheet(userTab))).toEqual(USER_GRID);
    expect(writesTo(a, userTab)).toEqual([]);
    expect(
      ss.sheets.filter((s) => s.name.startsWith(output) && s.name !== userTab).map((s) => s.name),
    ).toEqual([`${output} (Bellringer)`]);
  });

  it('takes the next free name when "(Bellringer)" is taken by the user too', () => {
    const a = run((ss) => {
      ss.addSheet('Hiring', USER_GRID);
      ss.addSheet('hiring (bellringer)', USER_GRID);
    });
    const ss = a.google.spreadsheet;
    expect(gridOf(ss.sheet('hiring (bellringer)'))).toEqual(USER_GRID);
    expect(ss.sheet('Hiring (Bellringer 2)')).toBeDefined();
  });

  it('gets the name back once the user renames their tab', () => {
    const a = run((ss) => ss.addSheet('Hiring', USER_GRID));
    const ss = a.google.spreadsheet;
    ss.sheet('Hiring')!.name = 'Hiring plan 2027';
    a.call('recalculateNow');
    expect(ss.sheet('Hiring')?.grid()[0]).toContain('candidate_id');
    expect(ss.sheet('Hiring (Bellringer)')).toBeUndefined();
    expect(gridOf(ss.sheet('Hiring plan 2027'))).toEqual(USER_GRID);
  });
});

describe('The hourly run (no UI)', () => {
  it("leaves the user's tab alone too, and says so in the execution log", () => {
    const a = addon();
    fill(a.google.spreadsheet, demoGrids());
    a.google.spreadsheet.addSheet('Hiring', USER_GRID);
    a.google.uiAvailable = false;
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      a.call('onHourlyTrigger');
      expect(log.mock.calls.flat().join('\n')).toContain(
        'Bellringer: Your tab "Hiring" has the name of Bellringer\'s Hiring tab',
      );
    } finally {
      log.mockRestore();
    }
    expect(gridOf(a.google.spreadsheet.sheet('Hiring'))).toEqual(USER_GRID);
    expect(a.google.spreadsheet.sheet('Hiring (Bellringer)')).toBeDefined();
  });
});

describe("The Dashboard's link to the Issues tab", () => {
  it("opens Bellringer's Issues tab, not the user's tab of that name", () => {
    const a = run((ss) => ss.addSheet('issues', USER_GRID));
    a.call('openIssuesTab');
    expect(a.google.spreadsheet.active?.name).toBe('Issues (Bellringer)');
  });
});

describe('What counts as a Bellringer tab', () => {
  // Each case turns a real output tab (after one run) into something that is not Bellringer's any more.
  const CASES: [string, (ss: FakeSpreadsheet) => string][] = [
    [
      'a duplicate of an output (it carries a copy of the marker)',
      (ss) => ss.duplicate(ss.sheet('Scorecard')!).name,
    ],
    [
      'a duplicate renamed to the output name after the original was deleted',
      (ss) => {
        const copy = ss.duplicate(ss.sheet('Scorecard')!);
        ss.sheets.splice(ss.sheets.indexOf(ss.sheet('Scorecard')!), 1);
        copy.name = 'Scorecard';
        return 'Scorecard';
      },
    ],
    [
      'an output the user renamed to keep it',
      (ss) => {
        ss.sheet('Scorecard')!.name = 'Scorecard November';
        return 'Scorecard November';
      },
    ],
    [
      'a tab with a forged marker readable by every project (DOCUMENT visibility)',
      (ss) => {
        const t = ss.addSheet('Hiring', USER_GRID);
        ss.sheets.splice(ss.sheets.indexOf(ss.sheet('Hiring')!), 1);
        const marker = { v: 1, tab: 'Hiring', state: 'output', sheetId: t.id, name: 'Hiring' };
        ss.plantMetadata(t, 'bellringer.output', JSON.stringify(marker), 'DOCUMENT');
        return 'Hiring';
      },
    ],
    [
      "another project's marker (PROJECT visibility, invisible to Bellringer)",
      (ss) => {
        ss.sheets.splice(ss.sheets.indexOf(ss.sheet('Hiring')!), 1);
        const t = ss.addSheet('Hiring', USER_GRID);
        const marker = { v: 1, tab: 'Hiring', state: 'output', sheetId: t.id, name: 'Hiring' };
        ss.plantMetadata(t, 'bellringer.output', JSON.stringify(marker), 'PROJECT');
        return 'Hiring';
      },
    ],
    [
      'a user tab named like a staging tab',
      (ss) => ss.addSheet('bellringer-staging Scorecard', USER_GRID).name,
    ],
    [
      'a user tab named like a retired tab',
      (ss) => ss.addSheet('bellringer-old Hiring', USER_GRID).name,
    ],
  ];

  it.each(CASES)('%s is left alone by the next run', (_what, make) => {
    const a = run();
    const ss = a.google.spreadsheet;
    const name = make(ss);
    const before = gridOf(ss.sheet(name));
    a.google.recorder.clear();
    a.call('recalculateNow');
    expect(a.google.ui.alerts.at(-1)!.title).not.toMatch(/failed/);
    expect(gridOf(ss.sheet(name)), name).toEqual(before);
    expect(writesTo(a, name)).toEqual([]);
  });
});

describe('Set up and users tabs', () => {
  it.each([['Reps'], ['Deals'], ['Settings']])(
    'leaves a user tab called %s with none of its columns alone, and says so',
    (tab) => {
      const a = addon();
      a.google.spreadsheet.addSheet(tab, USER_GRID);
      a.google.ui.answers.push('NO');
      a.call('setupWorkbook');
      expect(gridOf(a.google.spreadsheet.sheet(tab))).toEqual(USER_GRID);
      expect(writesTo(a, tab)).toEqual([]);
      expect(a.google.ui.alerts.at(-1)!.message).toContain(`Your tab "${tab}"`);
    },
  );

  it('changes no output-named tab of the user', () => {
    const a = addon();
    for (const name of ['Hiring', 'Scorecard', 'Issues'])
      a.google.spreadsheet.addSheet(name, USER_GRID);
    const before = cellMap(a.google.spreadsheet, ['Hiring', 'Scorecard', 'Issues']);
    a.google.ui.answers.push('NO');
    a.call('setupWorkbook');
    expect(cellMap(a.google.spreadsheet, ['Hiring', 'Scorecard', 'Issues'])).toEqual(before);
    expect(['Hiring', 'Scorecard', 'Issues'].flatMap((n) => writesTo(a, n))).toEqual([]);
  });
});
