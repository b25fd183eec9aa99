// runEngine over the demo workbook: every output tab, a valid snapshot, determinism and resilience.
import { describe, expect, it } from 'vitest';
import { generateDemoWorkbook } from '../../shared/demo';
import { OUTPUT_TABS, runEngine } from '../../shared/engine';
import { serializeSnapshot } from '../../shared/snapshot/build';
import { validateSnapshot } from '../../shared/snapshot/validate';

const grids = generateDemoWorkbook({ seed: 7, asOf: '2026-11-26' });
const options = {
  now: new Date('2026-11-26T15:00:00Z'),
  defaultTimeZone: 'UTC',
  asOf: '2026-11-26',
};

describe('runEngine on the demo workbook', () => {
  const result = runEngine(grids, options);

  it('writes every output tab of the spec, in order', () => {
    expect(result.tables.map((t) => t.tab)).toEqual([...OUTPUT_TABS]);
  });

  it('gives every table a header note and rows as wide as the header', () => {
    for (const table of result.tables) {
      expect(table.note.length, table.tab).toBeGreaterThan(20);
      for (const row of table.rows) expect(row.length, table.tab).toBe(table.header.length);
    }
  });

  it('fills the scorecard for every active rep and four period kinds', () => {
    const active = result.workbook.reps.filter((r) => r.active).length;
    const scorecard = result.tables.find((t) => t.tab === 'Scorecard');
    expect(scorecard?.rows.length).toBe(active * 4);
  });

  it('produces a snapshot valid against its own schema', () => {
    const check = validateSnapshot(JSON.parse(serializeSnapshot(result.snapshot)));
    expect(check.ok ? 'ok' : check.reason).toBe('ok');
  });

  it('is byte-identical when run again with the same input', () => {
    const again = runEngine(grids, options);
    expect(serializeSnapshot(again.snapshot)).toBe(serializeSnapshot(result.snapshot));
    expect(JSON.stringify(again.tables)).toBe(JSON.stringify(result.tables));
  });

  it('takes as-of from now in the workbook time zone when not given', () => {
    const late = runEngine(grids, {
      now: new Date('2026-11-26T23:30:00Z'),
      defaultTimeZone: 'UTC',
      timeZone: 'Pacific/Auckland',
    });
    expect(late.snapshot.asOf).toBe('2026-11-27');
  });

  it('reports a bad as-of date and carries on', () => {
    const bad = runEngine(grids, { ...options, asOf: '2026-02-30' });
    expect(bad.issues.some((i) => i.value === '2026-02-30')).toBe(true);
    expect(bad.tables.length).toBe(OUTPUT_TABS.length);
  });

  it('runs on an empty workbook with one clear issue about the missing Reps tab', () => {
    const empty = runEngine({}, options);
    expect(empty.issues.filter((i) => i.tab === 'Reps' && i.row === null).length).toBe(1);
    expect(validateSnapshot(JSON.parse(serializeSnapshot(empty.snapshot))).ok).toBe(true);
  });
});
