// The Maven CRM workbook's snapshot in every view and the TV, in Chromium (only with BELLRINGER_DATASETS).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import type { StaticServer } from '../../cli/serve';
import type { Snapshot } from '../../shared/snapshot';
import {
  axeViolations,
  launchBrowser,
  screenshot,
  serveSite,
  siteUrl,
  TV_HD,
  watchErrors,
} from '../web/e2e/harness';
import { datasetDir } from './location';

const quiet = { out: () => {}, err: () => {} };
const SOURCE = datasetDir('maven-crm', ['sales_pipeline.csv', 'sales_teams.csv']);
let dir: string;
let maven: Snapshot;
let site: StaticServer;
let browser: Browser;
let tv: Page;
let errors: string[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'br-site-maven-'));
  const now = new Date();
  const wb = join(dir, 'maven-wb');
  expect(await main(['import-maven', '--source', SOURCE, '--out', wb], quiet, { now })).toBe(0);
  const build = ['build', '--input', wb, '--out', join(dir, 'maven'), '--as-of', '2017-12-29'];
  expect(await main(build, quiet, { now })).toBe(0);
  const path = join(dir, 'maven/site/snapshot.json');
  maven = JSON.parse(readFileSync(path, 'utf8'));
  [site, browser] = await Promise.all([serveSite({ '/maven.json': path }), launchBrowser()]);
  tv = await browser.newPage({ viewport: TV_HD });
  errors = watchErrors(tv);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function visit(page: Page, params: Record<string, string>, hash: string, text: string) {
  await page.goto('about:blank');
  await page.goto(siteUrl(site.url, params, hash));
  await page.getByText(text).first().waitFor();
}

describe("the CLI's snapshot of the Maven workbook in Chromium", () => {
  it('renders every view and the TV wall', async () => {
    const params = { data: './maven.json' };
    await visit(tv, params, '#/leaderboard?period=year&lens=revenue', 'Leaderboard');
    // "Leaderboard" is also the nav link, there before the data: wait for the chart itself.
    await tv.locator('br-bar-chart li').first().waitFor();
    expect(await tv.locator('br-bar-chart li').count()).toBeGreaterThan(0);
    await visit(tv, params, '#/contests', 'Contests');
    await visit(tv, params, '#/badges', 'How to earn');
    // The rep page leads with today; earned badges sit behind "More".
    await visit(tv, params, `#/reps/${encodeURIComponent(maven.reps[0]!.id)}`, 'Today');
    await tv.getByRole('button', { name: /^More/ }).click();
    await tv.getByText('Badges earned').first().waitFor();
    await visit(tv, params, '#/recognition', 'Show more');
    await screenshot(tv, 'maven-recognition-tv');
    expect(await axeViolations(tv)).toEqual([]);
    const wall = { ...params, tv: '1', slides: 'leaderboard,recognition', interval: '0.5' };
    await visit(tv, wall, '', maven.team.name);
    await screenshot(tv, 'maven-tv');
  }, 120_000);

  it('had no uncaught errors', () => {
    expect(errors).toEqual([]);
  });
});
