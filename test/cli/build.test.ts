// `bellringer build` and the command line: exit codes and one-line messages, outputs written.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCsvFolder } from '../../cli/io/folder';
import { main } from '../../cli/main';
import { generateDemoWorkbook } from '../../shared/demo';

const NOW = new Date(Date.UTC(2026, 10, 18, 15, 0));

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) }, { now: NOW });
  return { code, out, err };
}

describe('bellringer build', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bellringer-build-'));
    writeCsvFolder(join(dir, 'wb'), generateDemoWorkbook({ seed: 'build', asOf: '2026-11-18' }));
    writeFileSync(join(dir, 'notes.txt'), 'not a workbook');
    mkdirSync(join(dir, 'empty'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    [
      'a missing input',
      1,
      (d: string) => ['--input', join(d, 'nope'), '--out', join(d, 'o')],
      /^bellringer build: No such input: .*nope/,
    ],
    [
      'a file that is not .xlsx',
      1,
      (d: string) => ['--input', join(d, 'notes.txt'), '--out', join(d, 'o')],
      /Unsupported input/,
    ],
    [
      'a folder without CSV files',
      1,
      (d: string) => ['--input', join(d, 'empty'), '--out', join(d, 'o')],
      /No tabs found/,
    ],
    ['no --input', 2, (d: string) => ['--out', join(d, 'o')], /needs --input/],
    ['no --out', 2, (d: string) => ['--input', join(d, 'wb')], /needs --out/],
    [
      'an unknown flag',
      2,
      (d: string) => ['--input', join(d, 'wb'), '--out', join(d, 'o'), '--colour'],
      /Unknown option '--colour'/,
    ],
    [
      'a bad --as-of',
      2,
      (d: string) => ['--input', join(d, 'wb'), '--out', join(d, 'o'), '--as-of', '18/11/2026'],
      /--as-of must be a date/,
    ],
    [
      'a bad --time-zone',
      2,
      (d: string) => [
        '--input',
        join(d, 'wb'),
        '--out',
        join(d, 'o'),
        '--time-zone',
        'Mars/Olympus',
      ],
      /--time-zone must be an IANA zone/,
    ],
    [
      'a bad --now',
      2,
      (d: string) => ['--input', join(d, 'wb'), '--out', join(d, 'o'), '--now', 'yesterday'],
      /--now must be an instant/,
    ],
  ])('fails on %s with exit code %i and one clear line', async (_name, code, args, message) => {
    const result = await run(['build', ...args(dir)]);
    expect(result.code).toBe(code);
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toMatch(message);
    expect(existsSync(join(dir, 'o'))).toBe(false);
  });

  // Nothing usable read: the Issues tab says why, no snapshot is published, and the exit code is 1.
  it.each([
    ['a Reps tab with only its header', { 'Reps.csv': 'rep_id,name\n' }],
    ['a Reps tab whose rows are all unreadable', { 'Reps.csv': 'rep_id,name\n,Ada\nr2,\n' }],
    ['no Reps tab', { 'Deals.csv': 'deal_id,rep_id,amount\nd1,r1,5\n' }],
    ['a Reps tab without rep_id', { 'Reps.csv': 'id,name\nr1,Ada\n' }],
  ])('publishes nothing from %s and exits 1', async (name, files) => {
    const input = join(dir, `unusable-${name.length}`);
    mkdirSync(input);
    for (const [file, text] of Object.entries(files)) writeFileSync(join(input, file), text);
    const out = join(dir, `unusable-out-${name.length}`);
    const result = await run(['build', '--input', input, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.err).toEqual([expect.stringMatching(/Nothing usable was read/)]);
    expect(existsSync(join(out, 'site', 'snapshot.json'))).toBe(false);
    expect(readFileSync(join(out, 'tabs', 'Issues.csv'), 'utf8')).toMatch(
      /Nothing usable was read/,
    );
  });

  it('keeps the last good snapshot when a later run reads nothing usable, and says so', async () => {
    const out = join(dir, 'keeps-last-good');
    expect((await run(['build', '--input', join(dir, 'wb'), '--out', out])).code).toBe(0);
    const good = readFileSync(join(out, 'site', 'snapshot.json'), 'utf8');
    const input = join(dir, 'unusable-later');
    mkdirSync(input);
    writeFileSync(join(input, 'Reps.csv'), 'rep_id,name\n');
    const result = await run(['build', '--input', input, '--out', out]);
    expect(result.code).toBe(1);
    expect(readFileSync(join(out, 'site', 'snapshot.json'), 'utf8')).toBe(good);
    expect(result.out.join('\n')).toMatch(/is left as it was: the last good snapshot stays served/);
  });

  it('writes every output tab and the snapshot, and exits 0', async () => {
    const result = await run([
      'build',
      '--input',
      join(dir, 'wb'),
      '--out',
      join(dir, 'out'),
      '--as-of',
      '2026-11-18',
    ]);
    expect(result.code).toBe(0);
    expect(result.err).toEqual([]);
    for (const tab of ['Scorecard', 'History', 'Standings', 'Awards', 'Alerts', 'Issues']) {
      expect(existsSync(join(dir, 'out', 'tabs', `${tab}.csv`)), tab).toBe(true);
    }
    const snapshot = JSON.parse(readFileSync(join(dir, 'out', 'site', 'snapshot.json'), 'utf8'));
    expect(snapshot.asOf).toBe('2026-11-18');
    expect(result.out.join('\n')).toMatch(
      /Summit Sales: as of 2026-11-18 \(America\/New_York\), 12 reps/,
    );
  });

  it('still exits 0 when the workbook has data issues, and says where they are', async () => {
    const grids = generateDemoWorkbook({ seed: 'build', asOf: '2026-11-18' });
    const deals = grids.Deals!.map((r) => [...r]);
    deals[1]![4] = 'lots';
    writeCsvFolder(join(dir, 'bad'), { ...grids, Deals: deals });
    const result = await run([
      'build',
      '--input',
      join(dir, 'bad'),
      '--out',
      join(dir, 'bad-out'),
      '--as-of',
      '2026-11-18',
    ]);
    expect(result.code).toBe(0);
    expect(result.out.at(-1)).toMatch(
      /^[1-9]\d* data issues?: see .*bad-out[/\\]tabs[/\\]Issues\.csv$/,
    );
    expect(readFileSync(join(dir, 'bad-out', 'tabs', 'Issues.csv'), 'utf8')).toMatch(
      /Deals,2,amount/,
    );
  });

  it('exits 0 on a CSV folder with a stray quote and an unknown file, naming the file and row', async () => {
    const grids = generateDemoWorkbook({ seed: 'build', asOf: '2026-11-18' });
    writeCsvFolder(join(dir, 'stray'), grids);
    const dealsPath = join(dir, 'stray', 'Deals.csv');
    const lines = readFileSync(dealsPath, 'utf8').split('\r\n');
    // Row 3's account gets an opening quote that is never closed.
    lines[2] = lines[2]!.replace(/^([^,]*,[^,]*,)/, '$1"');
    writeFileSync(dealsPath, lines.join('\r\n'));
    writeFileSync(join(dir, 'stray', 'Opportunities.csv'), 'id\n1\n');
    writeFileSync(join(dir, 'stray', 'Deal.csv'), 'id\n1\n');
    const args = ['--as-of', '2026-11-18', '--now', '2026-11-18T20:00:00Z'];
    const bad = await run([
      'build',
      '--input',
      join(dir, 'stray'),
      '--out',
      join(dir, 'stray-out'),
      ...args,
    ]);
    const good = await run([
      'build',
      '--input',
      join(dir, 'wb'),
      '--out',
      join(dir, 'good-out'),
      ...args,
    ]);
    expect(bad.code).toBe(0);
    expect(bad.err).toEqual([]);
    const issues = readFileSync(join(dir, 'stray-out', 'tabs', 'Issues.csv'), 'utf8');
    expect(issues).toMatch(
      /\r\nwarning,Deals,3,,,"Deals\.csv row 3: A quote \(""\) opens a field but is never closed/,
    );
    expect(issues).toMatch(
      /\r\nwarning,Deal\.csv,,,Deal\.csv,Deal\.csv is not a tab Bellringer reads; did you mean Deals\?/,
    );
    expect(issues).toMatch(
      /\r\nwarning,Opportunities\.csv,,,Opportunities\.csv,"Opportunities\.csv is not a tab/,
    );
    // Only the account of one deal changed, so every result tab is the same as the clean run's.
    for (const tab of ['Scorecard', 'History', 'Standings', 'Awards']) {
      expect(readFileSync(join(dir, 'stray-out', 'tabs', `${tab}.csv`), 'utf8'), tab).toBe(
        readFileSync(join(dir, 'good-out', 'tabs', `${tab}.csv`), 'utf8'),
      );
    }
    expect(bad.out[0]).toBe(good.out[0]);
  });

  it('defaults --as-of to today in the workbook zone (the clock is read by the CLI)', async () => {
    // 03:00 UTC on 19 Nov is still 18 Nov in New York.
    const out: string[] = [];
    const code = await main(
      ['build', '--input', join(dir, 'wb'), '--out', join(dir, 'today')],
      { out: (l) => out.push(l), err: () => {} },
      {
        now: new Date(Date.UTC(2026, 10, 19, 3, 0)),
      },
    );
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'today', 'site', 'snapshot.json'), 'utf8')).asOf).toBe(
      '2026-11-18',
    );
  });

  it('stamps generatedAt from --now, so two builds are byte-identical', async () => {
    const build = async (out: string) => {
      const result = await run([
        'build',
        '--input',
        join(dir, 'wb'),
        '--out',
        join(dir, out),
        '--now',
        '2026-11-18T20:30:00Z',
      ]);
      expect(result.code).toBe(0);
      return readFileSync(join(dir, out, 'site', 'snapshot.json'), 'utf8');
    };
    const first = await build('now-1');
    expect(JSON.parse(first).generatedAt).toBe('2026-11-18T20:30:00.000Z');
    // No --as-of: today is taken from --now in the workbook's zone.
    expect(JSON.parse(first).asOf).toBe('2026-11-18');
    expect(await build('now-2')).toBe(first);
  });
});

describe('the command line', () => {
  it('prints help and exits 2 without a command', async () => {
    const result = await run([]);
    expect(result.code).toBe(2);
    expect(result.out.join('\n')).toMatch(/Usage: bellringer <command>/);
  });
  it('names the commands when the command is unknown', async () => {
    const result = await run(['publish']);
    expect(result.code).toBe(2);
    expect(result.err).toEqual([
      'bellringer: unknown command "publish". Commands: start, build, serve, demo, import, import-maven.',
    ]);
  });
  it('prints one command help with --help and exits 0', async () => {
    const result = await run(['build', '--help']);
    expect(result.code).toBe(0);
    expect(result.out[0]).toMatch(/^bellringer build --input/);
  });

  it('exits 1 with one line on stderr from the real executable for a missing input', async () => {
    // Bundled inside the repository so the external packages resolve from node_modules.
    mkdirSync('node_modules/.cache', { recursive: true });
    const dir = mkdtempSync(join(process.cwd(), 'node_modules', '.cache', 'bellringer-bin-'));
    try {
      const bin = join(dir, 'bellringer.mjs');
      await build({
        entryPoints: ['cli/bellringer.ts'],
        outfile: bin,
        bundle: true,
        platform: 'node',
        format: 'esm',
        packages: 'external',
        logLevel: 'silent',
      });
      const child = spawnSync(
        process.execPath,
        [bin, 'build', '--input', join(dir, 'missing'), '--out', join(dir, 'o')],
        {
          encoding: 'utf8',
        },
      );
      expect(child.status).toBe(1);
      expect(child.stderr.trim().split('\n')).toHaveLength(1);
      expect(child.stderr).toMatch(/No such input/);
      expect(child.stdout).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
