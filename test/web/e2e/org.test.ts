// The org page in Chromium: 50 teams × 20 reps merged into one league, one team unreachable and one stale.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../../../cli/serve';
import { makeSnapshot } from '../fixtures/make-snapshot';
import { axeViolations, launchBrowser, serveSite, watchErrors } from './harness';

const TEAMS = 50;
let dir: string;
let site: StaticServer;
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'br-org-'));
  const files: Record<string, string> = {};
  const teams = Array.from({ length: TEAMS }, (_, i) => ({
    name: `Team ${String(i + 1).padStart(2, '0')}`,
    url: `teams/t${i + 1}.json`,
  }));
  const now = Date.now();
  teams.forEach((t, i) => {
    // Team 07 is unreachable (no file); Team 13's data is three days old.
    if (i === 6) return;
    const generatedAt = new Date(i === 12 ? now - 3 * 86_400_000 : now - 600_000).toISOString();
    const snap = makeSnapshot(20, { generatedAt, seed: i + 1 });
    snap.team = { ...snap.team, name: t.name };
    const path = join(dir, `t${i + 1}.json`);
    writeFileSync(path, JSON.stringify(snap));
    files[`/teams/t${i + 1}.json`] = path;
  });
  const config = join(dir, 'org.json');
  writeFileSync(
    config,
    JSON.stringify({ schema: 'bellringer.org', name: 'Summit Sales Org', teams }),
  );
  files['/org.json'] = config;
  [site, browser] = await Promise.all([serveSite(files), launchBrowser()]);
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  errors = watchErrors(page);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const rows = () =>
  page.evaluate(() =>
    [...(document.querySelector('br-org')?.shadowRoot?.querySelectorAll('tbody tr') ?? [])].map(
      (tr) => ({
        status: tr.getAttribute('data-status'),
        cells: [...tr.children].map((c) => c.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
      }),
    ),
  );

describe('the org page with 50 teams', { timeout: 60_000 }, () => {
  it('ranks the teams that loaded, lists the unreachable one unranked with no zero, and marks the stale one', async () => {
    await page.goto(`${site.url}org.html`);
    await page.getByText('League of teams').waitFor({ timeout: 20_000 });
    const all = await rows();
    expect(all).toHaveLength(TEAMS);
    const gone = all.find((r) => r.cells[1] === 'Team 07')!;
    expect(gone.status).toBe('unreachable');
    expect(gone.cells[0]).toBe('–');
    expect(gone.cells.slice(3)).toEqual(['–', '–', '–']);
    expect(gone.cells[2]).toMatch(/Not loaded: No snapshot was found/);
    const stale = all.find((r) => r.cells[1] === 'Team 13')!;
    expect(stale.status).toBe('stale');
    expect(stale.cells[2]).toMatch(/not updated since/);
    expect(stale.cells[4]).toMatch(/%/);
    const ranked = all.filter((r) => r.cells[0] !== '–');
    expect(ranked).toHaveLength(TEAMS - 1);
    expect(ranked.map((r) => Number(r.cells[0]))).toEqual(ranked.map((_, i) => i + 1));
    // The unranked team comes last: a failure never sorts as a low score.
    expect(all.at(-1)!.cells[1]).toBe('Team 07');
    expect(errors).toEqual([]);
  });

  it('shows the top reps across teams and the live contests, with no axe violations', async () => {
    const text = await page.evaluate(
      () => document.querySelector('br-org')?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '',
    );
    expect(text).toMatch(/Top reps across teams .*\(Team \d\d\): [\d.]+%/);
    expect(text).toMatch(/Live contests/);
    expect(await axeViolations(page)).toEqual([]);
  });
});
