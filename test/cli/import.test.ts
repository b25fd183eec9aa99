// `bellringer import`, the issue's "done when": a European ERP export imported after only the questions its data cannot answer, then refreshed without double counting.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../cli/io/csv';
import { main } from '../../cli/main';

const FIXTURES = join(__dirname, '../fixtures/import/erp');
const NOW = new Date(Date.UTC(2024, 5, 30, 18, 0));
/** The answers a manager gives: the ERP's custom stages (the only questions this data leaves open). */
const ANSWERS: Record<string, string> = {
  'stage:Payment Done': 'won',
  'stage:C': 'won',
  'stage:X': 'lost',
};
const WON = new Set(['Payment Done', 'Closed Won', 'Won', 'C']);

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) }, { now: NOW });
  return { code, out, err };
}

/** The fixture read by hand: Windows-1252 bytes (Latin-1 for these letters; the € sign is dropped), `;` fields, `3.500,00` amounts. */
function fixtureDeals(file: string) {
  const text = readFileSync(join(FIXTURES, file)).toString('latin1');
  const [, ...lines] = text.split('\r\n').filter((l) => l !== '');
  return lines.map((line) => {
    const [id, , owner, stage, amount, close, , modified] = line.split(';');
    const value = Number(
      amount!
        .replace(/[^\d.,]/g, '')
        .replace(/\./g, '')
        .replace(',', '.'),
    );
    // dd.mm.yyyy → yyyy-mm; a won order without a close date takes its last-modified date.
    const date = close || modified!.slice(0, 10);
    return {
      id: id!,
      owner: owner!,
      stage: stage!,
      value,
      month: `${date.slice(6, 10)}-${date.slice(3, 5)}`,
    };
  });
}

/** June 2024 revenue per owner name, summed from the fixture rows (later exports replace earlier ids). */
function juneRevenue(...files: string[]): Map<string, number> {
  const byId = new Map<string, ReturnType<typeof fixtureDeals>[number]>();
  for (const f of files) for (const d of fixtureDeals(f)) byId.set(d.id, d);
  const out = new Map<string, number>();
  for (const d of byId.values())
    if (WON.has(d.stage) && d.month === '2024-06')
      out.set(d.owner, Math.round(((out.get(d.owner) ?? 0) + d.value) * 100) / 100);
  return out;
}

function readCsvFile(path: string): string[][] {
  return parseCsv(readFileSync(path, 'utf8'));
}

/** Revenue per rep name for one month, from the build's Scorecard tab. */
function scorecardRevenue(out: string, month: string): Map<string, number> {
  const [head, ...rows] = readCsvFile(join(out, 'tabs', 'Scorecard.csv'));
  const col = (name: string) => head!.indexOf(name);
  return new Map(
    rows
      .filter((r) => r[col('period_kind')] === 'month' && r[col('period')] === month)
      .filter((r) => Number(r[col('revenue')]) > 0)
      .map((r) => [r[col('name')]!, Number(r[col('revenue')])]),
  );
}

describe('bellringer import: a day-first, decimal-comma, Windows-1252, ";" export with custom stages and new owners', () => {
  let dir: string;
  let wb: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bellringer-import-'));
    wb = join(dir, 'wb');
    mkdirSync(wb);
    for (const f of ['Reps.csv', 'Settings.csv']) copyFileSync(join(FIXTURES, f), join(wb, f));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('asks only what the data cannot answer (the custom stages), writes nothing else, and exits 3', async () => {
    const { code, out } = await run([
      'import',
      '--from',
      join(FIXTURES, 'orders-v1.csv'),
      '--into',
      wb,
    ]);
    expect(code).toBe(3);
    const mapping = readCsvFile(join(wb, 'Import Mapping.csv'));
    const open = mapping.filter((r) => r[1] === '' && r[2]?.startsWith('ANSWER')).map((r) => r[0]);
    expect(open.sort()).toEqual(Object.keys(ANSWERS).sort());
    // Dates and amounts were decided from the data: 21.06.2024 is day-first, 1.200,50 has a decimal comma.
    expect(mapping).toContainEqual(expect.arrayContaining(['date_order', 'day-first']));
    expect(mapping).toContainEqual(expect.arrayContaining(['decimal_mark', 'comma']));
    expect(out.join('\n')).toContain('stage:Payment Done');
    expect(() => readFileSync(join(wb, 'Deals.csv'))).toThrow();
  });

  it('imports once answered: amounts, names and dates read right, new owners added as private reps', async () => {
    const path = join(wb, 'Import Mapping.csv');
    const answered = readCsvFile(path).map((r) =>
      ANSWERS[r[0]!] ? [r[0]!, ANSWERS[r[0]!]!, ''] : r,
    );
    writeFileSync(
      path,
      answered.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n'),
    );
    const { code, out } = await run([
      'import',
      '--from',
      join(FIXTURES, 'orders-v1.csv'),
      '--into',
      wb,
    ]);
    expect(code).toBe(0);
    expect(out.join('\n')).toContain('Imported 7 deals');
    const reps = readCsvFile(join(wb, 'Reps.csv'));
    expect(reps.map((r) => [r[0], r[1], r[reps[0]!.indexOf('public')]])).toEqual([
      ['rep_id', 'name', 'public'],
      ['ana', 'Ana Pérez', undefined],
      ['jurgen-muller', 'Jürgen Müller', 'no'],
      ['zoe-dubois', 'Zoë Dubois', 'no'],
    ]);
    const issues = readFileSync(join(wb, 'Import Issues.csv'), 'utf8');
    expect(issues).toContain('no close date; its last-modified date 2024-06-28 is used');

    const built = await run([
      'build',
      '--input',
      wb,
      '--out',
      join(dir, 'out1'),
      '--as-of',
      '2024-06-30',
    ]);
    expect(built.code).toBe(0);
    expect(scorecardRevenue(join(dir, 'out1'), '2024-06')).toEqual(juneRevenue('orders-v1.csv'));
    const issuesTab = readFileSync(join(dir, 'out1', 'tabs', 'Issues.csv'), 'utf8');
    expect(issuesTab).toContain('orders-v1.csv,5,Close Date');
  });

  it('refreshes from an updated export with no questions and no double counting', async () => {
    const { code, out } = await run([
      'import',
      '--from',
      join(FIXTURES, 'orders-v2.csv'),
      '--into',
      wb,
      '--mode',
      'append',
    ]);
    expect(out.join('\n')).not.toContain('question');
    expect(code).toBe(0);
    const deals = readCsvFile(join(wb, 'Deals.csv')).slice(1);
    const ids = deals.map((d) => d[0]);
    expect(ids).toEqual([...new Set(ids)]);
    expect(ids.sort()).toEqual([
      'A-1001',
      'A-1002',
      'A-1003',
      'A-1004',
      'A-1005',
      'A-1006',
      'A-1007',
      'A-1008',
    ]);
    const built = await run([
      'build',
      '--input',
      wb,
      '--out',
      join(dir, 'out2'),
      '--as-of',
      '2024-06-30',
    ]);
    expect(built.code).toBe(0);
    expect(scorecardRevenue(join(dir, 'out2'), '2024-06')).toEqual(
      juneRevenue('orders-v1.csv', 'orders-v2.csv'),
    );
    // A-1004 (row 5 of both exports) still has no close date: one note, the newest export's.
    const issuesTab = readFileSync(join(dir, 'out2', 'tabs', 'Issues.csv'), 'utf8');
    expect(issuesTab).toContain('orders-v2.csv,5,Close Date');
    expect(issuesTab).not.toContain('orders-v1.csv,5,Close Date');
    expect(issuesTab.match(/no close date; its last-modified date 2024-06-28/g)).toHaveLength(1);
  });

  it('asks for --mode once the tab has rows, and writes nothing then', async () => {
    const before = readFileSync(join(wb, 'Deals.csv'), 'utf8');
    const { code, err } = await run([
      'import',
      '--from',
      join(FIXTURES, 'orders-v2.csv'),
      '--into',
      wb,
    ]);
    expect(code).toBe(2);
    expect(err.join('\n')).toContain('choose --mode append');
    expect(readFileSync(join(wb, 'Deals.csv'), 'utf8')).toBe(before);
  });
});

describe('never a silent zero board', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bellringer-import-zero-'));
    mkdirSync(join(dir, 'wb'));
    copyFileSync(join(FIXTURES, 'Reps.csv'), join(dir, 'wb', 'Reps.csv'));
    // Every deal is in another currency than the workbook's (EUR): nothing is usable.
    writeFileSync(
      join(dir, 'usd.csv'),
      'Order No,Sales Rep,Status,Amount,Currency,Close Date\r\nB-1,Ana Pérez,Won,100,USD,2024-06-01\r\nB-2,Ana Pérez,Won,200,USD,2024-06-02\r\n',
    );
    copyFileSync(join(FIXTURES, 'Settings.csv'), join(dir, 'wb', 'Settings.csv'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('import exits 1, says why, and writes nothing when no row is usable', async () => {
    const { code, err } = await run([
      'import',
      '--from',
      join(dir, 'usd.csv'),
      '--into',
      join(dir, 'wb'),
    ]);
    expect(code).toBe(1);
    expect(err.join('\n')).toContain('None of the 2 rows of usd.csv gave a usable row');
    expect(err.join('\n')).toContain('The deal is in USD, not EUR');
    expect(() => readFileSync(join(dir, 'wb', 'Deals.csv'))).toThrow();
    expect(() => readFileSync(join(dir, 'wb', 'Import Mapping.csv'))).toThrow();
  });

  it('build --from exits 1 and publishes nothing when no row is usable', async () => {
    const out = join(dir, 'out');
    const args = [
      'build',
      '--input',
      join(dir, 'wb'),
      '--from',
      join(dir, 'usd.csv'),
      '--out',
      out,
    ];
    const { code, err } = await run(args);
    expect(code).toBe(1);
    expect(err.join('\n')).toContain('Nothing was built');
    expect(() => readFileSync(join(out, 'site', 'snapshot.json'))).toThrow();
  });
});

describe('bellringer build --from: a raw export with its mapping, in one step', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bellringer-build-from-'));
    mkdirSync(join(dir, 'wb'));
    for (const f of ['Reps.csv', 'Settings.csv'])
      copyFileSync(join(FIXTURES, f), join(dir, 'wb', f));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the questions into the mapping file and exits 3 without building', async () => {
    const mapping = join(dir, 'mapping.csv');
    const args = ['build', '--input', join(dir, 'wb'), '--from', join(FIXTURES, 'orders-v1.csv')];
    const { code, err } = await run([...args, '--mapping', mapping, '--out', join(dir, 'o1')]);
    expect(code).toBe(3);
    expect(err.join('\n')).toContain('Stage "Payment Done"');
    expect(readFileSync(mapping, 'utf8')).toContain('stage:Payment Done,,');
    expect(() => readFileSync(join(dir, 'o1', 'tabs', 'Scorecard.csv'))).toThrow();
  });

  it('builds once answered, to the summed revenue, leaving the workbook folder as it was', async () => {
    const mapping = join(dir, 'mapping.csv');
    const answered = readCsvFile(mapping).map((r) =>
      ANSWERS[r[0]!] ? [r[0]!, ANSWERS[r[0]!]!, ''] : r,
    );
    writeFileSync(
      mapping,
      answered.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n'),
    );
    const args = ['build', '--input', join(dir, 'wb'), '--from', join(FIXTURES, 'orders-v1.csv')];
    const { code } = await run([
      ...args,
      '--mapping',
      mapping,
      '--out',
      join(dir, 'o2'),
      '--as-of',
      '2024-06-30',
    ]);
    expect(code).toBe(0);
    expect(scorecardRevenue(join(dir, 'o2'), '2024-06')).toEqual(juneRevenue('orders-v1.csv'));
    expect(() => readFileSync(join(dir, 'wb', 'Deals.csv'))).toThrow();
  });
});

describe('columns an export names in its own words', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bellringer-import-columns-'));
    mkdirSync(join(dir, 'wb'));
    for (const f of ['Reps.csv', 'Settings.csv'])
      copyFileSync(join(FIXTURES, f), join(dir, 'wb', f));
    writeFileSync(
      join(dir, 'auftraege.csv'),
      'Auftrag;Verkäufer;Betrag;Phase;Abschluss\r\nK-1;Ana Pérez;1.250,00;Won;03.06.2024\r\nK-2;Ana Pérez;99,50;Won;14.06.2024\r\n',
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('asks what a row is and which column is which (never a silent zero), then imports with the answers', async () => {
    const args = ['import', '--from', join(dir, 'auftraege.csv'), '--into', join(dir, 'wb')];
    const path = join(dir, 'wb', 'Import Mapping.csv');
    const answers: Record<string, string> = {
      kind: 'deals',
      'column:deal_id': 'Auftrag',
      'column:owner': 'Verkäufer',
      'column:amount': 'Betrag',
      'column:stage': 'Phase',
    };
    const askedKeys: string[][] = [];
    for (let round = 0; round < 2; round++) {
      const asked = await run(args);
      expect(asked.code).toBe(3);
      const rows = readCsvFile(path);
      const open = rows.filter((r) => r[1] === '' && r[2]?.startsWith('ANSWER'));
      askedKeys.push(open.map((r) => r[0]!));
      expect(open[0]![2]).toContain('Auftrag, Verkäufer, Betrag, Phase, Abschluss');
      const answered = rows.map((r) =>
        r[1] === '' && answers[r[0]!] ? [r[0]!, answers[r[0]!]!, ''] : r,
      );
      writeFileSync(
        path,
        answered.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n'),
      );
    }
    // The kind first (nothing else can be read without it), then the columns no alias found.
    expect(askedKeys).toEqual([
      ['kind'],
      ['column:deal_id', 'column:owner', 'column:amount', 'column:stage'],
    ]);
    const path2 = readCsvFile(path);
    path2.push(['column:close_date', 'Abschluss', '']);
    writeFileSync(
      path,
      path2.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n'),
    );
    const second = await run(args);
    expect(second.code, second.out.join('\n')).toBe(0);
    const deals = readCsvFile(join(dir, 'wb', 'Deals.csv'));
    const col = (name: string) => deals[0]!.indexOf(name);
    expect(
      deals.slice(1).map((d) => [d[col('deal_id')], d[col('amount')], d[col('close_date')]]),
    ).toEqual([
      ['K-1', '1250', '2024-06-03'],
      ['K-2', '99.5', '2024-06-14'],
    ]);
  });
});
