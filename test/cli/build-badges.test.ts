// `build`'s Open Badges: written with site_url and badge_issuer_email, removed (ours only) when turned off.
import {
  appendFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../cli/commands/build';
import { writeDemo } from '../../cli/commands/demo';
import { formatCsv, parseCsv } from '../../cli/io/csv';

const AS_OF = '2026-11-18';
const NOW = new Date(Date.UTC(2026, 10, 18, 17, 30));

describe('build with Open Badges', () => {
  let dir: string;
  let workbookDir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bellringer-badges-'));
    workbookDir = (await writeDemo(join(dir, 'demo'), 'badges', AS_OF, 'demo')).workbookDir;
  });

  it('writes nothing under site/badges without site_url and badge_issuer_email', async () => {
    const out = join(dir, 'off');
    const outcome = await buildWorkbook(workbookDir, { out, asOf: AS_OF, now: NOW });
    expect(outcome.badges?.assertions).toBe(0);
    expect(existsSync(join(out, 'site/badges'))).toBe(false);
  });

  it('writes the issuer, classes, images and assertions, then removes only its own files when turned off', async () => {
    const settings = join(workbookDir, 'Settings.csv');
    const before = readFileSync(settings, 'utf8');
    appendFileSync(
      settings,
      'site_url,https://team.example/\nbadge_issuer_email,ops@team.example\n',
    );
    const out = join(dir, 'on');
    const on = await buildWorkbook(workbookDir, { out, asOf: AS_OF, now: NOW });
    expect(on.badges?.assertions).toBeGreaterThan(0);
    expect(readdirSync(join(out, 'site/badges')).sort()).toEqual([
      'assertions',
      'classes',
      'images',
      'issuer.json',
      'revocations.json',
    ]);
    expect(readdirSync(join(out, 'site/badges/assertions')).length).toBe(on.badges?.assertions);
    // A file the manager put there is not Bellringer's: it stays.
    writeFileSync(join(out, 'site/badges/assertions/README.txt'), 'mine');
    writeFileSync(settings, before);
    const off = await buildWorkbook(workbookDir, { out, asOf: AS_OF, now: NOW });
    expect(off.badges?.removed).toBeGreaterThan(on.badges?.assertions ?? 0);
    expect(readdirSync(join(out, 'site/badges/assertions'))).toEqual(['README.txt']);
    expect(existsSync(join(out, 'site/badges/issuer.json'))).toBe(false);
    expect(existsSync(join(out, 'site/badges/revocations.json'))).toBe(false);
  });

  it("revokes a rep's assertions when the rep becomes private (their addresses answer revoked: true, the list names them), and restores them when public again", async () => {
    const settings = join(workbookDir, 'Settings.csv');
    const repsFile = join(workbookDir, 'Reps.csv');
    const [settingsBefore, repsBefore] = [
      readFileSync(settings, 'utf8'),
      readFileSync(repsFile, 'utf8'),
    ];
    appendFileSync(
      settings,
      'site_url,https://team.example/\nbadge_issuer_email,ops@team.example\n',
    );
    const out = join(dir, 'revoke');
    const site = join(out, 'site');
    const read = (f: string) =>
      JSON.parse(readFileSync(join(site, 'badges/assertions', f), 'utf8'));
    try {
      await buildWorkbook(workbookDir, { out, asOf: AS_OF, now: NOW });
      const files = readdirSync(join(site, 'badges/assertions'));
      const holder = (f: string) => String(read(f).evidence[0].id).split('/').pop() as string;
      const repId = holder(files[0] as string);
      const theirs = files.filter((f) => holder(f) === repId);
      const rows = parseCsv(repsBefore);
      const pub = rows[0]!.indexOf('public');
      writeFileSync(
        repsFile,
        formatCsv(
          rows.map((r, i) =>
            i > 0 && r[0] === repId ? r.map((c, k) => (k === pub ? 'no' : c)) : r,
          ),
        ),
      );
      const off = await buildWorkbook(workbookDir, { out, asOf: AS_OF, now: NOW });
      expect(off.badges?.revoked).toBe(theirs.length);
      for (const f of theirs) expect(read(f)).toMatchObject({ revoked: true });
      const list = JSON.parse(readFileSync(join(site, 'badges/revocations.json'), 'utf8'));
      expect(list.revokedAssertions.map((r: { id: string }) => r.id).sort()).toEqual(
        theirs.map((f) => `https://team.example/badges/assertions/${f}`).sort(),
      );
      // Nothing of the now-private rep is left in a revoked document: no recipient, no evidence.
      for (const f of theirs) expect(JSON.stringify(read(f))).not.toContain(repId);
      writeFileSync(repsFile, repsBefore);
      const back = await buildWorkbook(workbookDir, { out, asOf: AS_OF, now: NOW });
      expect(back.badges?.revoked).toBe(0);
      for (const f of theirs) expect(read(f).revoked).toBeUndefined();
    } finally {
      writeFileSync(settings, settingsBefore);
      writeFileSync(repsFile, repsBefore);
    }
  });
});
