// In Chromium: rows glide to their new ranks (still under reduced motion), "me" in contests and on the wall, the code split.
import { basename } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../../../cli/serve';
import { pageJs } from '../../../cli/bench/web-size';
import {
  type DataSource,
  SAMPLE,
  SITE_DIR,
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
    const moved = (await animations(page)).filter((a) => a.frames.includes('translate('));
    expect(moved.map((a) => a.key).sort()).toEqual(['r3', 'r5']);
    const fromR3 = JSON.parse(moved.find((a) => a.key === 'r3')!.frames)[0].transform as string;
    // r3 starts where it stood (two rows lower) and rises.
    const startOffset = Number(/translate\(0\.0px, (-?[\d.]+)px\)/.exec(fromR3)![1]);
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
        async () => (await animations(page)).filter((a) => a.frames.includes('translate(')).length,
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

/** A device where the rep `me` picked themselves earlier (the site keeps it in localStorage). */
async function meDevice(viewport: { width: number; height: number }, me: string) {
  const context = await browser.newContext({ viewport, colorScheme: 'light' });
  // Only on the first page: a later pick on the device (the test changes it) stays.
  await context.addInitScript((id) => {
    if (localStorage.getItem('bellringer:me') === null) localStorage.setItem('bellringer:me', id);
  }, me);
  const page = await context.newPage();
  errors.push(...watchErrors(page));
  return { context, page };
}

const text = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());

describe.each([
  ['phone', { width: 360, height: 740 }],
  ['1080p', TV_HD],
] as const)('me in contests at %s', (label, viewport) => {
  it('a contest marks my row and pins my rank with the gap to the next one', async () => {
    const { context, page } = await meDevice(viewport, 'r1');
    data.snapshot = SAMPLE;
    await page.goto(siteUrl(site.url, { data: data.url }, '#/contests/c-nov'));
    const mine = page.locator('br-contest tr.me');
    await mine.waitFor();
    expect(await mine.count()).toBe(1);
    expect(await mine.locator('td').first().textContent()).toBe('2');
    expect(await text(page, 'br-contest tr.me td:nth-child(2)')).toBe('Ada Lovelace You');
    expect(await text(page, 'br-contest br-me-bar .bar')).toBe(
      'You: #2 of 4 · €3,900 behind #1 Eve Martin Find me',
    );
    // Pinned: on screen without scrolling.
    const bar = await page.locator('br-contest br-me-bar .bar').boundingBox();
    expect(bar!.y).toBeGreaterThanOrEqual(0);
    expect(bar!.y + bar!.height).toBeLessThanOrEqual(viewport.height + 0.5);
    await page.locator('br-contest br-me-bar').getByRole('button', { name: 'Find me' }).click();
    const row = await mine.boundingBox();
    expect(row!.y).toBeGreaterThanOrEqual(0);
    expect(row!.y + row!.height).toBeLessThanOrEqual(viewport.height);
    await screenshot(page, `me-contest-${label}`);
    expect(await axeViolations(page)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The standings fit the width: no sideways scroll inside their box either, even on a phone.
    const wrap = await page
      .locator('br-contest .table-wrap')
      .evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(wrap).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('a team contest marks my team; the contest cards say where I stand', async () => {
    const { context, page } = await meDevice(viewport, 'r3');
    data.snapshot = SAMPLE;
    await page.goto(siteUrl(site.url, { data: data.url }, '#/contests/c-teams'));
    await page.locator('br-contest tr.me').waitFor();
    expect(await text(page, 'br-contest tr.me td:nth-child(2)')).toBe('South Your team');
    expect(await text(page, 'br-contest br-me-bar .bar')).toBe(
      'Your team (South): #2 of 2 · 450 points behind #1 North · 3,350 points to the goal Find me',
    );
    await page.goto(siteUrl(site.url, { data: data.url }, '#/contests'));
    await page.locator('br-contests p.you').first().waitFor();
    expect(await page.locator('br-contests p.you').allTextContents()).toEqual([
      'You: #4 of 4 · Next: #3 Anonymous rep',
      'Your team (South): #2 of 2 · 450 points behind #1 North',
      'You: #1 of 2 · You lead',
    ]);
    await screenshot(page, `me-contests-${label}`);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe.each([
  ['1080p', TV_HD],
  ['4k', TV_4K],
] as const)('me on the wall at %s', (label, viewport) => {
  it('no one picked on this device: nothing is marked', async () => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    errors.push(...watchErrors(page));
    data.snapshot = SAMPLE;
    await page.goto(siteUrl(site.url, { data: data.url, tv: '1', slides: 'leaderboard' }));
    await page.locator('br-tv ol.podium li').first().waitFor();
    expect(await page.locator('br-tv .me').count()).toBe(0);
    expect(await page.locator('br-tv br-bar-chart li.me').count()).toBe(0);
    await context.close();
  });

  it('a rep who picked themselves on the wall’s browser is marked on the podium, the bars and the contests', async () => {
    const { context, page } = await meDevice(viewport, 'r1');
    data.snapshot = SAMPLE;
    await page.goto(siteUrl(site.url, { data: data.url, tv: '1', slides: 'leaderboard' }));
    const step = page.locator('br-tv ol.podium li.me');
    await step.waitFor();
    expect(await step.getAttribute('data-rep')).toBe('r1');
    expect(await step.locator('.you').textContent()).toBe('You');
    const outline = await step.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');
    await screenshot(page, `me-tv-podium-${label}`);
    expect(await axeViolations(page)).toEqual([]);
    // A rank below the podium: the bars mark it (r2 is 5th on the month's revenue; a top 6 shows it).
    data.snapshot = { ...SAMPLE, team: { ...(SAMPLE.team as object), tvTopN: 6 } };
    await page.evaluate(() => localStorage.setItem('bellringer:me', 'r2'));
    await page.reload();
    const bar = page.locator('br-tv br-bar-chart li.me');
    await bar.waitFor();
    expect(await bar.locator('.rank').textContent()).toBe('5');
    expect(await bar.locator('.you').textContent()).toBe('You');
    // The contests slide marks my standing, the team battle my team.
    data.snapshot = SAMPLE;
    await page.evaluate(() => localStorage.setItem('bellringer:me', 'r1'));
    await page.goto(
      siteUrl(site.url, { data: data.url, tv: '1', slides: 'contests', interval: '1.5' }),
    );
    const line = page.locator('br-tv [data-contest="c-nov"] li.me');
    await line.waitFor();
    expect(await line.locator('.name').textContent()).toBe('Ada Lovelace');
    expect(await line.locator('.you').textContent()).toBe('You');
    await screenshot(page, `me-tv-contests-${label}`);
    const team = page.locator('br-tv .battle li.me');
    await team.waitFor({ timeout: 15_000 });
    expect(await team.getAttribute('data-team')).toBe('North');
    expect(await team.locator('.you').textContent()).toBe('Your team');
    await screenshot(page, `me-tv-battle-${label}`);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  }, 60_000);
});

describe('re-ranking on the wall and rows on a phone', () => {
  it('a new #1 glides into the podium’s middle step on the wall', async () => {
    const { context, page } = await device('no-preference');
    await page.setViewportSize(TV_HD);
    data.snapshot = SAMPLE;
    await page.goto(siteUrl(site.url, { data: data.url, tv: '1', slides: 'leaderboard' }));
    await page.locator('br-tv ol.podium li[data-key="r5"].p1').waitFor();
    data.snapshot = swapped();
    await page.evaluate(() =>
      (document.querySelector('br-app') as unknown as { reload(): Promise<unknown> }).reload(),
    );
    await page.locator('br-tv ol.podium li[data-key="r3"].p1').waitFor();
    const moved = (await animations(page)).filter((a) => a.frames.includes('translate('));
    expect(moved.map((a) => a.key).sort()).toEqual(['r3', 'r5']);
    await context.close();
  });

  it('on a phone the whole row of the board opens the rep’s page', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    errors.push(...watchErrors(page));
    data.snapshot = SAMPLE;
    await page.goto(
      siteUrl(site.url, { data: data.url }, '#/leaderboard?period=month&lens=revenue'),
    );
    const row = page.locator('br-leaderboard .board br-bar-chart li[data-key="r1"]');
    await row.waitFor();
    const box = (await row.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    // A tap on the value, away from the name, still opens the page.
    await page.mouse.click(box.x + box.width - 60, box.y + box.height - 8);
    await page.waitForFunction(() => location.hash === '#/reps/r1');
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
