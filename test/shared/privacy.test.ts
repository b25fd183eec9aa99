// Privacy: values planted in every private column never reach the published snapshot.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDemoWorkbook } from '../../shared/demo';
import { runEngine } from '../../shared/engine';
import { formatNumber } from '../../shared/format';
import { serializeSnapshot } from '../../shared/snapshot/build';
import type { Cell, Grid, WorkbookGrids } from '../../shared/workbook/grid';

/** Text columns that must never be published (the privacy model of PRODUCT.md). */
const PRIVATE_TEXT: Readonly<Record<string, readonly string[]>> = {
  Reps: ['email', 'manager', 'role'],
  Activities: ['note'],
  Deals: ['account', 'product'],
  Training: ['course'],
  Coaching: ['coach', 'focus', 'feedback', 'next_step'],
  'Action Plans': ['reason', 'steps', 'consequences', 'support', 'outcome'],
  Roles: ['title', 'description', 'must_haves'],
  Candidates: ['name', 'source', 'decision', 'notes'],
  'Commission Plans': ['plan_id'],
};

/** Money and rate columns: planted with a tell-tale fraction so any leak is recognisable. */
const PRIVATE_NUMBERS: Readonly<Record<string, readonly string[]>> = {
  Targets: ['target'],
  'Commission Plans': ['base_rate', 'cap', 'draw'],
  'Action Plans': ['target'],
};

const CONTROL = 'zzcontrolpublicnamezz';

const REP_REF_COLUMNS = ['rep_id', 'to', 'from', 'applies_to'];

interface Planted {
  readonly grids: WorkbookGrids;
  readonly texts: string[];
  readonly numbers: number[];
  /** Must not match the snapshot in any case or spacing: a private rep's full name. */
  readonly patterns: RegExp[];
  /** Must appear: proves the planted public rows were published at all. */
  readonly controls: string[];
}

function columnIndex(grid: Grid, name: string): number {
  return (grid[0] ?? []).findIndex((h) => String(h).toLowerCase() === name);
}

function mapColumn(grid: Grid, name: string, f: (cell: Cell, row: number) => Cell): Grid {
  const col = columnIndex(grid, name);
  if (col < 0) return grid;
  return grid.map((row, i) => (i === 0 ? row : row.map((c, j) => (j === col ? f(c, i + 1) : c))));
}

/** Plants unique tokens in private columns, makes some reps, contests and messages private. */
function plant(grids: WorkbookGrids, salt: string): Planted {
  const out: Record<string, Grid> = { ...grids };
  const texts: string[] = [];
  const numbers: number[] = [];
  for (const [tab, columns] of Object.entries(PRIVATE_TEXT)) {
    for (const column of columns) {
      out[tab] = mapColumn(out[tab] ?? [], column, (_cell, row) => {
        const token = `zz${salt}${tab.replace(/\W/g, '')}${column}${row}zz`;
        texts.push(token);
        return token;
      });
    }
  }
  for (const [tab, columns] of Object.entries(PRIVATE_NUMBERS)) {
    for (const column of columns) {
      out[tab] = mapColumn(out[tab] ?? [], column, (cell) => {
        if (typeof cell !== 'number') return cell;
        const value = Math.floor(cell) + 0.37;
        numbers.push(value);
        return value;
      });
    }
  }
  // Every third rep becomes private, under a tell-tale id and name.
  const reps = out.Reps ?? [];
  const idCol = columnIndex(reps, 'rep_id');
  const renamed = new Map<string, string>();
  reps.slice(1).forEach((row, i) => {
    if (i % 3 === 0) renamed.set(String(row[idCol]), `zz${salt}privateid${i}zz`);
  });
  for (const [tab, grid] of Object.entries(out)) {
    let g = grid;
    for (const column of REP_REF_COLUMNS) {
      g = mapColumn(g, column, (cell) => renamed.get(String(cell)) ?? cell);
    }
    out[tab] = g;
  }
  out.Reps = mapColumn(out.Reps ?? [], 'public', (cell, row) =>
    renamed.has(String(reps[row - 1]?.[idCol])) ? false : cell,
  );
  out.Reps = mapColumn(out.Reps, 'name', (cell, row) => {
    const id = String(out.Reps?.[row - 1]?.[idCol]);
    if (!id.includes('privateid')) return cell;
    const token = `zz${salt}privatename${row}zz`;
    texts.push(token);
    return token;
  });
  texts.push(...renamed.values());
  // The first private rep gets a two-word name, so case and spacing variants can be planted.
  const privateName = `Victor Zz${salt}singh`;
  const privateRow = (out.Reps ?? []).findIndex(
    (_r, i) => i > 0 && renamed.has(String(reps[i]?.[idCol])),
  );
  out.Reps = mapColumn(out.Reps, 'name', (cell, row) =>
    row === privateRow + 1 ? privateName : cell,
  );
  // A control: a public rep's name must show, proving the search would see a leak.
  out.Reps = mapColumn(out.Reps, 'name', (cell, row) => (row === 3 ? CONTROL : cell));
  // Private contests and recognition keep their text out too.
  for (const [tab, columns] of [
    ['Contests', ['name', 'description', 'prize']],
    ['Recognition', ['message']],
  ] as const) {
    const grid = out[tab] ?? [];
    const pub = columnIndex(grid, 'public');
    out[tab] = grid.map((row, i) => {
      if (i === 0 || i % 2 === 1) return row;
      return row.map((c, j) => {
        if (j === pub) return 'no';
        const name = String(grid[0]?.[j]).toLowerCase();
        if (!(columns as readonly string[]).includes(name)) return c;
        const token = `zz${salt}${tab}${name}${i + 1}zz`;
        texts.push(token);
        return token;
      });
    });
  }
  // Public recognition to the control rep (row 3, public), naming the private rep and an email.
  const control = `zz${salt}publishedmessagezz`;
  const email = `zz${salt}mail@example.com`;
  const toRep = String(reps[2]?.[idCol]);
  const recognitionRow = (from: string, message: string): Record<string, Cell> => ({
    date: '2026-11-20',
    to: toRep,
    from,
    kind: 'shout-out',
    message,
    public: true,
  });
  const recognition = out.Recognition ?? [];
  const header = (recognition[0] ?? []).map((h) => String(h).toLowerCase());
  out.Recognition = [
    ...recognition,
    ...[
      recognitionRow(privateName, `${control} thanks ${privateName}`),
      recognitionRow(
        `  ${privateName.toUpperCase().replace(' ', '   ')} `,
        `${control} mail ${email}, or ask ${privateName.toLowerCase().replace(' ', '  ')}!`,
      ),
    ].map((r) => header.map((h) => r[h] ?? '')),
  ];
  texts.push(email, `zz${salt}mail`);
  return {
    grids: out,
    texts,
    numbers,
    patterns: [new RegExp(`victor\\s+zz${salt}singh`, 'i')],
    controls: [CONTROL, control],
  };
}

function leaks(planted: Planted, publishAmounts: boolean): string[] {
  const grids = {
    ...planted.grids,
    Settings: [
      ...(planted.grids.Settings ?? [['setting', 'value']]).filter(
        (r) => r[0] !== 'publish_amounts',
      ),
      ['publish_amounts', publishAmounts ? 'yes' : 'no'],
    ],
  };
  const result = runEngine(grids, {
    now: new Date('2026-11-26T12:00:00Z'),
    defaultTimeZone: 'UTC',
    asOf: '2026-11-26',
  });
  const json = serializeSnapshot(result.snapshot);
  const missing = planted.controls.filter((c) => !json.includes(c));
  if (missing.length > 0) return [`(control ${missing} missing: the check cannot see leaks)`];
  const found = planted.texts.filter((t) => json.includes(t));
  found.push(...planted.patterns.filter((p) => p.test(json)).map(String));
  for (const n of planted.numbers) {
    if (json.includes(String(n)) || json.includes(formatNumber(n, 2))) found.push(String(n));
  }
  return found;
}

describe('the published snapshot', () => {
  it('holds no value planted in a private column of the demo workbook', () => {
    const planted = plant(generateDemoWorkbook({ seed: 7, asOf: '2026-11-26' }), 'a');
    expect(planted.texts.length).toBeGreaterThan(500);
    expect(planted.numbers.length).toBeGreaterThan(50);
    expect(leaks(planted, true)).toEqual([]);
  });

  it('holds no private value for any generated workbook, amounts published or not', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.boolean(),
        fc.stringMatching(/^[a-z]{3}$/),
        (seed, publishAmounts, salt) => {
          const planted = plant(generateDemoWorkbook({ seed, asOf: '2026-11-26' }), salt);
          expect(leaks(planted, publishAmounts)).toEqual([]);
        },
      ),
      { numRuns: 4 },
    );
  });
});
