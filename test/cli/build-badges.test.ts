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
    ]);
    expect(readdirSync(join(out, 'site/badges/assertions')).length).toBe(on.badges?.assertions);
    // A file the manager put there is not Bellringer's: it stays.
    writeFileSync(join(out, 'site/badges/assertions/README.txt'), 'mine');
    writeFileSync(settings, before);
    const off = await buildWorkbook(workbookDir, { out, asOf: AS_OF, now: NOW });
    expect(off.badges?.removed).toBeGreaterThan(on.badges?.assertions ?? 0);
    expect(readdirSync(join(out, 'site/badges/assertions'))).toEqual(['README.txt']);
    expect(existsSync(join(out, 'site/badges/issuer.json'))).toBe(false);
  });
});
