// The repository stands alone: no code, test, script or default path reaches for a folder beside it.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main';

const root = resolve(__dirname, '../..');
/** Tracked files that run: everything but prose and fixtures. */
const files = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((f) => /\.(ts|mjs|js|json)$|^\.ci\//.test(f))
  .filter((f) => !f.startsWith('test/fixtures/') && f !== 'package-lock.json')
  // CI alone may hand the data sets' location to their own run, after the standalone run.
  .filter((f) => f !== '.ci/run')
  // This file holds the control cases below.
  .filter((f) => f !== 'test/repository/standalone.test.ts');

/** Paths read from another base than the file's folder: Vite resolves outDir from its root, web/. */
const OTHER_BASE: Readonly<Record<string, string>> = { 'vite.config.ts': 'web' };

/**
 * The places in a file's text that lead outside the repository: the data sets beside it, or a
 * relative path (from the file's folder, as imports and `resolve(__dirname, …)` read it) that
 * climbs above the root.
 */
function outsidePaths(file: string, text: string): string[] {
  const found: string[] = [...(text.match(/shared\/datasets/g) ?? [])];
  for (const m of text.matchAll(/['"`]((?:\.\.\/)+[^'"`\s]*)['"`]/g)) {
    const target = relative(root, resolve(root, OTHER_BASE[file] ?? dirname(file), m[1]!));
    if (target.startsWith('..')) found.push(m[1]!);
  }
  return found;
}

describe('the repository on its own', () => {
  it('has files to check', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('names no path outside the repository in code, tests, scripts or CI', () => {
    const offenders = files.flatMap((f) =>
      outsidePaths(f, readFileSync(join(root, f), 'utf8')).map((p) => `${f}: ${p}`),
    );
    expect(offenders).toEqual([]);
  });

  it.each([
    ['the data-set folder', 'cli/x.ts', "const SOURCE = join(root, 'shared/datasets/maven-crm');"],
    ['a climb past the root', 'test/cli/x.ts', "resolve(__dirname, '../../../shared/PRODUCT.md')"],
    [
      'the sibling folder from the root',
      'vitest.config.ts',
      "readFileSync('../shared/PRODUCT.md')",
    ],
  ])('would see %s (control)', (_, file, line) => {
    expect(outsidePaths(file, line)).not.toEqual([]);
  });

  it("lets a path to the repository's own shared/ through", () => {
    expect(outsidePaths('appsscript/src/adapters/x.ts', "from '../../../shared/workbook'")).toEqual(
      [],
    );
  });

  it('CI runs the suite from a clone with nothing beside it, without the data sets', () => {
    const ci = readFileSync(join(root, '.ci/run'), 'utf8');
    expect(ci).toMatch(/git clone -q "\$repo" "\$work\/bellringer"/);
    expect(ci).toMatch(/env -u BELLRINGER_DATASETS npm test/);
  });

  it('import-maven has no default source: it asks for --source and exits 2', async () => {
    const err: string[] = [];
    const code = await main(['import-maven', '--out', 'unused'], {
      out: () => {},
      err: (line) => err.push(line),
    });
    expect(code).toBe(2);
    expect(err.join('\n')).toMatch(/--source/);
  });
});
