// In Chromium: rows glide to their new ranks (still under reduced motion), and the first view loads only its own JS.
import { basename } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../../../cli/serve';
import { pageJs } from '../../../cli/bench/web-size';
import {
  type DataSource,
  SAMPLE,
  SITE_DIR,
  axeViolations,
  launchBrowser,
  screenshot,
  serveSite,
  siteUrl,
  startDataSource,
  watchErrors,
} from './harness';

type Entry = { rank: number; repId: string | null; value: number | null };
type Board = { periodKind: string; lens: string; entries: Entry[] };

/** The sample one poll later: on the month's revenue board r3 (3rd) and r5 (1st) swap places. */
function swapped(): Record<string, unknown> {
  const next = structuredClone(SAMPLE) as { generatedAt: string; leaderboards: Board[] };
  next.generatedAt = '2026-11-20T09:05:00.000Z';
  const board = next.leaderboards.find((b) => b.periodKind === 'month' && b.lens === 'revenue')!;
  const [first, , third] = board.entries;
  [first!.repId, third!.repId] = [third!.repId, first!.repId];
  return next;
}

let site: StaticServer;
let browser: Browser;
let data: DataSource;
const errors: string[] = [];

beforeAll(async () => {
  data = await startDataSource(SAMPLE);
  [site, browser] = await Promise.all([serveSite(undefined, [data.url]), launchBrowser()]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await data?.close();
});

/**
 * A device at laptop size that logs every Web Animation the page starts (element key and
 * keyframes), so a test can tell "nothing moved" from "it moved and finished already".
 */
async function device(reducedMotion: 'reduce' | 'no-preference'): Promise<{
  context: BrowserContext;
  page: Page;
}> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    reducedMotion,
  });
  await context.addInitScript(() => {
    const log: { key: string; frames: string }[] = [];
    (window as unknown as { __animations: typeof log }).__animations = log;
    const animate = Element.prototype.animate;
    Element.prototype.animate = function (this: Element, frames, options) {
      log.push({ key: (this as HTMLElement).dataset?.key ?? '', frames: JSON.stringify(frames) });
      return animate.call(this, frames, options);
    };
  });
  const page = await context.newPage();
  errors.push(...watchErrors(page));
  return { context, page };
}

/** The main board's rows, top to bottom as drawn: key, rank and top edge (transforms included). */
function boardRows(page: Page) {
  return page.locator('br-leaderboard .board br-bar-chart').evaluate((chart) =>
    [...(chart.shadowRoot?.querySelectorAll('li') ?? [])].map((li) => ({
      key: li.dataset.key ?? '',
      rank: li.querySelector('.rank')?.textContent ?? '',
      top: li.getBoundingClientRect().top,
      running: li.getAnimations().length,
    })),
  );
}

const animations = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __animations: { key: string; frames: string }[] }).__animations,
  );

/** Serves the swapped snapshot and polls now; resolves when the board shows r3 first. */
async function newSnapshot(page: Page): Promise<void> {
  data.snapshot = swapped();
  await page.evaluate(() =>
    (document.querySelector('br-app') as unknown as { reload(): Promise<unknown> }).reload(),
  );
  await page.waitForFunction(() => {
    const chart = document
      .querySelector('br-app')
      ?.shadowRoot?.querySelector('br-leaderboard')
      ?.shadowRoot?.querySelector('.board br-bar-chart');
    return chart?.shadowRoot?.querySelector('li')?.dataset.key === 'r3';
  });
}

async function openBoard(page: Page): Promise<void> {
  data.snapshot = SAMPLE;
  await page.goto(siteUrl(site.url, { data: data.url }, '#/leaderboard?period=month&lens=revenue'));
  await page.locator('br-leaderboard .board br-bar-chart li').first().waitFor();
}

describe('animated re-ranking', () => {
  it('a new snapshot moves rows to their new ranks with a short glide, then they stand in rank order', async () => {
    const { context, page } = await device('no-preference');
    await openBoard(page);
    const before = await boardRows(page);
    expect(before.slice(0, 3).map((r) => r.key)).toEqual(['r5', 'r1', 'r3']);
    await newSnapshot(page);
    const during = await boardRows(page);
    // The two reps who swapped glide (a transform from their old place); the one between stays.
    const moved = (await animations(page)).filter((a) => a.frames.includes('translateY'));
    expect(moved.map((a) => a.key).sort()).toEqual(['r3', 'r5']);
    const fromR3 = JSON.parse(moved.find((a) => a.key === 'r3')!.frames)[0].transform as string;
    // r3 starts where it stood (two rows lower) and rises.
    const startOffset = Number(/translateY\((-?[\d.]+)px\)/.exec(fromR3)![1]);
    expect(startOffset).toBeCloseTo(before[2]!.top - before[0]!.top, 0);
    expect(during.find((r) => r.key === 'r1')!.running).toBe(0);
    // Once the glide is over, the rows stand in the new order, each below the one before.
    await page.waitForFunction(() => {
      const chart = document
        .querySelector('br-app')
        ?.shadowRoot?.querySelector('br-leaderboard')
        ?.shadowRoot?.querySelector('.board br-bar-chart');
      return [...(chart?.shadowRoot?.querySelectorAll('li') ?? [])].every(
        (li) => li.getAnimations().length === 0,
      );
    });
    const after = await boardRows(page);
    expect(after.slice(0, 3).map((r) => [r.key, r.rank])).toEqual([
      ['r3', '1'],
      ['r1', '2'],
      ['r5', '3'],
    ]);
    expect(after.map((r) => r.top)).toEqual([...after.map((r) => r.top)].sort((a, b) => a - b));
    expect(after.map((r) => Math.round(r.top))).toEqual(before.map((r) => Math.round(r.top)));
    await screenshot(page, 'rerank-after-laptop');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('changing the lens moves the reps who change rank', async () => {
    const { context, page } = await device('no-preference');
    await openBoard(page);
    await page.locator('br-leaderboard nav.pills a', { hasText: '% of target' }).click();
    await page.waitForFunction(() => location.hash.includes('lens=attainment'));
    await expect
      .poll(
        async () => (await animations(page)).filter((a) => a.frames.includes('translateY')).length,
      )
      .toBeGreaterThan(0);
    await context.close();
  });

  it('under prefers-reduced-motion the ranks just update: no animation, no transition', async () => {
    const { context, page } = await device('reduce');
    await openBoard(page);
    await newSnapshot(page);
    const rows = await boardRows(page);
    expect(rows.slice(0, 3).map((r) => [r.key, r.rank])).toEqual([
      ['r3', '1'],
      ['r1', '2'],
      ['r5', '3'],
    ]);
    expect(rows.every((r) => r.running === 0)).toBe(true);
    expect(await animations(page)).toEqual([]);
    const transition = await page
      .locator('br-leaderboard .board br-bar-chart .bar')
      .first()
      .evaluate((bar) => getComputedStyle(bar).transitionDuration);
    expect(transition).toBe('0s');
    await context.close();
  });
});

describe('code split', () => {
  it('the leaderboard loads only the first-load chunks; other views and the wall load theirs when opened', async () => {
    const js = pageJs(SITE_DIR, 'index.html');
    const first = js.firstLoad.map((f) => basename(f.file)).sort();
    const lazy = new Set(js.lazy.map((f) => basename(f.file)));
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    errors.push(...watchErrors(page));
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('.js')) fetched.push(basename(new URL(r.url()).pathname));
    });
    data.snapshot = SAMPLE;
    await page.goto(siteUrl(site.url, { data: data.url }, '#/leaderboard'));
    await page.locator('br-leaderboard .board br-bar-chart li').first().waitFor();
    expect([...new Set(fetched)].sort()).toEqual(first);
    // A rep page fetches its chunk on the way.
    fetched.length = 0;
    await page.evaluate(() => {
      location.hash = '#/reps/r1';
    });
    await page.locator('br-rep h2').first().waitFor();
    expect(fetched.length).toBeGreaterThan(0);
    expect(fetched.every((f) => lazy.has(f))).toBe(true);
    await context.close();
  });

  it('the TV wall loads its chunk and shows its first slide', async () => {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    errors.push(...watchErrors(page));
    await page.goto(siteUrl(site.url, { data: data.url, tv: '1' }));
    await page.locator('br-tv main.slide').waitFor();
    expect(await page.locator('br-tv h1').textContent()).toBe(
      (SAMPLE.team as { name: string }).name,
    );
    await context.close();
  });

  it('had no uncaught errors', () => {
    expect(errors).toEqual([]);
  });
});
