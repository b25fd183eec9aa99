// Reading a folder of <Tab>.csv files: malformed files and unknown file names become issues, not failures.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsvFolder, writeCsvFolder } from '../../../cli/io/folder';

describe('readCsvFolder', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bellringer-folder-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function folder(name: string, files: Record<string, string>): string {
    const path = join(dir, name);
    mkdirSync(path);
    for (const [file, text] of Object.entries(files)) writeFileSync(join(path, file), text);
    return path;
  }

  it('reads a file with an unclosed quote, and reports its file and row on its tab', () => {
    const path = folder('stray', {
      'Reps.csv': 'rep_id,name\nr1,Ann\n',
      'Deals.csv': 'deal_id,rep_id,account,amount\nD1,r1,Acme,5\nD2,r1,"Beta,6\nD3,r1,Gamma,7\n',
    });
    const { grids, issues } = readCsvFolder(path);
    expect(grids.Reps).toEqual([
      ['rep_id', 'name'],
      ['r1', 'Ann'],
    ]);
    expect(grids.Deals?.map((r) => r[0])).toEqual(['deal_id', 'D1', 'D2', 'D3']);
    expect(issues).toEqual([
      expect.objectContaining({ tab: 'Deals', row: 3, column: null, severity: 'warning' }),
    ]);
    expect(issues[0]?.problem).toMatch(/^Deals\.csv row 3: /);
  });

  it.each([
    ['Deal.csv', /Deal\.csv is not a tab Bellringer reads; did you mean Deals\?/],
    ['Activites.csv', /did you mean Activities\?/],
    ['Deals 2026.csv', /did you mean Deals\?/],
    ['Opportunities.csv', /is not a tab Bellringer reads \(the input tabs are Settings, Reps,.*\)/],
  ])('warns once about %s, a file that matches no input tab', (file, problem) => {
    const path = folder(`unknown-${file}`, { 'Reps.csv': 'rep_id\nr1\n', [file]: 'x\n"open\n' });
    const { issues } = readCsvFolder(path);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ tab: file, row: null, value: file, severity: 'warning' });
    expect(issues[0]?.problem).toMatch(problem);
  });

  it('says nothing about output tabs, Plan Template or tab names in other spellings', () => {
    const path = folder('known', {
      'Scorecard.csv': 'a\n',
      'Issues.csv': 'a\n',
      'Plan Template.csv': 'a\n',
      'action_plans.csv': 'a\n',
      'deals.csv': 'a\n',
    });
    expect(readCsvFolder(path).issues).toEqual([]);
  });

  // [cell written, as the file holds it, as it reads back]
  it.each([
    [
      '=HYPERLINK("http://x","y")',
      `"'=HYPERLINK(""http://x"",""y"")"`,
      '=HYPERLINK("http://x","y")',
    ],
    ['@SUM(1+1)', "'@SUM(1+1)", '@SUM(1+1)'],
    ['-2+3', "'-2+3", '-2+3'],
    ['+33 1 23', "'+33 1 23", '+33 1 23'],
    ['\t=1', "'\t=1", '\t=1'],
    ["'=1 (already quoted)", "''=1 (already quoted)", "'=1 (already quoted)"],
    ["'tis", "'tis", "'tis"],
    ['Acme', 'Acme', 'Acme'],
    ['-2', '-2', '-2'],
    [-2, '-2', '-2'],
    ['1200.5', '1200.5', '1200.5'],
    ['-0', "'-0", '-0'],
  ])(
    'writes %j so no spreadsheet runs it (%s) and reads it back as it was',
    (cell, inFile, back) => {
      const path = join(dir, `round-${Math.random().toString(36).slice(2)}`);
      writeCsvFolder(path, { Deals: [['account'], [cell]] });
      expect(readFileSync(join(path, 'Deals.csv'), 'utf8')).toBe(`account\r\n${inFile}\r\n`);
      expect(readCsvFolder(path).grids.Deals).toEqual([['account'], [back]]);
    },
  );
});
