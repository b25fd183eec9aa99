// The shared UI's place in the dependency direction: ui/ imports only itself, shared/ and browser packages; others use its index.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

function read(dir: string) {
  return sourceFiles(join(root, dir)).map((path) => ({
    path: relative(root, path),
    text: readFileSync(path, 'utf8'),
  }));
}

/** Every module specifier a file imports or re-exports, side-effect imports included. */
function specifiers(text: string): string[] {
  return [
    ...text.matchAll(
      /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\s+['"]([^'"]+)['"]/g,
    ),
  ].map((m) => (m[1] ?? m[2]) as string);
}

/** Where a relative specifier points, from the repository root. */
const target = (file: string, spec: string) => relative(root, resolve(root, file, '..', spec));

/** Packages the shared UI may use: Lit (and its repeat directive, keyed rows) and the D3 layouts, nothing platform-specific. */
const allowedPackages = new Set(['lit', 'lit/directives/repeat.js', 'd3-scale']);

const ui = read('ui');

describe('ui/ (components and tokens shared by the site and the add-on)', () => {
  it('has source files and the one set of theme tokens', () => {
    expect(ui.length).toBeGreaterThan(2);
    expect(readFileSync(join(root, 'ui/tokens.css'), 'utf8')).toMatch(/--br-accent:/);
  });

  it.each(ui)('$path imports only ui/, shared/ and allowed packages', ({ path, text }) => {
    for (const spec of specifiers(text)) {
      if (spec.startsWith('.')) {
        const to = target(path, spec);
        expect(to.startsWith('ui') || to.startsWith('shared'), `${path} imports ${spec}`).toBe(
          true,
        );
      } else {
        expect(allowedPackages.has(spec), `${path} imports package ${spec}`).toBe(true);
      }
    }
  });

  it.each(ui)('$path opens with a one-line comment saying what it is for', ({ path, text }) => {
    expect(text.startsWith('// '), path).toBe(true);
  });

  it.each([...read('web/src'), ...read('appsscript/src')])(
    '$path reaches ui/ only through its index',
    ({ path, text }) => {
      for (const spec of specifiers(text).filter((s) => s.startsWith('.'))) {
        const to = target(path, spec);
        if (to === 'ui' || to.startsWith('ui/')) expect(to, `${path} imports ${spec}`).toBe('ui');
      }
    },
  );

  it('shared/ does not import ui/', () => {
    for (const { path, text } of read('shared')) {
      for (const spec of specifiers(text).filter((s) => s.startsWith('.'))) {
        expect(target(path, spec).startsWith('ui'), `${path} imports ${spec}`).toBe(false);
      }
    }
  });

  it('the site takes its tokens from ui/tokens.css and defines none of its own', () => {
    const theme = readFileSync(join(root, 'web/src/theme.css'), 'utf8');
    expect(theme).toContain('@import "../../ui/tokens.css";');
    expect(theme).not.toMatch(/--br-[\w-]+\s*:/);
  });
});
