// Phones first, in Chromium: a compact header, 44 px touch targets, no sideways scroll, paged boards, loading progress.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../../../cli/serve';
import { makeSnapshot } from '../fixtures/make-snapshot';
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

const PHONES = [
  ['phone-360', { width: 360, height: 740 }],
  ['phone-390', { width: 390, height: 844 }],
] as const;
const WIDE = [
  ['laptop', { width: 1366, height: 768 }],
  ['1080p', TV_HD],
  ['4k', TV_4K],
] as const;
const VIEWS = [
  ['leaderboard', '#/leaderboard?period=month&lens=revenue', 'Eve Martin'],
  ['contests', '#/contests', 'Rules hash'],
  ['contest', '#/contests/c-nov', 'Standings'],
  ['badges', '#/badges', 'How to earn'],
  ['rep', '#/reps/r1', 'Pace today'],
  ['recognition', '#/recognition', 'Hi-five for'],
] as const;

let site: StaticServer;
let data: DataSource;
let big: DataSource;
let slow: { url: string; close: () => Promise<void> };
let browser: Browser;
const errors: string[] = [];

/**
 * Serves a 1,000-rep snapshot (about 2.3 MB) in 40 pieces 60 ms apart with its length announced,
 * as a slow phone line would deliver it.
 */
async function startSlowSource(body: string) {
  const bytes = Buffer.from(body);
  const server = createServer((_, res) => {
    res.writeHead(200, {
      'access-control-allow-origin': '*',
      'content-type': 'application/json',
      'content-length': String(bytes.length),
      'cache-control': 'no-store',
    });
    const size = Math.ceil(bytes.length / 40);
    let i = 0;
    const timer = setInterval(() => {
      if (i * size >= bytes.length) {
        clearInterval(timer);
        res.end();
        return;
      }
      res.write(bytes.subarray(i * size, (i + 1) * size));
      i++;
    }, 60);
    res.on('close', () => clearInterval(timer));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/snapshot.json`,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

beforeAll(async () => {
  data = await startDataSource(SAMPLE);
  const thousand = makeSnapshot(1000);
  big = await startDataSource(thousand);
  slow = await startSlowSource(JSON.stringify(thousand));
  [site, browser] = await Promise.all([
    serveSite(undefined, [data.url, big.url, slow.url]),
    launchBrowser(),
  ]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await Promise.all([data?.close(), big?.close(), slow?.close()]);
});

async function newPage(viewport: { width: number; height: number }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  errors.push(...watchErrors(page));
  return page;
}

/** Every visible control through shadow roots that is smaller than 44 px in height (or width), described. */
const smallTargets = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll(
        'button, select, input, summary, nav a, .segmented a',
      )) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        if (r.height < 43.5 || r.width < 43.5)
          out.push(
            `${el.tagName} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(r.width)}x${Math.round(r.height)}`,
          );
      }
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
    };
    walk(document);
    return out;
  });

describe.each(PHONES)('phones first at %s', (label, viewport) => {
  let page: Page;
  beforeAll(async () => {
    page = await newPage(viewport);
  });

  it.each(VIEWS)(
    '%s: compact header, 44 px targets, no sideways scroll, no axe violations',
    async (name, hash, text) => {
      await page.goto(siteUrl(site.url, { data: data.url }, hash));
      await page.getByText(text).first().waitFor({ timeout: 10_000 });
      if (name === 'rep') await page.getByRole('button', { name: /^More/ }).click();
      // The header (team name and the four tabs on one line) stays under an eighth of the screen.
      const header = await page.locator('br-app header').boundingBox();
      expect(header!.height).toBeLessThanOrEqual(viewport.height / 8);
      const tabs = await page.evaluate(() =>
        [
          ...(document.querySelector('br-app')?.shadowRoot?.querySelectorAll('header nav a') ?? []),
        ].map((a) => a.getBoundingClientRect().top),
      );
      expect(new Set(tabs).size, JSON.stringify(tabs)).toBe(1);
      expect(await smallTargets(page)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, `phone-${name}-${label}`);
      expect(await axeViolations(page)).toEqual([]);
    },
  );

  it('the leaderboard table stacks its rows so it fits without sideways scroll', async () => {
    await page.goto(
      siteUrl(site.url, { data: data.url }, '#/leaderboard?period=month&lens=attainment'),
    );
    await page.getByText('Eve Martin').first().waitFor();
    await page.getByRole('button', { name: 'Table' }).click();
    const table = page.locator('br-board-table table');
    const box = await table.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(viewport.width);
    const scroll = await table.evaluate((t) => t.scrollWidth - t.clientWidth);
    expect(scroll).toBeLessThanOrEqual(0);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - innerWidth),
    ).toBeLessThanOrEqual(0);
    await screenshot(page, `phone-leaderboard-table-${label}`);
  });

  it('a 1,000-rep board is paged by 25 with a search, and the first rank is on the first screen', async () => {
    await page.goto(
      siteUrl(site.url, { data: big.url }, '#/leaderboard?period=month&lens=revenue'),
    );
    await page.getByText('Ranks 1–25 of 1000').waitFor({ timeout: 15_000 });
    expect(await page.locator('.board br-bar-chart li').count()).toBe(25);
    const first = await page.locator('.board br-bar-chart li').first().boundingBox();
    expect(first!.y + first!.height).toBeLessThanOrEqual(viewport.height);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(4000);
    await page.getByRole('button', { name: 'Next 25' }).click();
    await page.getByText('Ranks 26–50 of 1000').waitFor();
    expect(await page.locator('.board br-bar-chart li .rank').first().textContent()).toBe('26');
    await page.getByLabel('Find a rep by name').fill('hana');
    await page.getByText(/^Matches 1–25 of \d+$/).waitFor();
    const names = await page.locator('.board br-bar-chart li .who a').allTextContents();
    expect(names.length).toBe(25);
    for (const n of names) expect(n).toMatch(/^Hana /);
    await page.getByLabel('Find a rep by name').fill('Hana Martin 44');
    await page.getByText('Matches 1–1 of 1').waitFor();
    await screenshot(page, `phone-leaderboard-1000-search-${label}`);
  });
});

describe.each(WIDE)('wide screens at %s', (label, viewport) => {
  it.each(VIEWS)('%s fits the width and keeps the pills', async (name, hash, text) => {
    const page = await newPage(viewport);
    await page.goto(siteUrl(site.url, { data: data.url }, hash));
    await page.getByText(text).first().waitFor({ timeout: 10_000 });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - innerWidth),
    ).toBeLessThanOrEqual(0);
    if (name === 'leaderboard') {
      expect(await page.locator('nav.pills').first().isVisible()).toBe(true);
      expect(await page.locator('.pickers').isVisible()).toBe(false);
    }
    await screenshot(page, `wide-${name}-${label}`);
    await page.close();
  });
});

// A busy machine makes a 2.3 MB load slow: a generous ceiling, the pacing is the source's.
describe('loading a big snapshot on a slow line', { timeout: 60_000 }, () => {
  it('shows the download moving, then the board: no hard deadline', async () => {
    const page = await newPage({ width: 390, height: 844 });
    await page.goto(siteUrl(site.url, { data: slow.url }, '#/leaderboard'));
    const bar = page.locator('br-status-screen progress');
    await bar.waitFor({ timeout: 10_000 });
    const seen = new Set<string>();
    // Sample the progress text while it loads (about 2.4 s for 40 pieces).
    for (let i = 0; i < 40 && (await bar.count()) > 0; i++) {
      const t = await page
        .locator('br-status-screen .progress')
        .textContent()
        .catch(() => null);
      if (t) seen.add(t);
      await page.waitForTimeout(50);
    }
    expect(seen.size).toBeGreaterThan(1);
    for (const t of seen) expect(t).toMatch(/^\d+\.\d MB of 2\.\d MB \(\d+%\)$/);
    await page.getByText('Ranks 1–25 of 1000').waitFor({ timeout: 15_000 });
    await page.close();
  });

  it('had no uncaught errors', () => {
    expect(errors).toEqual([]);
  });
});
