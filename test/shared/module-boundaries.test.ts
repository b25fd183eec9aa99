// Each engine module is used through its index, and each index names what it re-exports.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [relative(root, path)] : [];
  });
}

/** The engine's modules: the folders of shared/ with an index. */
const modules = readdirSync(join(root, 'shared')).filter((name) => {
  const index = join(root, 'shared', name, 'index.ts');
  return statSync(join(root, 'shared', name)).isDirectory() && safeExists(index);
});

function safeExists(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Source code (tests aside: they mirror a module's files and may test its internals). */
const code = ['shared', 'cli', 'web/src', 'appsscript/src', 'ui'].flatMap((dir) =>
  statSync(join(root, dir), { throwIfNoEntry: false })?.isDirectory()
    ? sourceFiles(join(root, dir))
    : [],
);

const SPECIFIER = /(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]/g;

/**
 * An import that reaches into another module past its index: `shared/<module>/<file>` from a
 * file outside `shared/<module>/`.
 */
function importsPastIndex(file: string, text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(SPECIFIER)) {
    const target = relative(root, resolve(root, dirname(file), m[1]!)).split('/');
    if (target[0] !== 'shared' || target.length < 3 || !modules.includes(target[1]!)) continue;
    if (file.startsWith(`shared/${target[1]}/`)) continue;
    if (target.length === 3 && target[2] === 'index') continue;
    found.push(m[1]!);
  }
  return found;
}

describe('module boundaries', () => {
  it('finds the modules and the code to check', () => {
    expect(modules).toEqual(expect.arrayContaining(['badges', 'metrics', 'time', 'workbook']));
    expect(code.length).toBeGreaterThan(200);
  });

  it('no code outside a module imports past its index', () => {
    const offenders = code.flatMap((file) =>
      importsPastIndex(file, readFileSync(join(root, file), 'utf8')).map((s) => `${file}: ${s}`),
    );
    expect(offenders).toEqual([]);
  });

  it.each([
    ['a file of another module', 'shared/engine.ts', "import { x } from './badges/table';", 1],
    [
      'a file two levels down',
      'cli/io/a.ts',
      "import { y } from '../../shared/workbook/tabs/deals';",
      1,
    ],
    ['the index itself', 'web/src/a.ts', "import { z } from '../../shared/time';", 0],
    ['its own module', 'shared/badges/a.ts', "import { w } from './kinds/streak';", 0],
  ])('sees %s (control)', (_, file, line, count) => {
    expect(importsPastIndex(file, line)).toHaveLength(count);
  });

  it.each(modules)('shared/%s/index.ts re-exports by name (no export *)', (name) => {
    const text = readFileSync(join(root, 'shared', name, 'index.ts'), 'utf8');
    expect(text).not.toMatch(/export\s*\*/);
  });
});
