// `build` with private pages on: sealed files in site/private, keys and links outside site/, rotation.
import { webcrypto } from 'node:crypto';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSummary, buildWorkbook } from '../../cli/commands/build';
import { writeDemo } from '../../cli/commands/demo';
import { parseCsv } from '../../cli/io/csv';
import {
  fromBase64url,
  openBundle,
  PAD_SIZES,
  parseFragment,
  type SubtleLike,
  validateBundle,
} from '../../shared/private';

const AS_OF = '2026-11-18';
const NOW = new Date(Date.UTC(2026, 10, 18, 17, 30));
const subtle = webcrypto.subtle as unknown as SubtleLike;

function links(out: string): Map<string, string> {
  const rows = parseCsv(readFileSync(join(out, 'private/links.csv'), 'utf8'));
  return new Map(rows.slice(1).map((r) => [String(r[0]), String(r[2])]));
}

async function open(out: string, link: string) {
  const f = parseFragment(new URL(link, 'https://x.example/').hash);
  if (!f) throw new Error(`bad link ${link}`);
  const file = new Uint8Array(readFileSync(join(out, 'site/private', `${f.id}.bin`)));
  return openBundle(subtle, file, f.id, fromBase64url(f.key) as Uint8Array);
}

describe('build with private_pages', () => {
  let out: string;
  let workbookDir: string;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bellringer-private-'));
    workbookDir = (await writeDemo(join(dir, 'demo'), 'private', AS_OF, 'demo')).workbookDir;
    appendFileSync(join(workbookDir, 'Settings.csv'), 'private_pages,all\n');
    out = join(dir, 'out');
    await buildWorkbook(workbookDir, { out, asOf: AS_OF, now: NOW });
  });

  it('seals one file per active rep, named by a random id, in one of the pad sizes', () => {
    const files = readdirSync(join(out, 'site/private'));
    expect(files.length).toBe(links(out).size);
    expect(files.length).toBeGreaterThan(3);
    for (const f of files) {
      expect(f).toMatch(/^[0-9a-f]{32}\.bin$/);
      expect(PAD_SIZES).toContain(statSync(join(out, 'site/private', f)).size);
    }
  });

  it('keeps keys and links out of the published folder, readable by the owner only', () => {
    const published = readdirSync(join(out, 'site'), { recursive: true }).map(String);
    expect(published.filter((f) => /keys|links/.test(f))).toEqual([]);
    expect(readdirSync(join(out, 'site/private')).every((f) => f.endsWith('.bin'))).toBe(true);
    for (const f of ['keys.json', 'links.csv'])
      expect(statSync(join(out, 'private', f)).mode & 0o077, f).toBe(0);
  });

  it("opens each rep's file with the key in that rep's link, and finds that rep's page", async () => {
    const reps = parseCsv(readFileSync(join(out, 'tabs/Commissions.csv'), 'utf8'));
    for (const [repId, link] of links(out)) {
      const opened = await open(out, link);
      expect(opened.kind, repId).toBe('ok');
      const page = opened.kind === 'ok' ? validateBundle(JSON.parse(opened.json)) : null;
      expect(page, repId).not.toBeNull();
      const own = reps.filter((r) => r[0] === repId);
      if (own.length > 0) expect(page?.name).toBe(own[0]?.[1]);
    }
  });

  it('keeps the same links on the next build, and rotating one rep changes only that link', async () => {
    const before = links(out);
    await buildWorkbook(workbookDir, { out, asOf: AS_OF, now: NOW });
    expect(links(out)).toEqual(before);
    const [first, second] = [...before.keys()];
    await buildWorkbook(workbookDir, {
      out,
      asOf: AS_OF,
      now: NOW,
      rotateKeys: [first as string],
    });
    const after = links(out);
    expect(after.get(first as string)).not.toBe(before.get(first as string));
    expect(after.get(second as string)).toBe(before.get(second as string));
    // The old link's file is gone: the rotated link stops working with this build.
    await expect(open(out, before.get(first as string) as string)).rejects.toThrow(/ENOENT/);
    expect((await open(out, after.get(first as string) as string)).kind).toBe('ok');
    expect(readdirSync(join(out, 'site/private')).length).toBe(after.size);
  });

  it.each([
    ['a lower-case id', 'r01', 'Did you mean R01'],
    ['an id no rep has', 'R99', 'Reps with a private page: R01'],
    ['a name', 'Alice', 'Reps with a private page: R01'],
  ])(
    'refuses to rotate %s, naming it and the valid ids, and changes no link',
    async (_, id, hint) => {
      const before = links(out);
      const keys = readFileSync(join(out, 'private/keys.json'), 'utf8');
      const run = buildWorkbook(workbookDir, { out, asOf: AS_OF, now: NOW, rotateKeys: [id] });
      await expect(run).rejects.toThrow(`unknown rep id "${id}"`);
      await expect(run).rejects.toThrow(hint);
      expect(links(out)).toEqual(before);
      expect(readFileSync(join(out, 'private/keys.json'), 'utf8')).toBe(keys);
    },
  );

  it('warns that the links cannot be sent as they are while Settings site_url is blank', async () => {
    const outcome = await buildWorkbook(workbookDir, { out, asOf: AS_OF, now: NOW });
    expect([...links(out).values()][0]).toMatch(/^private\.html#/);
    expect(buildSummary(outcome, out).join('\n')).toContain(
      'Settings site_url is blank, so the links in private/links.csv are relative',
    );
  });
});
