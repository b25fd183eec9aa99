// Each command's --help against the docs: README's documented options, option descriptions, import's exit codes, the add-on's built pages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main';

const ROOT = join(__dirname, '../..');
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');
const COMMANDS = ['start', 'build', 'serve', 'demo', 'import', 'import-maven'];

async function help(command: string): Promise<string> {
  const lines: string[] = [];
  const code = await main([command, '--help'], { out: (l) => lines.push(l), err: () => {} });
  expect(code).toBe(0);
  return lines.join('\n');
}

/** The options README's CLI table gives a command, from the syntax cell of each of its rows. */
function readmeOptions(command: string): string[] {
  const rows = read('README.md')
    .split('\n')
    .filter((l) => l.startsWith(`| \`${command} `) || l.startsWith(`| \`${command}\``));
  return [...new Set(rows.flatMap((r) => r.split(' | ')[0]!.match(/--[a-z-]+/g) ?? []))];
}

describe('bellringer <command> --help agrees with the docs', () => {
  it.each(COMMANDS)(
    'README documents %s, and its --help names every option README gives',
    async (command) => {
      const text = await help(command);
      expect(read('README.md')).toMatch(new RegExp(`\\| \`${command}[ \`]`));
      for (const option of readmeOptions(command)) expect(text, option).toContain(option);
    },
  );

  it.each(COMMANDS)(
    '%s --help describes each optional option of its usage line',
    async (command) => {
      const text = await help(command);
      const usage = text.split('\n')[0]!;
      const optional = [...usage.matchAll(/\[(--[a-z-]+)/g)].map((m) => m[1]!);
      for (const option of optional) expect(text, option).toMatch(new RegExp(`\\n +${option}\\b`));
    },
  );

  it('import --help lists every exit code docs/import.md documents', async () => {
    const docs = /Exit codes:([^\n]*\n){1,3}/.exec(read('docs/import.md'))![0];
    const documented = [...docs.matchAll(/\b([0-3]) [a-z]/g)].map((m) => m[1]!);
    expect(documented.sort()).toEqual(['0', '1', '2', '3']);
    const text = (await help('import')).replace(/\s+/g, ' ');
    for (const code of documented) expect(text).toMatch(new RegExp(`(Exit|;) ${code} `));
  });

  it('docs/addon.md lists every page the add-on build writes into dist/appsscript', () => {
    const pages = [...read('scripts/build-appsscript.mjs').matchAll(/^ {2}(\w+): await page\(/gm)];
    expect(pages.length).toBeGreaterThan(3);
    const listed = /This builds `dist\/appsscript\/` \(([^)]*)\)/.exec(read('docs/addon.md'))![1]!;
    for (const [, name] of pages) expect(listed).toContain(`\`${name}.html\``);
  });
});
