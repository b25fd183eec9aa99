// Toolkit privacy: planted private values never reach the published snapshot.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEMO_TIME_ZONE, generateDemoWorkbook } from '../../../shared/demo';
import { runEngine } from '../../../shared/engine';
import type { Cell, Grid, WorkbookGrids } from '../../../shared/workbook';

// The toolkit's private columns: none of their values may reach the published snapshot.
const PRIVATE_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  Training: ['course', 'score'],
  Coaching: ['coach', 'focus', 'feedback', 'next_step'],
  'Action Plans': ['plan_id', 'reason', 'steps', 'consequences', 'support', 'outcome'],
  Roles: ['title', 'description'],
  Candidates: ['candidate_id', 'name', 'source', 'decision', 'notes'],
};

/** Replaces every cell of the private columns with a token naming where it was planted. */
function plant(grids: WorkbookGrids, marker: string): { grids: WorkbookGrids; planted: string[] } {
  const planted: string[] = [];
  const out: Record<string, Grid> = { ...grids };
  for (const [tab, columns] of Object.entries(PRIVATE_COLUMNS)) {
    const grid = grids[tab];
    if (!grid || grid.length === 0) continue;
    const header = (grid[0] ?? []).map((h) => String(h ?? ''));
    const cols = columns.map((c) => header.indexOf(c)).filter((i) => i >= 0);
    out[tab] = grid.map((row, r) => {
      if (r === 0) return row;
      const copy: Cell[] = [...row];
      for (const c of cols) {
        const token = `${marker}${tab.replace(' ', '')}x${header[c]}x${r}`;
        copy[c] = header[c] === 'score' ? 4 : token;
        if (header[c] !== 'score') planted.push(token);
      }
      return copy;
    });
  }
  return { grids: out, planted };
}

function published(grids: WorkbookGrids, asOf: string): string {
  const r = runEngine(grids, {
    now: new Date(`${asOf}T12:00:00Z`),
    defaultTimeZone: DEMO_TIME_ZONE,
    asOf,
  });
  return JSON.stringify(r.snapshot);
}

describe('toolkit privacy: planted private values never reach the snapshot', () => {
  it('for the demo workbook', () => {
    const { grids, planted } = plant(
      generateDemoWorkbook({ seed: 1, asOf: '2026-11-26' }),
      'QZPRIV',
    );
    expect(planted.length).toBeGreaterThan(50);
    const json = published(grids, '2026-11-26');
    const at = json.indexOf('QZPRIV');
    // Only the neighbourhood of a leak is shown, not the whole snapshot.
    expect(at < 0 ? null : json.slice(Math.max(0, at - 80), at + 80)).toBeNull();
  });

  it('for generated workbooks', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.constantFrom('2026-11-26', '2027-02-14', '2026-06-30'),
        fc.stringMatching(/^[A-Z]{3}[0-9]{3}$/),
        (seed, asOf, tag) => {
          const marker = `QZ${tag}`;
          const { grids } = plant(generateDemoWorkbook({ seed, asOf }), marker);
          return !published(grids, asOf).includes(marker);
        },
      ),
      { numRuns: 8, seed: 20261126 },
    );
  });
});
