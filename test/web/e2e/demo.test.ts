// The real thing: the CLI's demo snapshot, in every view and the TV, in Chromium.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';
import type { StaticServer } from '../../../cli/serve';
import type { Snapshot, SnapshotPart } from '../../../shared/snapshot';
import {
  PHONE,
  TV_4K,
  TV_HD,
  axeViolations,
  launchBrowser,
  screenshot,
  serveSite,
  siteUrl,
  tvRows,
  watchErrors,
} from './harness';

const quiet = { out: () => {}, err: () => {} };
let dir: string;
let demo: Snapshot;
/** The demo's on-demand parts (shared/snapshot/parts.ts): a rep's whole award history is there. */
let parts: SnapshotPart[];
let site: StaticServer;
let browser: Browser;
let phone: Page;
let tv: Page;
let errors: string[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'br-site-demo-'));
  const now = new Date();
  expect(await main(['start', '--out', join(dir, 'demo')], quiet, { now })).toBe(0);
  const demoPath = join(dir, 'demo/site/snapshot.json');
  demo = JSON.parse(readFileSync(demoPath, 'utf8'));
  // The demo is served as ./snapshot.json, the default data path, with its on-demand parts beside
  // it, exactly as `npm start` does.
  const partsDir = join(dir, 'demo/site/snapshot.parts');
  parts = readdirSync(partsDir).map((f) => JSON.parse(readFileSync(join(partsDir, f), 'utf8')));
  const partFiles = Object.fromEntries(
    readdirSync(partsDir).map((f) => [`/snapshot.parts/${f}`, join(partsDir, f)]),
  );
  [site, browser] = await Promise.all([
    serveSite({ '/snapshot.json': demoPath, ...partFiles }),
    launchBrowser(),
  ]);
  phone = await browser.newPage({ viewport: PHONE });
  tv = await browser.newPage({ viewport: TV_HD });
  errors = [...watchErrors(phone), ...watchErrors(tv)];
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function visit(
  page: Page,
  params: Record<string, string>,
  hash: string,
  text: string | RegExp,
) {
  await page.goto('about:blank');
  await page.goto(siteUrl(site.url, params, hash));
  await page.getByText(text).first().waitFor({ timeout: 15_000 });
}

// Each test walks many pages in a real browser: a generous ceiling, so a busy machine is not a failure.
describe('the demo snapshot (npm start) in Chromium', { timeout: 120_000 }, () => {
  it('every view renders with no axe violations, at phone and TV sizes', async () => {
    const top = demo.leaderboards.find((b) => b.periodKind === 'month' && b.lens === 'revenue')!
      .entries[0]!;
    const topName = demo.reps.find((r) => r.id === top.repId)!.name;
    const views: [string, string, string | RegExp][] = [
      ['leaderboard', '#/leaderboard', topName],
      ['contests', '#/contests', 'Rules hash'],
      ['contest', `#/contests/${encodeURIComponent(demo.contests[0]!.id)}`, 'Standings'],
      ['badges', '#/badges', 'How to earn'],
      ['rep', `#/reps/${encodeURIComponent(top.repId!)}`, 'Pace today'],
      ['recognition', '#/recognition', /./],
    ];
    for (const [name, hash, text] of views) {
      for (const [size, page] of [
        ['phone', phone],
        ['tv', tv],
      ] as const) {
        await visit(page, {}, hash, text);
        await screenshot(page, `demo-${name}-${size}`);
        const violations = await axeViolations(page);
        expect(violations, `${name} ${size}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
      }
    }
  });

  it('every contest page and every rep page renders', async () => {
    for (const c of demo.contests) {
      await visit(phone, {}, `#/contests/${encodeURIComponent(c.id)}`, c.name);
      // A line can be flat (a zero-height box Playwright calls hidden): wait for it to be drawn.
      if (c.series.some((x) => x.points.length > 0))
        await phone.locator('br-race-chart svg path[d]').first().waitFor({ state: 'attached' });
    }
    for (const r of demo.reps)
      await visit(phone, {}, `#/reps/${encodeURIComponent(r.id)}`, 'Pace today');
  });

  it('every period and lens of the leaderboard renders', async () => {
    for (const b of demo.leaderboards) {
      await visit(tv, {}, `#/leaderboard?period=${b.periodKind}&lens=${b.lens}`, 'Leaderboard');
      const rows = await tv.locator('br-bar-chart li').count();
      expect(rows, `${b.periodKind}/${b.lens}`).toBe(Math.min(25, b.entries.length));
    }
  });

  it.each([
    ['1080p', TV_HD],
    ['4K', TV_4K],
  ])('the TV wall shows every slide without scrollbars at %s', async (label, viewport) => {
    await tv.setViewportSize(viewport);
    for (const slide of ['leaderboard', 'contests', 'badges', 'recognition']) {
      await visit(tv, { tv: '1', slides: slide }, '', demo.team.name);
      const fit = await tv.evaluate(
        () => document.documentElement.scrollHeight - window.innerHeight,
      );
      expect(fit, slide).toBe(0);
      const rows = await tvRows(tv);
      expect(rows.cut, slide).toEqual([]);
      if (slide === 'leaderboard') {
        const board = demo.leaderboards.find(
          (b) => b.periodKind === 'month' && b.lens === 'revenue',
        )!;
        expect(rows.counts).toEqual([Math.min(demo.team.tvTopN, board.entries.length)]);
      }
      await screenshot(tv, `demo-tv-${slide}-${label}`);
    }
    await tv.setViewportSize(TV_HD);
  });
});

describe('the demo snapshot reads right on a phone', () => {
  const pageHeight = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);
  /** The text a view renders in its shadow root (innerText of the host would skip it). */
  const viewText = (page: Page, tag: string) =>
    page.locator(tag).evaluate((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));

  it('contest cards: a streak reads in days with its daily bar; an upcoming contest has no podium', async () => {
    const streak = demo.contests.find((c) => c.kind === 'streak' && c.goal !== null)!;
    const upcoming = demo.contests.find((c) => c.status === 'upcoming')!;
    await visit(phone, {}, '#/contests', 'Rules hash');
    const card = (name: string) => phone.locator('br-contests article', { hasText: name });
    const streakText = ((await card(streak.name).textContent()) ?? '').replace(/\s+/g, ' ');
    expect(streakText).toContain(`${streak.goal}+ `);
    expect(streakText).toContain(' a day');
    expect(streakText).not.toContain(`goal ${streak.goal}`);
    expect(streakText).toMatch(/: \d+ days?\b/);
    expect(await card(upcoming.name).locator('ol').count()).toBe(0);
    expect(await card(upcoming.name).textContent()).toMatch(/starts (in \d+ days|tomorrow|today)/);
  });

  it('a streak contest page: days on the axis and in the table, no goal line, the tie-break stated', async () => {
    const streak = demo.contests.find((c) => c.kind === 'streak')!;
    await visit(phone, {}, `#/contests/${encodeURIComponent(streak.id)}`, 'Standings');
    await phone.locator('br-race-chart svg path').first().waitFor();
    expect(await phone.locator('br-race-chart line[stroke-dasharray]').count()).toBe(0);
    const ticks = await phone
      .locator('br-race-chart svg text[text-anchor="end"]')
      .allTextContents();
    for (const t of ticks) expect(t).toMatch(/^\d+ days?$/);
    const first = await phone
      .locator('br-contest tbody tr')
      .first()
      .locator('td')
      .nth(3)
      .textContent();
    expect(first).toMatch(/^\d+ days?$/);
    expect(await viewText(phone, 'br-contest')).toContain('Ties: ');
  });

  it('the busiest rep page: today first within three screens, then "More", 5 awards and "Show all N" by keyboard, N from the loaded history', async () => {
    const counts = new Map<string, number>();
    for (const p of parts) if (p.kind === 'rep') counts.set(p.repId, p.awards.length);
    const [repId, total] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    expect(total).toBeGreaterThan(5);
    // The first load holds only recent awards: the rest arrives with the rep's part.
    expect(demo.awards.filter((a) => a.repId === repId).length).toBeLessThan(total);
    await phone.setViewportSize({ width: 390, height: 844 });
    await visit(phone, {}, `#/reps/${encodeURIComponent(repId)}`, 'Pace today');
    const month = demo.periods.find((p) => p.kind === 'month')!;
    expect(month.pace).toBeDefined();
    // The demo's own pace (working days from the engine), not the browser's clock.
    expect(await viewText(phone, 'br-rep-today')).toContain(
      `(${month.pace!.workingDaysElapsed} of ${month.pace!.workingDays} working days)`,
    );
    const more = phone.getByRole('button', { name: /^More/ });
    const moreTop = await more.evaluate((b) => b.getBoundingClientRect().top + window.scrollY);
    expect(moreTop).toBeLessThanOrEqual(3 * 844);
    await phone.screenshot({
      path: '.artifacts/screenshots/demo-rep-phone-today.png',
      fullPage: true,
    });
    await more.click();
    const text = await viewText(phone, 'br-rep');
    expect(text.indexOf('Badges in progress')).toBeLessThan(text.indexOf('Ranks'));
    expect(text).not.toMatch(/for \d{4}-(\d{2}|W\d|Q\d)/);
    const awards = phone.locator('br-rep section[aria-labelledby="badges-h"] ul > li');
    await awards.first().waitFor();
    expect(await awards.count()).toBe(5);
    const short = await pageHeight(phone);
    await phone.screenshot({
      path: '.artifacts/screenshots/demo-rep-phone-full.png',
      fullPage: true,
    });
    // Nothing in the ranks is clipped or scrolled sideways at phone width.
    const ranks = phone.locator('br-rep-ranks');
    const overflow = await ranks.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const button = phone.getByRole('button', { name: `Show all ${total}` });
    await button.focus();
    await phone.keyboard.press('Enter');
    await expect.poll(() => awards.count()).toBe(total);
    expect(await pageHeight(phone)).toBeGreaterThan(short);
    expect(short).toBeLessThan(9000);
    await phone.setViewportSize(PHONE);
  });

  it('the leaderboard chart keeps bars and rank changes, and names the previous period', async () => {
    await visit(phone, {}, '#/leaderboard?period=month&lens=revenue', 'Rank changes compare with');
    await phone.locator('br-bar-chart li').first().waitFor();
    const month = demo.periods.find((p) => p.kind === 'month')!;
    const text = await viewText(phone, 'br-leaderboard');
    expect(text).not.toContain(`compare with ${month.previousLabel}.`);
    expect(text).toMatch(/compare with [A-Z][a-z]{2} \d{4}\./);
    expect(await phone.locator('br-bar-chart .bar').first().isVisible()).toBe(true);
    expect(await phone.locator('br-bar-chart .change').first().isVisible()).toBe(true);
    const scroll = await phone.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    expect(scroll).toBeLessThanOrEqual(0);
  });

  it('the badges page opens with held badges and never says "0 holders"', async () => {
    await visit(phone, {}, '#/badges', 'How to earn');
    const text = await viewText(phone, 'br-badges');
    expect(text).not.toMatch(/\b0 holders/);
    const firstHeld = demo.badges.filter((b) => b.holders > 0);
    const heading = await phone.locator('br-badges article h3').first().textContent();
    expect(firstHeld.some((b) => heading?.includes(b.name))).toBe(true);
    if (demo.badges.some((b) => b.holders === 0))
      expect(text).toContain('Nobody yet — be the first');
    await phone.screenshot({
      path: '.artifacts/screenshots/demo-badges-phone-full.png',
      fullPage: true,
    });
  });
});

describe('the demo in Chromium, overall', () => {
  it('had no uncaught errors', () => {
    expect(errors).toEqual([]);
  });
});
