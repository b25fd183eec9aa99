// The Maven CRM sample through import-maven and build: won revenue and deal counts per rep and month
// match an independent computation straight from sales_pipeline.csv.
// Data: "CRM + Sales Opportunities, Maven Analytics (Maven Data Playground)"; see docs/datasets.md.
// Runs only when BELLRINGER_DATASETS names the folder holding maven-crm/ (the data has no licence to ship).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../cli/commands/build';
import { importMaven } from '../../cli/commands/import-maven';
import { parseCsv } from '../../cli/io/csv';
import { datasetDir } from './location';

const SOURCE = datasetDir('maven-crm', ['sales_pipeline.csv', 'sales_teams.csv']);
const AS_OF = '2017-12-31';

/** Independent reading: the file has no quoted fields (checked), so a plain split is exact. */
function expectedFromPipeline() {
  const text = readFileSync(join(SOURCE, 'sales_pipeline.csv'), 'utf8');
  expect(text.includes('"')).toBe(false);
  const [header, ...lines] = text.trim().split('\n');
  const col = (name: string) => header!.split(',').indexOf(name);
  const [agent, stage, close, value] = [
    'sales_agent',
    'deal_stage',
    'close_date',
    'close_value',
  ].map(col) as number[];
  const perRepMonth = new Map<string, { revenue: number; won: number }>();
  const perMonth = new Map<string, { revenue: number; won: number }>();
  for (const line of lines) {
    const f = line.split(',');
    if (f[stage!] !== 'Won') continue;
    const month = f[close!]!.slice(0, 7);
    for (const [map, key] of [
      [perRepMonth, `${f[agent!]}|${month}`],
      [perMonth, month],
    ] as const) {
      const e = map.get(key) ?? { revenue: 0, won: 0 };
      e.revenue += Number(f[value!]);
      e.won += 1;
      map.set(key, e);
    }
  }
  return { perRepMonth, perMonth };
}

function rowsOf(path: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

describe('the Maven CRM sample data set', () => {
  let dir: string;
  let history: Record<string, string>[];
  let repName: Map<string, string>;
  let issues: number;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bellringer-maven-'));
    const imported = importMaven(SOURCE, join(dir, 'workbook'));
    expect(imported).toMatchObject({ reps: 35, deals: 8800 });
    const outcome = await buildWorkbook(join(dir, 'workbook'), {
      out: join(dir, 'out'),
      asOf: AS_OF,
      now: new Date(Date.UTC(2018, 0, 1)),
    });
    issues = outcome.result.issues.length;
    history = rowsOf(join(dir, 'out', 'tabs', 'History.csv'));
    repName = new Map(rowsOf(join(dir, 'workbook', 'Reps.csv')).map((r) => [r.rep_id!, r.name!]));
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('converts without data issues', () => {
    expect(issues).toBe(0);
  });

  it('has won revenue and won deals per rep and month equal to the independent sums', () => {
    const { perRepMonth } = expectedFromPipeline();
    const actual = new Map<string, { revenue: number; won: number }>();
    for (const row of history) {
      const revenue = Number(row.revenue);
      const won = Number(row.won_deals);
      if (revenue === 0 && won === 0) continue;
      actual.set(`${repName.get(row.rep_id!)}|${row.month}`, { revenue, won });
    }
    expect(actual.size).toBe(perRepMonth.size);
    for (const [key, e] of perRepMonth) expect(actual.get(key), key).toEqual(e);
  });

  it('has monthly team totals equal to the independent sums (Mar-Dec 2017, 4,238 won deals)', () => {
    const { perMonth } = expectedFromPipeline();
    const totals = new Map<string, { revenue: number; won: number }>();
    for (const row of history) {
      const e = totals.get(row.month!) ?? { revenue: 0, won: 0 };
      e.revenue += Number(row.revenue);
      e.won += Number(row.won_deals);
      totals.set(row.month!, e);
    }
    for (const [month, e] of perMonth) expect(totals.get(month), month).toEqual(e);
    expect([...perMonth.values()].reduce((n, e) => n + e.won, 0)).toBe(4238);
    expect([...perMonth.keys()].sort()[0]).toBe('2017-03');
  });
});
