// The dependency direction and purity rules of shared/, checked over the source text.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const sharedDir = join(root, 'shared');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

const files = sourceFiles(sharedDir).map((path) => ({
  path: relative(root, path),
  text: readFileSync(path, 'utf8'),
}));

/** Packages the engine may use: pure, platform-free libraries only. */
const allowedPackages = new Set(['valibot', 'd3-array']);

describe('shared/ (the engine)', () => {
  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(3);
  });

  it.each(files)('$path imports only shared/ modules and allowed packages', ({ path, text }) => {
    const specifiers = [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)].map(
      (m) => m[1] as string,
    );
    for (const spec of specifiers) {
      if (spec.startsWith('.')) {
        const target = relative(root, resolve(root, path, '..', spec));
        expect(target.startsWith('shared'), `${path} imports ${spec}`).toBe(true);
      } else {
        expect(allowedPackages.has(spec), `${path} imports package ${spec}`).toBe(true);
      }
    }
  });

  it.each(files)('$path reads no clock, randomness or locale', ({ path, text }) => {
    const code = text.replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
    expect(code, `${path} calls Date.now()`).not.toMatch(/Date\.now\s*\(/);
    expect(code, `${path} calls new Date() without arguments`).not.toMatch(/new Date\(\s*\)/);
    expect(code, `${path} calls Math.random()`).not.toMatch(/Math\.random\s*\(/);
    expect(code, `${path} formats with the host locale`).not.toMatch(/toLocale\w*String\s*\(/);
  });

  // Issue 10 item 5: what a run derives once lives in its RunContext, not in caches keyed on
  // the objects passed in (a cache that outlives its run, or serves a mutated input, is wrong).
  it.each(files)('$path keeps no cache keyed on object identity', ({ path, text }) => {
    const code = text.replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
    expect(code, `${path} uses a WeakMap`).not.toMatch(/\bWeak(Map|Set|Ref)\b/);
  });

  it.each(files)('$path opens with a one-line comment saying what it is for', ({ path, text }) => {
    expect(text.startsWith('// '), path).toBe(true);
  });
});
