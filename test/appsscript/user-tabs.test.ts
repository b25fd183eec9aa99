// A user's own tabs are never changed by Set up, Recalculate or Publish: cells, formats, size and all.
import { describe, expect, it } from 'vitest';
import type { FakeSheet } from './fake';
import { addon } from './helpers';

/** Everything about a sheet a run could change, with no recorded call. */
function snapshot(sheet: FakeSheet) {
  return JSON.stringify({
    name: sheet.name,
    cells: sheet.grid().map((r) => r.map((v) => (typeof v === 'object' ? String(v) : v))),
    formats: sheet.formats,
    autoFormats: [...sheet.autoFormats],
    notes: [...sheet.notes],
    validations: sheet.validations.length,
    size: [sheet.maxRows, sheet.maxCols],
    frozen: sheet.frozenRows,
    hidden: sheet.hidden,
  });
}

describe("A user's own tabs", () => {
  it('are untouched by Set up with the demo, Recalculate and Publish', () => {
    const a = addon();
    const ss = a.google.spreadsheet;
    const notes = ss.insertSheet('My notes');
    notes.getRange(1, 1, 3, 3).setValues([
      ['who', 'when', 'share'],
      ['Jo', '2026-11-02', '8%'],
      ['Sam', '2026-11', '007'],
    ]);
    notes.getRange(1, 1).setNote('mine');
    // A tab with an input's name but none of its columns is the user's too.
    const targets = ss.insertSheet('Targets');
    targets.getRange(1, 1, 2, 2).setValues([
      ['goal', 'by'],
      ['run a marathon', '2027-05-01'],
    ]);
    const before = [snapshot(notes), snapshot(targets)];
    a.google.recorder.clear();
    a.google.ui.answers.push('YES');
    a.call('setupWorkbook');
    a.call('recalculateNow');
    a.call('publishLeaderboard');
    expect([snapshot(notes), snapshot(targets)]).toEqual(before);
    const touched = a.google.recorder
      .writes()
      .filter((c) => c.sheet === 'My notes' || c.sheet === 'Targets');
    expect(touched).toEqual([]);
  });
});
