// Every view in real Chromium: renders the snapshot at phone and TV sizes, as text only, with no axe violations.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveStatic } from '../../../cli/serve';
import {
  type DataSource,
  PHONE,
  SAMPLE,
  SITE_DIR,
  TV_HD,
  axeViolations,
  launchBrowser,
  screenshot,
  serveSite,
  siteUrl,
  startDataSource,
  watchErrors,
} from './harness';

const VIEWS: { name: string; hash: string; expectText: string }[] = [
  { name: 'leaderboard', hash: '#/leaderboard', expectText: 'Eve Martin' },
  {
    name: 'leaderboard-table',
    hash: '#/leaderboard?period=month&lens=attainment',
    expectText: '% of target · November 2026',
  },
  { name: 'contests', hash: '#/contests', expectText: 'Rules hash' },
  { name: 'contest', hash: '#/contests/c-nov', expectText: 'Standings' },
  { name: 'contest-team', hash: '#/contests/c-teams', expectText: 'South' },
  { name: 'badges', hash: '#/badges', expectText: 'How to earn' },
  { name: 'rep', hash: '#/reps/r2', expectText: 'This is me' },
  { name: 'recognition', hash: '#/recognition', expectText: 'Hi-five for' },
];

let site: StaticServer;
let data: DataSource;
let browser: Browser;
let phone: Page;
let wide: Page;
let errors: string[];

beforeAll(async () => {
  data = await startDataSource(SAMPLE);
  // The data source runs on another port, so the site lists it as its owner would.
  [site, browser] = await Promise.all([serveSite(undefined, [data.url]), launchBrowser()]);
  phone = await browser.newPage({ viewport: PHONE, colorScheme: 'light' });
  wide = await browser.newPage({ viewport: TV_HD, colorScheme: 'dark' });
  errors = [...watchErrors(phone), ...watchErrors(wide)];
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await data?.close();
});

describe('site views in Chromium', () => {
  for (const [label, getPage] of [
    ['phone, light', () => phone],
    ['1080p, dark', () => wide],
  ] as const) {
    it.each(VIEWS)(
      `$name renders at ${label} with no axe violations`,
      async ({ name, hash, expectText }) => {
        const page = getPage();
        await page.goto(siteUrl(site.url, { data: data.url }, hash));
        await page.getByText(expectText).first().waitFor({ timeout: 5000 });
        if (name === 'leaderboard-table') await page.getByRole('button', { name: 'Table' }).click();
        await screenshot(page, `${name}-${label.startsWith('phone') ? 'phone' : 'tv'}`);
        const violations = await axeViolations(page);
        expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
        // No horizontal scrolling on a 360 px phone.
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
      },
    );
  }

  it('renders names, prizes and messages holding HTML as text, and runs none of it', async () => {
    for (const { hash, expectText } of VIEWS) {
      await phone.goto(siteUrl(site.url, { data: data.url }, hash));
      await phone.getByText(expectText).first().waitFor();
    }
    await phone.goto(siteUrl(site.url, { data: data.url }, '#/reps/r2'));
    await phone.getByText('<script>window.__pwned=1</script>Bob Stone').first().waitFor();
    await phone.goto(siteUrl(site.url, { data: data.url }, '#/contests'));
    await phone.getByText('Prize: Team dinner <script>window.__pwned=3</script>').first().waitFor();
    await phone.goto(siteUrl(site.url, { data: data.url, tv: '1', interval: '0.3' }));
    await phone.getByText('North Star <b>Sales</b>').first().waitFor();
    await phone.waitForTimeout(1500);
    expect(
      await phone.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    const planted = await phone.evaluate(() => {
      let count = 0;
      const walk = (root: Document | ShadowRoot) => {
        count += root.querySelectorAll('img[onerror], b, i, script:not([type="module"])').length;
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
      };
      walk(document);
      return count;
    });
    expect(planted).toBe(0);
  });

  it('navigates by keyboard: the nav links are reachable with Tab and move focus to the page', async () => {
    await wide.goto('about:blank');
    await wide.goto(siteUrl(site.url, { data: data.url }, '#/leaderboard'));
    await wide.getByText('Eve Martin').first().waitFor();
    let found = false;
    for (let i = 0; i < 8 && !found; i++) {
      await wide.keyboard.press('Tab');
      found = await wide.evaluate(() => {
        let el: Element | null = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return el?.textContent?.trim() === 'Contests';
      });
    }
    expect(found).toBe(true);
    await wide.keyboard.press('Enter');
    await wide.getByText('Rules hash').first().waitFor();
    expect(wide.url()).toContain('#/contests');
  });

  it('shows a friendly screen, not a blank page, when there is no snapshot', async () => {
    await phone.goto(siteUrl(site.url, { data: `${site.url}missing.json` }));
    await phone.getByText('The leaderboard data could not be loaded').waitFor();
    await expect(
      phone
        .getByText(/No snapshot was found .* \(404\)/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    // A phone or laptop keeps its "Try again" button (the TV retries by itself instead).
    expect(await phone.getByRole('button', { name: 'Try again' }).count()).toBe(1);
    await screenshot(phone, 'error-phone');
    expect(await axeViolations(phone)).toEqual([]);
  });

  it('works from any sub-path of a static host, reading ./snapshot.json beside it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'br-subpath-'));
    const sub = join(dir, 'intranet/sales board');
    cpSync(SITE_DIR, sub, { recursive: true });
    writeFileSync(join(sub, 'snapshot.json'), JSON.stringify(SAMPLE));
    const host = await serveStatic({ root: dir });
    try {
      await phone.goto(`${host.url}intranet/sales%20board/#/badges`);
      await phone.getByText('How to earn').first().waitFor();
      const html = readFileSync(join(SITE_DIR, 'index.html'), 'utf8');
      expect(html).not.toMatch(/(src|href)="\/(?!\/)/);
    } finally {
      await host.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('had no uncaught errors', () => {
    expect(errors).toEqual([]);
  });
});
