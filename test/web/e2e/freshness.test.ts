// Freshness in Chromium: the stamp shows the data day and the publish time, warns on old data, refuses older snapshots.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../../../cli/serve';
import { formatIsoDay } from '../../../shared/format';
import {
  type DataSource,
  SAMPLE,
  TV_4K,
  TV_HD,
  axeViolations,
  launchBrowser,
  screenshot,
  serveSite,
  siteUrl,
  startDataSource,
  watchErrors,
} from './harness';

const SIZES = [
  ['phone-360', { width: 360, height: 740 }],
  ['laptop', { width: 1366, height: 768 }],
  ['1080p', TV_HD],
  ['4k', TV_4K],
] as const;

/** The sample, published `agoMs` before now, describing `asOf` (default: today on the team's Berlin clock). */
function published(agoMs: number, asOf?: string, teamName?: string) {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
  const snap = structuredClone(SAMPLE) as {
    generatedAt: string;
    asOf: string;
    team: { name: string };
  };
  snap.generatedAt = new Date(Date.now() - agoMs).toISOString();
  snap.asOf = asOf ?? today;
  if (teamName) snap.team.name = teamName;
  return { snap, today };
}

let site: StaticServer;
let data: DataSource;
let browser: Browser;
const errors: string[] = [];

beforeAll(async () => {
  data = await startDataSource(published(0).snap);
  [site, browser] = await Promise.all([serveSite(undefined, [data.url]), launchBrowser()]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await data?.close();
});

const stamp = (page: Page) =>
  page.locator('br-stamp p').evaluate((p) => ({
    stale: p.getAttribute('data-stale'),
    text: (p.textContent ?? '').replace(/\s+/g, ' ').trim(),
  }));

// The site writes every day in the one day style (shared/format).
const dayWords = (iso: string) => formatIsoDay(iso);

describe.each(SIZES)('the freshness stamp at %s', (label, viewport) => {
  let page: Page;
  beforeAll(async () => {
    const context = await browser.newContext({ viewport, locale: 'en-US' });
    page = await context.newPage();
    errors.push(...watchErrors(page));
  });
  afterAll(() => page?.context().close());

  it("shows today's data day and a publish time of just now, calmly", async () => {
    const { snap, today } = published(0);
    data.snapshot = snap;
    await page.goto(siteUrl(site.url, { data: data.url }, '#/leaderboard'));
    await page.locator('br-stamp p').waitFor();
    const s = await stamp(page);
    expect(s.stale).toBe('false');
    expect(s.text).toMatch(
      new RegExp(`^Data of ${dayWords(today)} · published .+ GMT\\+1 \\(just now\\)$`),
    );
    await screenshot(page, `freshness-fresh-${label}`);
  });

  it('warns when the data is old even though the publish is new (a 2017 data set)', async () => {
    data.snapshot = published(4 * 60_000, '2017-12-31').snap;
    // Another address, so no newer copy is cached for it (the previous test's would rightly make
    // the page refuse this older publish).
    await page.goto(siteUrl(site.url, { data: `${data.url}?old-data` }, '#/leaderboard'));
    await page.locator('br-stamp p[data-stale="true"]').waitFor();
    const s = await stamp(page);
    expect(s.text).toMatch(
      /^⚠ Data of 31 Dec 2017 · published .+ \(4 min ago\)\. The data is \d{4} days old even though it was published 4 min ago\.$/,
    );
    const warning = await page
      .locator('br-stamp p')
      .evaluate((p) => getComputedStyle(p).fontWeight);
    expect(Number(warning)).toBeGreaterThanOrEqual(600);
    await screenshot(page, `freshness-old-data-${label}`);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('refuses an older snapshot than the one it shows, keeps the newer one and says so', async () => {
    data.snapshot = published(0, undefined, 'Newest Team').snap;
    await page.goto('about:blank');
    await page.goto(siteUrl(site.url, { data: data.url, refresh: '0.3' }, '#/leaderboard'));
    await page.getByRole('heading', { name: 'Newest Team' }).waitFor();
    data.snapshot = published(3_600_000, undefined, 'Older Team').snap;
    await page
      .getByText(
        /An older snapshot \(published .+\) was offered and not shown; this newer one stays\./,
      )
      .waitFor();
    expect(await page.getByRole('heading', { name: 'Newest Team' }).count()).toBe(1);
    expect(await page.getByText('Older Team').count()).toBe(0);
    expect((await stamp(page)).stale).toBe('false');
    await screenshot(page, `freshness-refused-older-${label}`);
    // A newer one is taken at once, and the note goes.
    data.snapshot = published(-1000, undefined, 'Newer Again').snap;
    await page.getByRole('heading', { name: 'Newer Again' }).waitFor();
    expect((await stamp(page)).text).not.toContain('older snapshot');
  });
});

describe('freshness, overall', () => {
  it('had no uncaught errors', () => {
    expect(errors).toEqual([]);
  });
});
