// `bellringer serve <out>`: a folder `build` wrote, served as the site with its snapshot, parts, private pages and badges.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ServeContext } from '../../cli/commands/serve';
import { main } from '../../cli/main';
import { serveStatic, siteDirs } from '../../cli/serve';

const dir = mkdtempSync(join(tmpdir(), 'bellringer-serve-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[], serve?: (c: ServeContext) => Promise<void>) {
  const lines: string[] = [];
  const code = await main(
    argv,
    { out: (l) => lines.push(l), err: (l) => lines.push(l) },
    serve ? { serve } : {},
  );
  return { code, text: lines.join('\n') };
}

describe('bellringer serve', () => {
  it('says to build first (exit 1) when the folder has no site snapshot', async () => {
    const { code, text } = await run(['serve', join(dir, 'nothing')], async () => {});
    expect(code).toBe(1);
    expect(text).toContain('run "bellringer build --input <workbook> --out');
  });

  it.each([
    [['serve'], 'serve needs one folder'],
    [['serve', 'a', 'b'], 'serve needs one folder'],
    [['serve', 'a', '--port', 'x'], '--port must be a port number'],
  ])('refuses the command line %j (exit 2)', async (argv, message) => {
    const { code, text } = await run(argv, async () => {});
    expect(code).toBe(2);
    expect(text).toContain(message);
  });

  it("hands the build's site folder and the port to the server", async () => {
    const out = join(dir, 'out');
    mkdirSync(join(out, 'site'), { recursive: true });
    writeFileSync(join(out, 'site', 'snapshot.json'), '{}');
    let got: ServeContext | null = null;
    const { code } = await run(['serve', out, '--port', '8123'], async (c) => {
      got = c;
    });
    expect(code).toBe(0);
    expect(got).toMatchObject({
      siteDir: join(out, 'site'),
      snapshotPath: join(out, 'site', 'snapshot.json'),
      port: 8123,
    });
  });

  it('serves the sealed private pages, badges and parts beside the snapshot, as a static host would', async () => {
    const web = join(dir, 'web');
    const site = join(dir, 'built', 'site');
    for (const d of [
      web,
      join(site, 'private'),
      join(site, 'badges'),
      join(site, 'snapshot.parts'),
    ])
      mkdirSync(d, { recursive: true });
    writeFileSync(join(web, 'index.html'), '<p>site</p>');
    writeFileSync(join(site, 'private', 'ab.bin'), 'sealed');
    writeFileSync(join(site, 'badges', 'b.json'), '{"badge":1}');
    const server = await serveStatic({
      root: web,
      files: { '/snapshot.json': join(site, 'snapshot.json') },
      dirs: siteDirs(site),
    });
    try {
      const get = async (p: string) => (await fetch(new URL(p, server.url))).text();
      expect(await get('/')).toBe('<p>site</p>');
      expect(await get('/private/ab.bin')).toBe('sealed');
      expect(await get('/badges/b.json')).toBe('{"badge":1}');
    } finally {
      await server.close();
    }
  });
});
