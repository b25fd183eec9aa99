// Diagnostics: real timings on a scratch tab Bellringer makes and removes, never the user's tabs, shown as copyable text.
import { describe, expect, it } from 'vitest';
import { addon, cellMap, demoGrids, fill } from './helpers';

function diagnosed(msPerCall = 5) {
  const a = addon({ msPerCall });
  fill(a.google.spreadsheet, demoGrids());
  a.google.spreadsheet.addSheet('My notes', [['keep me', 1]]);
  a.call('showDiagnostics');
  return a;
}

const reportOf = (a: ReturnType<typeof addon>) => {
  const html = a.google.ui.dialogs.at(-1)!.output.getContent();
  const text = /<textarea[^>]*>([\s\S]*?)<\/textarea>/.exec(html)![1]!;
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
};

describe('Diagnostics', () => {
  it('shows a report dialog with every measurement and the estimate as the sheet grows', () => {
    const a = diagnosed();
    expect(a.google.ui.alerts).toEqual([]);
    expect(a.google.ui.dialogs.at(-1)!.title).toBe('Bellringer diagnostics');
    const text = reportOf(a);
    for (const line of [
      /^Bellringer diagnostics, 2026-11-26T/m,
      /Size: [\d,]+ of 10,000,000 cells/,
      /Read the input tabs: [\d,]+ ms/,
      /Engine: [\d,.]+ (ms|s)/,
      /Write test: 4,000 cells in [\d,]+ ms .*hidden tab Bellringer made and removed/,
      /Read test: 4,000 cells in/,
      /Publish dry run: snapshot [\d,]+ kB, [\d,]+ kB packed .*nothing was published/,
      /At 25% of the cell limit \(about [\d,]+ input rows\)/,
      /At 100% of the cell limit/,
      /Apps Script stops a run at 6 minutes/,
      /Auto-recalculate: off/,
    ])
      expect(text).toMatch(line);
  });

  it('measures real time: the write test takes the time its Google calls take', () => {
    const text = reportOf(diagnosed(7));
    const ms = Number(/Write test: 4,000 cells in ([\d,]+) ms/.exec(text)![1]!.replace(/,/g, ''));
    expect(ms).toBeGreaterThan(0);
  });

  it("changes none of the user's tabs and leaves no tab behind", () => {
    const a = addon();
    fill(a.google.spreadsheet, demoGrids());
    a.google.spreadsheet.addSheet('My notes', [['keep me', 1]]);
    const tabs = [...Object.keys(demoGrids()), 'My notes'];
    const before = cellMap(a.google.spreadsheet, tabs);
    const names = a.google.spreadsheet.getSheets().map((s) => s.getName());
    a.call('showDiagnostics');
    expect(cellMap(a.google.spreadsheet, tabs)).toEqual(before);
    expect(a.google.spreadsheet.getSheets().map((s) => s.getName())).toEqual(names);
    const written = new Set(a.google.recorder.writes().map((w) => w.sheet));
    for (const tab of tabs) expect(written.has(tab)).toBe(false);
  });

  it('uses a fresh scratch name when a tab of the user already has it, and never deletes that tab', () => {
    const a = addon();
    fill(a.google.spreadsheet, demoGrids());
    a.google.spreadsheet.addSheet('bellringer-diagnostics', [['mine']]);
    a.call('showDiagnostics');
    expect(a.google.spreadsheet.sheet('bellringer-diagnostics')?.grid()).toEqual([['mine']]);
    expect(a.google.ui.alerts).toEqual([]);
  });

  it('publishes nothing: the web app store is untouched', () => {
    const a = diagnosed();
    expect([...a.google.properties.keys()]).toEqual([]);
  });

  it('gives auto-recalculate a measured run to plan with', () => {
    const a = diagnosed();
    const state = JSON.parse(a.google.documentProperties.get('bellringer.schedule') ?? '{}');
    expect(state.runsMs).toHaveLength(1);
  });

  it('is the same text for the same workbook and times (a report can be compared)', () => {
    expect(reportOf(diagnosed(5))).toBe(reportOf(diagnosed(5)));
  });
});
