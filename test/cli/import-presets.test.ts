// Each CRM preset: a fixture in the vendor's export style imports (asking only what its data cannot say) and builds to figures summed here from the fixture rows.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main';

const FIXTURES = join(__dirname, '../fixtures/import');
const NOW = new Date(Date.UTC(2024, 5, 30, 18, 0));
/** The Settings tab's default activity weights (docs/workbook.md): the points a month's activities give. */
const WEIGHTS: Record<string, number> = { call: 1, email: 0.5, meeting: 3 };

type Row = Record<string, string>;

/** A CSV file as rows keyed by header, split by hand (quoted fields may hold commas). */
function rowsOf(file: string): Row[] {
  const lines = readFileSync(join(FIXTURES, file), 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\r\n');
  const split = (line: string) =>
    [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)]
      .map((m) => m[1]!)
      .slice(0, -1)
      .map((c) => (c.startsWith('"') ? c.slice(1, -1).replace(/""/g, '"') : c));
  const [head, ...rest] = lines.filter((l) => l !== '').map(split);
  return rest.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i] ?? ''])));
}

const money = (s: string) => Number(s.replace(/[^\d.]/g, '') || 0);
const mdyMonth = (s: string) => `${s.split(/[/ ]/)[2]}-${s.split('/')[0]!.padStart(2, '0')}`;
const dmyMonth = (s: string) => `${s.split(/[/ ]/)[2]}-${s.split('/')[1]}`;

function sumBy(rows: Row[], keep: (r: Row) => boolean, owner: string, value: (r: Row) => number) {
  const out = new Map<string, number>();
  for (const r of rows.filter(keep))
    out.set(r[owner]!, Math.round(((out.get(r[owner]!) ?? 0) + value(r)) * 100) / 100);
  return out;
}

interface Case {
  readonly vendor: string;
  /** Words of the preset's name the import prints. */
  readonly preset: string;
  readonly currency: string;
  readonly deals: string;
  readonly activities: string | null;
  /** The questions the data cannot answer, with the manager's answers. */
  readonly answers: Record<string, string>;
  readonly revenue: () => Map<string, number>;
  readonly points: (() => Map<string, number>) | null;
}

const CASES: readonly Case[] = [
  {
    vendor: 'salesforce',
    preset: 'Salesforce',
    currency: 'USD',
    deals: 'salesforce/opportunities.csv',
    activities: 'salesforce/activities.csv',
    answers: {},
    revenue: () =>
      sumBy(
        rowsOf('salesforce/opportunities.csv'),
        (r) =>
          r.Won === '1' &&
          r['Opportunity Currency'] === 'USD' &&
          mdyMonth(r['Close Date']!) === '2024-06',
        'Opportunity Owner',
        (r) => money(r.Amount!),
      ),
    points: () =>
      sumBy(
        rowsOf('salesforce/activities.csv'),
        (r) => r.Status === 'Completed' && mdyMonth(r.Date!) === '2024-06',
        'Assigned',
        (r) => WEIGHTS[r['Task Subtype']!.toLowerCase()]!,
      ),
  },
  {
    vendor: 'hubspot',
    preset: 'HubSpot',
    currency: 'USD',
    deals: 'hubspot/deals.csv',
    activities: 'hubspot/calls.csv',
    answers: {},
    revenue: () =>
      sumBy(
        rowsOf('hubspot/deals.csv'),
        (r) => r['Deal Stage'] === 'Closed Won' && r['Close Date']!.startsWith('2024-06'),
        'Deal owner',
        (r) => money(r.Amount!),
      ),
    points: () =>
      sumBy(
        rowsOf('hubspot/calls.csv'),
        (r) => r['Activity date']!.startsWith('2024-06'),
        'Activity assigned to',
        () => WEIGHTS.call!,
      ),
  },
  {
    vendor: 'pipedrive',
    preset: 'Pipedrive',
    currency: 'EUR',
    deals: 'pipedrive/deals.csv',
    activities: 'pipedrive/activities.csv',
    answers: {},
    revenue: () =>
      sumBy(
        rowsOf('pipedrive/deals.csv'),
        (r) => r['Deal - Status'] === 'won' && r['Deal - Won time']!.startsWith('2024-06'),
        'Deal - Owner',
        (r) => money(r['Deal - Value']!),
      ),
    points: () =>
      sumBy(
        rowsOf('pipedrive/activities.csv'),
        (r) => r['Activity - Done'] === 'Done' && r['Activity - Due date']!.startsWith('2024-06'),
        'Activity - Assigned to user',
        (r) => WEIGHTS[r['Activity - Type']!.toLowerCase()]!,
      ),
  },
  {
    vendor: 'zoho',
    preset: 'Zoho CRM',
    currency: 'GBP',
    deals: 'zoho/deals.csv',
    activities: 'zoho/calls.csv',
    // Every date has a day of 12 or less (03/06/2024): only the manager knows the order.
    answers: { date_order: 'day-first' },
    revenue: () =>
      sumBy(
        rowsOf('zoho/deals.csv'),
        (r) => r.Stage === 'Closed Won' && dmyMonth(r['Closing Date']!) === '2024-06',
        'Deal Owner',
        (r) => money(r.Amount!),
      ),
    points: () =>
      sumBy(
        rowsOf('zoho/calls.csv'),
        (r) => dmyMonth(r['Call Start Time']!) === '2024-06',
        'Call Owner',
        () => WEIGHTS.call!,
      ),
  },
  {
    vendor: 'dynamics',
    preset: 'Dynamics 365',
    currency: 'USD',
    deals: 'dynamics/opportunities.csv',
    activities: 'dynamics/activities.csv',
    answers: {},
    revenue: () =>
      sumBy(
        rowsOf('dynamics/opportunities.csv'),
        (r) => r.Status === 'Won' && r['Actual Close Date']!.startsWith('2024-06'),
        'Owner',
        (r) => money(r['Actual Revenue']!),
      ),
    points: () =>
      sumBy(
        rowsOf('dynamics/activities.csv'),
        (r) => r['Activity Status'] === 'Completed' && r['Actual End']!.startsWith('2024-06'),
        'Owner',
        (r) => ({ 'Phone Call': 1, Appointment: 3, Email: 0.5 })[r['Activity Type']!]!,
      ),
  },
  {
    vendor: 'maven',
    preset: 'Maven CRM sample',
    currency: 'USD',
    deals: 'maven/sales_pipeline.csv',
    activities: null,
    answers: {},
    revenue: () =>
      sumBy(
        rowsOf('maven/sales_pipeline.csv'),
        (r) => r.deal_stage === 'Won' && r.close_date!.startsWith('2024-06'),
        'sales_agent',
        (r) => money(r.close_value!),
      ),
    points: null,
  },
];

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) }, { now: NOW });
  return { code, out, err };
}

/** One figure per rep name for June 2024, from the build's Scorecard tab (reps with a non-zero figure). */
function scorecard(out: string, column: string): Map<string, number> {
  const lines = readFileSync(join(out, 'tabs', 'Scorecard.csv'), 'utf8').split('\r\n');
  const head = lines[0]!.split(',');
  const map = new Map<string, number>();
  for (const line of lines.slice(1)) {
    const cells = line.split(',');
    const row = Object.fromEntries(head.map((h, i) => [h, cells[i] ?? '']));
    if (row.period_kind === 'month' && row.period === '2024-06' && Number(row[column]) > 0)
      map.set(row.name!, Number(row[column]));
  }
  return map;
}

/** Imports a file, answering the questions it asks from `answers`; returns the keys asked. */
async function importAnswering(file: string, wb: string, answers: Record<string, string>) {
  const args = ['import', '--from', join(FIXTURES, file), '--into', wb, '--mode', 'append'];
  let result = await run(args);
  const asked: string[] = [];
  if (result.code === 3) {
    const path = join(wb, 'Import Mapping.csv');
    const lines = readFileSync(path, 'utf8').split('\r\n');
    const answered = lines.map((line) => {
      const key = line.split(',')[0]!;
      if (!/^[^,]*,,"?ANSWER/.test(line)) return line;
      asked.push(key);
      return `${key},${answers[key] ?? ''},`;
    });
    writeFileSync(path, answered.join('\r\n'));
    result = await run(args);
  }
  return { ...result, asked };
}

describe.each(CASES)('the $vendor preset', (c) => {
  let dir: string;
  let wb: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), `bellringer-${c.vendor}-`));
    wb = join(dir, 'wb');
    mkdirSync(wb);
    copyFileSync(join(FIXTURES, 'Reps.csv'), join(wb, 'Reps.csv'));
    writeFileSync(
      join(wb, 'Settings.csv'),
      `setting,value\r\ntime_zone,UTC\r\ncurrency,${c.currency}\r\n`,
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports its exports asking only what the data cannot answer, and builds to the summed figures', async () => {
    const asked: string[] = [];
    for (const file of [c.deals, c.activities]) {
      if (file === null) continue;
      const result = await importAnswering(file, wb, c.answers);
      expect(result.code, result.err.join('\n')).toBe(0);
      expect(result.out.join('\n')).toContain(`(${c.preset}`);
      asked.push(...result.asked);
    }
    expect([...new Set(asked)].sort()).toEqual(Object.keys(c.answers).sort());
    const built = await run([
      'build',
      '--input',
      wb,
      '--out',
      join(dir, 'out'),
      '--as-of',
      '2024-06-30',
    ]);
    expect(built.code).toBe(0);
    expect(scorecard(join(dir, 'out'), 'revenue')).toEqual(c.revenue());
    if (c.points) expect(scorecard(join(dir, 'out'), 'activity_points')).toEqual(c.points());
  });
});
