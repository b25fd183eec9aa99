// The Dynamics 365 Export to Excel fixture (.xlsx) imports and builds to June's revenue per rep, summed here from the sheet's cells.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main';

const FIXTURES = join(__dirname, '../fixtures/import');
const XLSX = join(FIXTURES, 'dynamics/opportunities.xlsx');

/** The first sheet's rows keyed by header, read with exceljs alone (no Bellringer code). */
async function sheetRows(): Promise<Record<string, unknown>[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(XLSX);
  const ws = wb.worksheets[0]!;
  const values = (r: number) => (ws.getRow(r).values as unknown[]).slice(1);
  const head = values(1).map(String);
  const out: Record<string, unknown>[] = [];
  for (let r = 2; r <= ws.rowCount; r++)
    out.push(Object.fromEntries(head.map((h, i) => [h, values(r)[i] ?? null])));
  return out;
}

/**
 * June 2024's revenue per rep name, by the rules docs/import.md states: won deals in the counted
 * currency; Actual Revenue, else Est. Revenue; Actual Close Date, else Modified On; an owner
 * written "Last, First" is the same person.
 */
function juneRevenue(rows: Record<string, unknown>[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) {
    if (r.Status !== 'Won' || r.Currency !== 'US Dollar') continue;
    const day = (r['Actual Close Date'] ?? r['(Do Not Modify) Modified On']) as Date;
    if (day.getUTCFullYear() !== 2024 || day.getUTCMonth() !== 5) continue;
    const owner = String(r.Owner);
    const name = owner.includes(', ') ? owner.split(', ').reverse().join(' ') : owner;
    const amount = Number(r['Actual Revenue'] ?? r['Est. Revenue']);
    out.set(name, Math.round(((out.get(name) ?? 0) + amount) * 100) / 100);
  }
  return out;
}

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const now = new Date(Date.UTC(2024, 5, 30, 18, 0));
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) }, { now });
  return { code, out, err };
}

/** Revenue per rep name for June 2024 from the build's Scorecard tab (reps above zero). */
function scorecardRevenue(out: string): Map<string, number> {
  const [head, ...lines] = readFileSync(join(out, 'tabs', 'Scorecard.csv'), 'utf8')
    .split('\r\n')
    .map((l) => l.split(','));
  const map = new Map<string, number>();
  for (const cells of lines) {
    const row = Object.fromEntries(head!.map((h, i) => [h, cells[i] ?? '']));
    if (row.period_kind === 'month' && row.period === '2024-06' && Number(row.revenue) > 0)
      map.set(row.name!, Number(row.revenue));
  }
  return map;
}

describe('the Dynamics 365 Export to Excel (.xlsx) fixture', () => {
  let dir: string;
  let wb: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bellringer-dynamics-xlsx-'));
    wb = join(dir, 'wb');
    mkdirSync(wb);
    copyFileSync(join(FIXTURES, 'Reps.csv'), join(wb, 'Reps.csv'));
    writeFileSync(join(wb, 'Settings.csv'), 'setting,value\r\ntime_zone,UTC\r\ncurrency,USD\r\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports without a question and builds to the revenue summed from its cells', async () => {
    const imported = await run(['import', '--from', XLSX, '--into', wb]);
    expect(imported.code, imported.err.join('\n')).toBe(0);
    expect(imported.out.join('\n')).toContain('(Dynamics 365 opportunities');
    expect(imported.out.join('\n')).toMatch(/1 deal in EUR was left out/);
    expect(imported.out.join('\n')).toMatch(/new rep.*dev-shah/);
    const built = await run([
      'build',
      '--input',
      wb,
      '--out',
      join(dir, 'out'),
      '--as-of',
      '2024-06-30',
    ]);
    expect(built.code, built.err.join('\n')).toBe(0);
    const expected = juneRevenue(await sheetRows());
    expect(expected.size).toBeGreaterThan(2);
    expect(scorecardRevenue(join(dir, 'out'))).toEqual(expected);
  });
});
