// Publishing at 1,000 reps × 5 years through the web app: first load and parts in the hidden sheets, switched whole, limits said.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { doGet } from '../../appsscript/src/handlers/web-app';
import {
  CELL_LIMIT,
  PART_SHEETS,
  PARTS_POINTER_KEY,
} from '../../appsscript/src/publish/parts-sheet';
import { storePublication } from '../../appsscript/src/publish/publication';
import {
  type Snapshot,
  splitSnapshot,
  validatePart,
  validateSnapshot,
} from '../../shared/snapshot';
import { makeSnapshot } from '../web/fixtures/make-snapshot';
import { createFakeGoogle, type FakeGoogle } from './fake/runtime';
import { PROPERTY_STORE_LIMIT, PROPERTY_VALUE_LIMIT } from './fake/properties';

/** Digits gzip cannot shrink much, like the engine's "(Deals rows 38644, 41534, …)". */
function rows(seed: number, n: number): string {
  let x = seed * 2654435761;
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out.push(1000 + (x % 60000));
  }
  return `(Deals rows ${out.join(', ')})`;
}

/**
 * A full snapshot the size of the engine's at 1,000 reps × 5 years (BENCHMARKS.md, snapshot
 * part: first load about 720 kB gzip, parts about 3.5 MB gzip): explanations with row lists, and
 * about 100 awards per rep over five years.
 */
function thousandByFive(generatedAt: string): Snapshot {
  const s = makeSnapshot(1000, { generatedAt });
  s.leaderboards.forEach((b, i) => {
    b.entries.forEach((e, j) => {
      e.explanation = `${e.explanation} ${rows(i * 1000 + j, 8)}`;
    });
  });
  const badges = s.badges.map((b) => b.id);
  s.awards = s.reps.flatMap((r, i) =>
    Array.from({ length: 100 }, (_, k) => {
      const day = new Date(Date.UTC(2021, 11, 1) + (k * 18 + (i % 17)) * 86_400_000);
      return {
        badgeId: badges[(i + k) % badges.length]!,
        repId: r.id,
        earnedOn: day.toISOString().slice(0, 10),
        window: null,
        windowName: null,
        explanation: `Earned with ${rows(i * 100 + k, 12)}.`,
      };
    }),
  );
  return s;
}

type Output = { getContent(): string };
const get = (parameter: Record<string, string> = {}) =>
  JSON.parse((doGet({ parameter }) as unknown as Output).getContent());

let google: FakeGoogle;
beforeEach(() => {
  google = createFakeGoogle();
  for (const [name, value] of Object.entries(google.globals)) vi.stubGlobal(name, value);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

function cellsOf(name: string): string[] {
  return (google.spreadsheet.sheet(name)?.grid() ?? []).flat().map(String);
}

describe('storePublication at 1,000 reps × 5 years', () => {
  const full = thousandByFive('2026-11-18T17:00:00.000Z');
  const split = splitSnapshot(full);

  it('serves the first load from the hidden sheet (too large for script properties) and every part by key', () => {
    expect(JSON.stringify(split.snapshot).length).toBeGreaterThan(2_000_000);
    const stored = storePublication(full, '2026-11-18T17:00:00Z', 1000);
    expect(stored.mainInSheet).toBe(true);
    const first = validateSnapshot(get());
    expect(first.ok && first.snapshot).toEqual(JSON.parse(JSON.stringify(split.snapshot)));
    for (const p of [split.parts[0]!, split.parts[500]!, split.parts.at(-1)!]) {
      const check = validatePart(get({ part: p.key }), full.generatedAt);
      expect(check.ok && check.part).toEqual(JSON.parse(JSON.stringify(p.part)));
    }
    expect(get({ part: 'r99999' }).error).toBe('no_part');
    expect(get({ version: '' })).toEqual({ version: full.generatedAt });
    // Within Google's limits: 50,000 characters a cell, 9 kB a property, 500 kB in all.
    expect(Math.max(...cellsOf(PART_SHEETS[0]).map((c) => c.length))).toBeLessThanOrEqual(
      CELL_LIMIT,
    );
    let total = 0;
    for (const [k, v] of google.properties) {
      expect(k.length + v.length).toBeLessThanOrEqual(PROPERTY_VALUE_LIMIT);
      total += k.length + v.length;
    }
    expect(total).toBeLessThanOrEqual(PROPERTY_STORE_LIMIT);
    expect(google.spreadsheet.sheet(PART_SHEETS[0])?.isSheetHidden()).toBe(true);
  }, 120_000);

  it('a publish that fails half-way leaves the last good one served, first load and parts', () => {
    storePublication(full, '2026-11-18T17:00:00Z', 1000);
    const before = get();
    const next = thousandByFive('2026-11-19T17:00:00.000Z');
    // The next publish's write of its sheet fails (a service error after the cells were sent).
    const app = google.globals.SpreadsheetApp as { flush(): void };
    vi.stubGlobal('SpreadsheetApp', {
      ...app,
      flush: () => {
        throw new Error('Service Spreadsheets failed while accessing document');
      },
    });
    expect(() => storePublication(next, '2026-11-19T17:00:00Z', 1000)).toThrow(/Service/);
    vi.stubGlobal('SpreadsheetApp', app);
    expect(get()).toEqual(before);
    const part = split.parts[3]!;
    expect(validatePart(get({ part: part.key }), full.generatedAt).ok).toBe(true);
    // And the next good publish switches to the other sheet whole.
    storePublication(next, '2026-11-19T17:00:00Z', 1000);
    expect(get().generatedAt).toBe('2026-11-19T17:00:00.000Z');
    expect(JSON.parse(google.properties.get(PARTS_POINTER_KEY)!).sheet).toBe(PART_SHEETS[1]);
  }, 120_000);
});

describe('storePublication, small team and limits', () => {
  it('a first load that fits stays in script properties; its parts still come from the sheet', () => {
    const full = makeSnapshot(20, { generatedAt: '2026-11-18T17:00:00.000Z' });
    full.awards = full.awards.map((a) => ({ ...a, earnedOn: '2025-01-02' }));
    const split = splitSnapshot(full);
    expect(split.parts.length).toBeGreaterThan(1);
    expect(storePublication(full, '2026-11-18T17:00:00Z', 1000).mainInSheet).toBe(false);
    expect(get()).toEqual(JSON.parse(JSON.stringify(split.snapshot)));
    expect(get({ part: split.parts[0]!.key })).toEqual(split.parts[0]!.part);
  });

  it('never writes into a tab of that name it did not create', () => {
    google.spreadsheet.addSheet(PART_SHEETS[0], [['my notes']]);
    const full = makeSnapshot(20, { generatedAt: '2026-11-18T17:00:00.000Z' });
    expect(() => storePublication(full, '2026-11-18T17:00:00Z', 1000)).toThrow(/not made by/);
    expect(cellsOf(PART_SHEETS[0])).toContain('my notes');
  });

  it.each([
    [8_500_000, 1000, /10 million cells/],
    [1_000, 200_000, /took 200 s of the 360 s/],
  ])('warns when a limit nears (workbook cells %i, run %i ms)', (cells, ms, warning) => {
    const big = google.spreadsheet.addSheet('Activities', [['date']]);
    big.insertRowsAfter(1, Math.ceil(cells / big.getMaxColumns()));
    const full = makeSnapshot(20, { generatedAt: '2026-11-18T17:00:00.000Z' });
    const stored = storePublication(full, '2026-11-18T17:00:00Z', ms);
    expect(stored.warnings).toHaveLength(1);
    expect(stored.warnings[0]).toMatch(warning);
  });

  it('refuses to pass Google’s 10 million cells, keeping the last good publish served', () => {
    const full = makeSnapshot(20, { generatedAt: '2026-11-18T17:00:00.000Z' });
    storePublication(full, '2026-11-18T17:00:00Z', 1000);
    // A workbook already at the limit (the fake refuses an insert past it, as Sheets does).
    const big = google.spreadsheet.addSheet('Activities', [['date']]);
    big.maxRows = Math.ceil(10_000_000 / big.maxCols);
    const next = makeSnapshot(20, { generatedAt: '2026-11-19T17:00:00.000Z' });
    expect(() => storePublication(next, '2026-11-19T17:00:00Z', 1000)).toThrow(/10,000,000/);
    expect(get().generatedAt).toBe('2026-11-18T17:00:00.000Z');
  });
});
