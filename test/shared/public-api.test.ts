// docs/architecture.md names every engine module and, in a generated list, exactly what each index exports.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const docPath = join(root, 'docs/architecture.md');
const BEGIN = '<!-- public-api:begin';
const END = '<!-- public-api:end -->';

/** The engine's modules: the folders of shared/ with an index, alphabetically. */
const modules = readdirSync(join(root, 'shared'))
  .filter(
    (name) =>
      statSync(join(root, 'shared', name)).isDirectory() &&
      statSync(join(root, 'shared', name, 'index.ts'), { throwIfNoEntry: false })?.isFile(),
  )
  .sort();

/** The names an index re-exports, in its order; `type` marks the type-only ones. */
function exportedNames(indexText: string): string[] {
  const code = indexText.replace(/\/\/.*$/gm, '');
  return [...code.matchAll(/export\s+(type\s+)?\{([^}]*)\}/g)].flatMap(([, allTypes, body]) =>
    body!
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== '')
      .map((item) => {
        const name = item
          .replace(/^type\s+/, '')
          .split(/\s+as\s+/)
          .pop()!;
        return allTypes || item.startsWith('type ') ? `type ${name}` : name;
      }),
  );
}

/** The generated section: one line per module with every name its index exports. */
function apiSection(indexes: Readonly<Record<string, string>>): string {
  const lines = Object.entries(indexes).map(([module, text]) => {
    const names = exportedNames(text).map((n) => '`' + n + '`');
    return `- **${module}** (${names.length}): ${names.join(', ')}`;
  });
  return [
    `${BEGIN} (generated from shared/*/index.ts by test/shared/public-api.test.ts; UPDATE_DOCS=1 rewrites it) -->`,
    ...lines,
    END,
  ].join('\n');
}

const indexes = Object.fromEntries(
  modules.map((m) => [m, readFileSync(join(root, 'shared', m, 'index.ts'), 'utf8')]),
);
const doc = readFileSync(docPath, 'utf8');

function currentSection(text: string): string | null {
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  return start < 0 || end < start ? null : text.slice(start, end + END.length);
}

describe('docs/architecture.md and the module indexes', () => {
  it('finds the modules', () => {
    expect(modules).toEqual(expect.arrayContaining(['badges', 'metrics', 'outputs', 'workbook']));
  });

  it.each(modules)('names the module %s in the folder list', (module) => {
    expect(doc).toMatch(new RegExp(`^  ${module}/ `, 'm'));
  });

  it('lists exactly what each index exports (UPDATE_DOCS=1 rewrites the list)', () => {
    const expected = apiSection(indexes);
    const found = currentSection(doc);
    if (process.env.UPDATE_DOCS === '1' && found !== null && found !== expected)
      writeFileSync(docPath, doc.replace(found, expected));
    expect(found).toBe(expected);
  });

  it.each([
    ['a plain name', "export { a, b } from './x';", ['a', 'b']],
    ['a type in a list', "export { type A, b } from './x';", ['type A', 'b']],
    ['a type-only list', "export type { A, B } from './x';", ['type A', 'type B']],
    ['a renamed name', "export { a as b } from './x';", ['b']],
  ])('reads %s from an index (control)', (_, text, names) => {
    expect(exportedNames(text)).toEqual(names);
  });

  it('sees a name added to an index but not to the list (control)', () => {
    const [first] = modules;
    const grown = { ...indexes, [first!]: `${indexes[first!]}\nexport { planted } from './x';\n` };
    expect(apiSection(grown)).not.toBe(apiSection(indexes));
    expect(apiSection(grown)).toContain('`planted`');
  });
});
