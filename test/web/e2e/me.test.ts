// "Me" in Chromium: pick yourself once, the pinned bar with the gaps, you ±2, find me, and the rep page's today.
import type { Browser, BrowserContext, Page } from 'playwright-core';
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

const SIZES = [
  ['phone-360', { width: 360, height: 740 }],
  ['phone-390', { width: 390, height: 844 }],
  ['laptop', { width: 1366, height: 768 }],
  ['1080p', TV_HD],
  ['4k', TV_4K],
] as const;

let site: StaticServer;
let data: DataSource;
let big: DataSource;
let hidden: DataSource;
let browser: Browser;
const errors: string[] = [];

beforeAll(async () => {
  data = await startDataSource(SAMPLE);
  big = await startDataSource(makeSnapshot(1000));
  hidden = await startDataSource(makeSnapshot(40, { publishAmounts: false }));
  [site, browser] = await Promise.all([
    serveSite(undefined, [data.url, big.url, hidden.url]),
    launchBrowser(),
  ]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await Promise.all([data?.close(), big?.close(), hidden?.close()]);
});

/** A fresh device (its own localStorage) at a viewport size. */
async function device(viewport: { width: number; height: number }) {
  const context = await browser.newContext({ viewport, colorScheme: 'light' });
  const page = await context.newPage();
  errors.push(...watchErrors(page));
  return { context, page };
}

async function open(page: Page, source: DataSource, hash: string, text: string) {
  await page.goto(siteUrl(site.url, { data: source.url }, hash));
  await page.getByText(text).first().waitFor({ timeout: 10_000 });
}

const barText = (page: Page) =>
  page
    .locator('br-me-bar .bar')
    .evaluate((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());

describe.each(SIZES)('me at %s', (label, viewport) => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    ({ context, page } = await device(viewport));
  });
  afterAll(() => context?.close());

  it('picks "me" once, then pins and highlights my row with the gaps and you ±2', async () => {
    await open(page, data, '#/leaderboard?period=month&lens=revenue', 'Eve Martin');
    await page.getByLabel('Which one is you?').selectOption('r2');
    await page.locator('br-me-bar .rank').waitFor();
    expect(await barText(page)).toBe(
      'You: #5 of 6 · €2,200 behind #4 Anonymous rep · 23 percentage points to your target Find me',
    );
    // Pinned: the bar is on screen without scrolling, at the bottom edge on a long page.
    const bar = await page.locator('br-me-bar .bar').boundingBox();
    expect(bar!.y).toBeGreaterThanOrEqual(0);
    expect(bar!.y + bar!.height).toBeLessThanOrEqual(viewport.height + 0.5);
    // You ±2: ranks 3..6 (the board ends below me), my row highlighted there and on the board.
    const around = page.locator('.around br-bar-chart li');
    expect(await around.locator('.rank').allTextContents()).toEqual(['3', '4', '5', '6']);
    expect(await page.locator('.around br-bar-chart li.me .who').textContent()).toContain('You');
    const mine = page.locator('.board br-bar-chart li.me');
    expect(await mine.count()).toBe(1);
    expect(await mine.locator('.rank').textContent()).toBe('5');
    const outline = await mine.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');
    // Remembered on this device: a reload keeps it, with nothing sent (the URL carries no id).
    await page.reload();
    await page.locator('br-me-bar .rank').waitFor();
    expect(await barText(page)).toContain('You: #5 of 6');
    expect(page.url()).not.toContain('r2');
    await screenshot(page, `me-leaderboard-${label}`);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the other boards say the gap in their own unit; the table marks my row too', async () => {
    await open(page, data, '#/leaderboard?period=month&lens=attainment', 'Eve Martin');
    await page.locator('br-me-bar .rank').waitFor();
    expect(await barText(page)).toContain(
      'You: #4 of 5 · 21 percentage points behind #3 <img src=x onerror="window.__pwned=2">Cleo Park',
    );
    await page.getByRole('button', { name: 'Table' }).click();
    const row = page.locator('br-board-table tr.me');
    expect(await row.locator('td').first().textContent()).toBe('4');
    expect(await row.textContent()).toContain('You');
  });

  it('the rep page leads with today: pace ring and marker, next rank, changes, next badge', async () => {
    // This device picked r2 and saw 19 November's data: rank 6 on revenue, 70 % of target.
    await open(page, data, '#/leaderboard', 'Eve Martin');
    await page.evaluate(() => localStorage.setItem('bellringer:me', 'r2'));
    await page.evaluate(() =>
      localStorage.setItem(
        'bellringer:me-days',
        JSON.stringify([
          {
            day: '2026-11-19',
            ranks: { 'month|revenue': 6 },
            attainment: { month: 70 },
            badges: 1,
          },
        ]),
      ),
    );
    await open(page, data, '#/reps/r2', 'Pace today');
    // A new visit: the app reads the device's memory when it starts.
    await page.reload();
    await page.getByText('Pace today').first().waitFor();
    const today = page.locator('br-rep .today');
    // Text through nested shadow roots (textContent stops at br-rep-today's).
    const text = await today.evaluate((root) => {
      let out = '';
      const walk = (n: Node) => {
        if (n.nodeType === 3) out += n.textContent;
        const shadow = (n as Element).shadowRoot;
        if (shadow) shadow.childNodes.forEach(walk);
        n.childNodes.forEach(walk);
      };
      walk(root);
      return out.replace(/\s+/g, ' ');
    });
    expect(text).toContain('Today · data of 20 Nov 2026');
    expect(text).toContain('Pace today: 71.4% of target (15 of 21 working days)');
    expect(text).toContain('5.6 percentage points ahead of pace');
    expect(text).toContain('23 percentage points to your target');
    expect(text).toContain('Revenue this month: #5 of 6. €2,200 behind #4 Anonymous rep.');
    expect(text).toContain('Since 19 Nov 2026');
    expect(text).toContain('Revenue, this month: #6 → #5');
    expect(text).toContain('% of target this month: 70% → 77%');
    expect(text).toContain('Win 3 deals of €10,000 or more in one calendar month.');
    // The pace tick sits on the ring at 71.4 % of a turn (about 8.5 o'clock).
    const tick = await page.locator('br-rep-today br-ring line.pace').evaluate((l) => ({
      x: Number(l.getAttribute('x2')),
      y: Number(l.getAttribute('y2')),
    }));
    const turn = (Math.atan2(tick.x, -tick.y) / (2 * Math.PI) + 1) % 1;
    expect(turn).toBeCloseTo(0.714, 2);
    // Sheet rows stay behind "How is this computed?" until asked for.
    expect(
      await page
        .getByText(/Deals row/)
        .first()
        .isVisible(),
    ).toBe(false);
    // Today comes first: above the level card.
    const todayBox = await today.boundingBox();
    const levelBox = await page.locator('br-rep .facts').boundingBox();
    expect(todayBox!.y).toBeLessThan(levelBox!.y);
    const more = page.getByRole('button', { name: /^More/ });
    const moreTop = await more.evaluate((b) => b.getBoundingClientRect().top + window.scrollY);
    if (label === 'phone-390') expect(moreTop).toBeLessThanOrEqual(3 * viewport.height);
    await screenshot(page, `me-rep-${label}`);
    await more.click();
    await page.locator('br-rep-ranks table').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

describe('me on large and private boards', () => {
  it('find me opens the page holding my row on a 1,000-rep board and scrolls to it', async () => {
    const { context, page } = await device({ width: 390, height: 844 });
    await open(page, big, '#/leaderboard?period=month&lens=revenue', 'Ranks 1–25 of 1000');
    const board = makeSnapshot(1000).leaderboards.find(
      (b) => b.periodKind === 'month' && b.lens === 'revenue',
    )!;
    const mine = board.entries[612]!;
    await page.getByLabel('Which one is you?').selectOption(mine.repId!);
    await page.locator('br-me-bar .rank').waitFor();
    expect(await page.locator('.board br-bar-chart li.me').count()).toBe(0);
    await page.getByRole('button', { name: 'Find me' }).click();
    const row = page.locator('.board br-bar-chart li.me');
    await row.waitFor();
    expect(await row.locator('.rank').textContent()).toBe(String(mine.rank));
    expect(await page.locator('.pager .range').textContent()).toBe('Ranks 601–625 of 1000');
    const box = await row.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(844);
    const focused = await page.evaluate(() => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el?.closest('li')?.classList.contains('me') ?? false;
    });
    expect(focused).toBe(true);
    await screenshot(page, 'me-find-me-1000-phone-390');
    await context.close();
  });

  it('with amounts hidden, names the next rank but shows no money gap', async () => {
    const { context, page } = await device({ width: 360, height: 740 });
    const snap = makeSnapshot(40, { publishAmounts: false });
    const entry = snap.leaderboards.find((b) => b.periodKind === 'month' && b.lens === 'revenue')!
      .entries[9]!;
    await open(page, hidden, '#/leaderboard?period=month&lens=revenue', 'Ranks 1–25 of 40');
    await page.getByLabel('Which one is you?').selectOption(entry.repId!);
    await page.locator('br-me-bar .rank').waitFor();
    const text = await barText(page);
    expect(text).toMatch(
      /^You: #10 of 40 · Next: #9 .+ · (Target hit|[\d.]+ percentage points? to your target) Find me$/,
    );
    expect(text).not.toMatch(/[€$£]|\d,\d{3}/);
    await screenshot(page, 'me-amounts-hidden-phone-360');
    await context.close();
  });

  it('had no uncaught errors', () => {
    expect(errors).toEqual([]);
  });
});
