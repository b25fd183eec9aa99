// The org page's first board in Chromium: 50 team snapshots of 20 reps each, one unreachable and one stale.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { makeSnapshot } from '../../test/web/fixtures/make-snapshot';
import { serveStatic } from '../serve';

export const ORG_TEAMS = 50;
export const ORG_REPS = 20;
/** Issue 15: the org page's first board under 2 s. */
export const ORG_BOARD_MS = 2000;

/** ms from navigation start until the league's first row is on screen, in a fresh page each run. */
export async function orgBoardVisible(
  browser: Browser,
  siteDir: string,
  runs: number,
): Promise<number[]> {
  const tmp = mkdtempSync(join(tmpdir(), 'br-bench-org-'));
  const files: Record<string, string> = {};
  const now = Date.now();
  const teams = Array.from({ length: ORG_TEAMS }, (_, i) => ({
    name: `Team ${i + 1}`,
    url: `teams/t${i + 1}.json`,
  }));
  teams.forEach((_, i) => {
    if (i === 6) return; // unreachable: no file
    const generatedAt = new Date(i === 12 ? now - 3 * 86_400_000 : now).toISOString();
    const path = join(tmp, `t${i + 1}.json`);
    writeFileSync(path, JSON.stringify(makeSnapshot(ORG_REPS, { generatedAt, seed: i + 1 })));
    files[`/teams/t${i + 1}.json`] = path;
  });
  files['/org.json'] = join(tmp, 'org.json');
  writeFileSync(
    files['/org.json'],
    JSON.stringify({ schema: 'bellringer.org', name: 'Org', teams }),
  );
  const server = await serveStatic({ root: siteDir, files });
  try {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${server.url}org.html`, { waitUntil: 'commit' });
      await page.locator('br-org tbody tr').first().waitFor({ state: 'visible', timeout: 20_000 });
      times.push(await page.evaluate(() => performance.now()));
      await context.close();
    }
    return times;
  } finally {
    await server.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}
