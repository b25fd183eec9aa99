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
