// Golden outputs of the demo workbook: Scorecard, Standings and the snapshot are byte-stable and reviewed.
// Set UPDATE_GOLDEN=1 to rewrite test/fixtures/golden/ after an intended change, then review the diff.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../cli/commands/build';
import { writeDemo } from '../../cli/commands/demo';
import { parseCsv } from '../../cli/io/csv';

const GOLDEN = resolve(__dirname, '../fixtures/golden');
const SEED = 'golden';
const AS_OF = '2026-11-18';
const NOW = new Date(Date.UTC(2026, 10, 18, 17, 30));
const FILES = ['tabs/Scorecard.csv', 'tabs/Standings.csv', 'site/snapshot.json'];

function allFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? allFiles(dir, join(prefix, e.name)) : [join(prefix, e.name)],
    )
    .sort();
}

describe('the demo workbook built end to end (golden files)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bellringer-golden-'));
    const demo = await writeDemo(join(dir, 'demo'), SEED, AS_OF, 'demo');
    // The CSV folder goes through the CLI's own reader, as `bellringer build --input` would.
    await buildWorkbook(demo.workbookDir, { out: join(dir, 'first'), asOf: AS_OF, now: NOW });
    await buildWorkbook(demo.workbookDir, { out: join(dir, 'second'), asOf: AS_OF, now: NOW });
    await buildWorkbook(demo.xlsxPath!, { out: join(dir, 'xlsx'), asOf: AS_OF, now: NOW });
    if (process.env.UPDATE_GOLDEN === '1') {
      for (const f of FILES) {
        mkdirSync(join(GOLDEN, f, '..'), { recursive: true });
        writeFileSync(join(GOLDEN, f), readFileSync(join(dir, 'first', f)));
      }
    }
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(FILES)('%s matches the committed golden file', (file) => {
    expect(existsSync(join(GOLDEN, file)), `run with UPDATE_GOLDEN=1 to create ${file}`).toBe(true);
    expect(readFileSync(join(dir, 'first', file), 'utf8')).toBe(
      readFileSync(join(GOLDEN, file), 'utf8'),
    );
  });

  it('has the revenue race standings equal to won revenue summed straight from the Deals tab', () => {
    // Independent of the engine: the month's won deals per rep, ranked by amount.
    const deals = parseCsv(readFileSync(join(dir, 'demo', 'workbook', 'Deals.csv'), 'utf8'));
    const h = deals[0]!;
    const [rep, amount, status, close] = ['rep_id', 'amount', 'status', 'close_date'].map((c) =>
      h.indexOf(c),
    ) as number[];
    const sums = new Map<string, number>();
    for (const d of deals.slice(1)) {
      if (d[status!] === 'won' && d[close!]!.slice(0, 7) === AS_OF.slice(0, 7))
        sums.set(d[rep!]!, (sums.get(d[rep!]!) ?? 0) + Number(d[amount!]));
    }
    const expected = [...sums].sort((a, b) => b[1] - a[1]).map(([r, v]) => `${r}:${v}`);
    const standings = parseCsv(readFileSync(join(dir, 'first', 'tabs', 'Standings.csv'), 'utf8'));
    const sh = standings[0]!;
    const [cid, srep, value] = ['contest_id', 'rep_id', 'value'].map((c) =>
      sh.indexOf(c),
    ) as number[];
    const actual = standings
      .slice(1)
      .filter((r) => r[cid!] === 'C-REV' && Number(r[value!]) > 0)
      .map((r) => `${r[srep!]}:${r[value!]}`);
    expect(actual).toEqual(expected);
  });

  it('writes byte-identical outputs when run twice', () => {
    const files = allFiles(join(dir, 'first'));
    expect(allFiles(join(dir, 'second'))).toEqual(files);
    for (const f of files)
      expect(
        readFileSync(join(dir, 'second', f)).equals(readFileSync(join(dir, 'first', f))),
        f,
      ).toBe(true);
  });

  it('builds the same outputs from the .xlsx as from the CSV folder', () => {
    const files = allFiles(join(dir, 'first'));
    expect(allFiles(join(dir, 'xlsx'))).toEqual(files);
    for (const f of files)
      expect(readFileSync(join(dir, 'xlsx', f), 'utf8'), f).toBe(
        readFileSync(join(dir, 'first', f), 'utf8'),
      );
  });
});
