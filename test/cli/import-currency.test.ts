// `bellringer import` into a workbook without a currency: the export's own is counted and written to Settings, several are asked, none is said.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../cli/io/csv';
import { main } from '../../cli/main';

const FIXTURES = join(__dirname, '../fixtures/import');
const NOW = new Date(Date.UTC(2024, 5, 30, 18, 0));

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) }, { now: NOW });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('import into a folder whose workbook names no currency', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bellringer-import-currency-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('counts an all-EUR export in EUR, writes currency,EUR to a new Settings.csv and says so', async () => {
    const into = join(dir, 'pipedrive');
    const { code, out } = await run([
      'import',
      '--from',
      join(FIXTURES, 'pipedrive/deals.csv'),
      '--into',
      into,
    ]);
    expect(code).toBe(0);
    expect(out).toContain('EUR is counted and was written to');
    expect(parseCsv(readFileSync(join(into, 'Settings.csv'), 'utf8'))).toContainEqual([
      'currency',
      'EUR',
    ]);
    expect(readFileSync(join(into, 'Import Mapping.csv'), 'utf8')).toContain('currency,EUR');
  });

  it('counts every row of an export with one € amount and bare amounts in EUR, leaving none out', async () => {
    const into = join(dir, 'erp');
    mkdirSync(into);
    // The stage answers only: Settings.csv has no currency row.
    writeFileSync(join(into, 'Settings.csv'), 'setting,value\r\nteam_name,Schmitz\r\n');
    writeFileSync(
      join(into, 'Import Mapping.csv'),
      'key,value\r\nstage:Payment Done,won\r\nstage:C,won\r\nstage:X,lost\r\n',
    );
    const { code, out } = await run([
      'import',
      '--from',
      join(FIXTURES, 'erp/orders-v1.csv'),
      '--into',
      into,
    ]);
    expect(code).toBe(0);
    expect(out).toContain('Imported 7 deals');
    expect(out).not.toMatch(/left out/);
    const settings = parseCsv(readFileSync(join(into, 'Settings.csv'), 'utf8'));
    expect(settings).toEqual([
      ['setting', 'value'],
      ['team_name', 'Schmitz'],
      ['currency', 'EUR'],
    ]);
  });

  it('asks (exit 3) and writes nothing when the amounts are in several currencies', async () => {
    const into = join(dir, 'mixed');
    const from = join(dir, 'mixed.csv');
    writeFileSync(
      from,
      'Order No,Sales Rep,Status,Amount,Close Date\r\nB-1,Ana,Won,€100,2024-06-01\r\nB-2,Ana,Won,$200,2024-06-02\r\nB-3,Ana,Won,$300,2024-06-03\r\n',
    );
    const { code, out } = await run(['import', '--from', from, '--into', into]);
    expect(code).toBe(3);
    expect(out).toContain('EUR (1 row), USD (2 rows)');
    expect(() => readFileSync(join(into, 'Deals.csv'))).toThrow();
    expect(() => readFileSync(join(into, 'Settings.csv'))).toThrow();
  });

  it('says which currency it counted when neither the workbook nor the export names one', async () => {
    const from = join(dir, 'bare.csv');
    writeFileSync(
      from,
      'Order No,Sales Rep,Status,Amount,Close Date\r\nB-1,Ana,Won,100,2024-06-01\r\n',
    );
    const { code, out } = await run(['import', '--from', from, '--into', join(dir, 'bare')]);
    expect(code).toBe(0);
    expect(out).toContain('the amounts are counted as USD');
  });
});
