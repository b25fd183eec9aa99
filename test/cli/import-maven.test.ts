// `bellringer import-maven` still works, now through the import's maven preset: Reps from sales_teams.csv, Deals from sales_pipeline.csv.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import { tabHeader } from '../../shared/workbook';

const SOURCE = join(__dirname, '../fixtures/import/maven');
const dir = mkdtempSync(join(tmpdir(), 'bellringer-maven-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const lines = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\r\n')
    .filter((l) => l !== '')
    .map((l) => l.split(','));

describe('bellringer import-maven', () => {
  it('converts the sample into Reps (team from office and manager) and Deals with every pipeline row', async () => {
    const out: string[] = [];
    const code = await main(
      ['import-maven', '--source', SOURCE, '--out', join(dir, 'wb')],
      { out: (l) => out.push(l), err: (l) => out.push(l) },
      { now: new Date(Date.UTC(2024, 5, 30)) },
    );
    expect(code).toBe(0);
    expect(out[0]).toBe(
      'Converted 3 reps and 5 deals into ' +
        join(dir, 'wb') +
        '/ (CRM + Sales Opportunities, Maven Analytics (Maven Data Playground)).',
    );
    const reps = lines(join(dir, 'wb', 'Reps.csv'));
    // The Reps header is the tab spec's, as Set up writes it; columns the sample lacks stay blank.
    expect(reps[0]).toEqual(tabHeader('Reps'));
    expect(Object.fromEntries(reps[0]!.map((h, i) => [h, reps[1]![i]]))).toEqual({
      rep_id: 'ana-p-rez',
      name: 'Ana Pérez',
      email: '',
      team: 'Central (Dustin Brinkmann)',
      manager: 'Dustin Brinkmann',
      role: 'Sales Agent',
      start_date: '',
      active: 'yes',
      public: 'yes',
      avatar_url: '',
    });
    const pipeline = lines(join(SOURCE, 'sales_pipeline.csv')).slice(1);
    const deals = lines(join(dir, 'wb', 'Deals.csv'));
    const col = (name: string) => deals[0]!.indexOf(name);
    expect(deals.slice(1).map((d) => d[col('deal_id')])).toEqual(pipeline.map((p) => p[0]));
    const wonSum = pipeline.filter((p) => p[4] === 'Won').reduce((s, p) => s + Number(p[7]), 0);
    const imported = deals
      .slice(1)
      .filter((d) => d[col('status')] === 'won')
      .reduce((s, d) => s + Number(d[col('amount')]), 0);
    expect(imported).toBe(wonSum);
  });
});
