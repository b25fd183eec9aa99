// TV soak: an hour-long simulated day (clock=60), a new snapshot every minute with planted news: all told, in order, heap flat.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../../../cli/serve';
import type { Snapshot } from '../../../shared/snapshot';
import { diffCelebrations } from '../../../web/src/tv/celebrations';
import {
  type DataSource,
  SAMPLE,
  TV_HD,
  launchBrowser,
  screenshot,
  serveSite,
  siteUrl,
  startDataSource,
  watchErrors,
} from './harness';

const MINUTES = 60;
const START = Date.parse('2026-11-20T09:00:00.000Z');

/** The day's snapshots: minute 0 is the baseline, each later one adds that minute's planted news. */
function plantedDay(): Snapshot[] {
  const day: Snapshot[] = [];
  let s = structuredClone(SAMPLE) as unknown as Snapshot;
  s.generatedAt = new Date(START).toISOString();
  day.push(s);
  const revenue = (x: Snapshot) =>
    x.leaderboards.find((b) => b.periodKind === 'month' && b.lens === 'revenue')!;
  const reps = s.reps.map((r) => r.id);
  for (let m = 1; m <= MINUTES; m++) {
    s = structuredClone(s);
    s.generatedAt = new Date(START + m * 60_000).toISOString();
    const who = reps[m % reps.length]!;
    if (m % 3 === 1) {
      const b = revenue(s);
      const e = b.entries.find((x) => x.repId === who)!;
      e.value = (e.value ?? 0) + 1500;
      b.entries.sort((a, c) => (c.value ?? 0) - (a.value ?? 0));
      b.entries.forEach((x, i) => {
        x.rank = i + 1;
      });
    }
    if (m % 5 === 2)
      s.awards.push({
        badgeId: 'b-streak',
        repId: who,
        earnedOn: '2026-11-20',
        window: `m${m}`,
        windowName: null,
        explanation: `Minute ${m}.`,
      });
    if (m % 7 === 3) s.reps.find((r) => r.id === who)!.level += 1;
    if (m % 11 === 4) {
      const r = s.reps.find((x) => x.id === who)!;
      r.streak.current =
        [5, 10, 15, 20, 30, 40, 50].find((x) => x > r.streak.current) ?? r.streak.current;
    }
    if (m === 20) s.reps.find((r) => r.id === 'r3')!.attainment.month = 101;
    // A new #1 from the bottom of the board, then an overtake in the middle of it.
    if (m === 25 || m === 35) {
      const b = revenue(s);
      const top = Math.max(...b.entries.map((x) => x.value ?? 0));
      const third = [...b.entries].sort((a, c) => (c.value ?? 0) - (a.value ?? 0))[2]!.value ?? 0;
      b.entries.find((x) => x.repId === (m === 25 ? 'r4' : 'r2'))!.value =
        m === 25 ? top + 5000 : third + 100;
      b.entries.sort((a, c) => (c.value ?? 0) - (a.value ?? 0));
      b.entries.forEach((x, i) => {
        x.rank = i + 1;
      });
    }
    // A busy minute: more news than a screen each can tell in time, so it goes on recap slides.
    if (m === 30)
      for (const id of reps)
        s.awards.push({
          badgeId: 'b-streak',
          repId: id,
          earnedOn: '2026-11-20',
          window: `busy-${id}`,
          windowName: null,
          explanation: 'Busy.',
        });
    if (m === 45) s.contests.find((c) => c.id === 'c-nov')!.status = 'final';
    if (m === 50)
      s.recognition.push({
        id: 'soak-big',
        date: '2026-11-20',
        kind: 'big_deal',
        toRepId: 'r4',
        from: null,
        message: null,
        badgeId: null,
        contestId: null,
      });
    day.push(s);
  }
  return day;
}

let site: StaticServer;
let data: DataSource;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  data = await startDataSource(SAMPLE);
  [site, browser] = await Promise.all([serveSite(undefined, [data.url]), launchBrowser()]);
  page = await browser.newPage({ viewport: TV_HD, colorScheme: 'dark' });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await data?.close();
});

const shownGeneratedAt = () =>
  page.evaluate(
    () =>
      (
        document.querySelector('br-app') as unknown as {
          data?: { snapshot?: { generatedAt: string } };
        }
      )?.data?.snapshot?.generatedAt ?? null,
  );
const celebrated = () =>
  page.evaluate(() => [
    ...((
      document.querySelector('br-app')?.shadowRoot?.querySelector('br-tv') as unknown as {
        celebrated?: string[];
      }
    )?.celebrated ?? []),
  ]);

async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, ms: number): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`not reached; last ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 40));
  }
}

describe('the TV over an hour-long simulated day', () => {
  it('celebrates every planted event in order, drops none, and keeps the heap flat', async () => {
    const day = plantedDay();
    const expected = day.slice(1).flatMap((s, i) => diffCelebrations(day[i]!, s).map((c) => c.id));
    // Every kind of news is planted at least once.
    expect(new Set(expected.map((id) => id.split(':')[0]))).toEqual(
      new Set(['deal', 'leader', 'overtake', 'badge', 'level', 'streak', 'target', 'contest']),
    );
    const errors = watchErrors(page);
    data.snapshot = day[0];
    await page.goto(
      siteUrl(site.url, {
        tv: '1',
        clock: '60',
        slides: 'leaderboard,contests',
        data: `${data.url}?soak`,
      }),
    );
    await until(shownGeneratedAt, (g) => g === day[0]!.generatedAt, 10_000);
    const cdp = await page.context().newCDPSession(page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    let baseline = 0;
    let recapSeen = false;
    for (let m = 1; m <= MINUTES; m++) {
      data.snapshot = day[m];
      // The next minute's snapshot goes up only once the TV has this one: each reload is one minute.
      await until(shownGeneratedAt, (g) => g === day[m]!.generatedAt, 10_000);
      recapSeen ||= await page.evaluate(
        () =>
          document
            .querySelector('br-app')
            ?.shadowRoot?.querySelector('br-tv')
            ?.shadowRoot?.querySelector('br-celebration')
            ?.shadowRoot?.querySelector('[data-kind="recap"]') !== null,
      );
      if (m === 10) baseline = await heap();
      if (m === 30) await screenshot(page, 'tv-soak-busy-minute');
    }
    const told = await until(celebrated, (ids) => ids.length >= expected.length, 20_000);
    expect(told).toEqual(expected);
    expect(recapSeen || told.length > 0).toBe(true);
    const end = await heap();
    // Generous: an hour of reloads and celebrations may not grow the heap by more than 8 MB.
    expect(end - baseline).toBeLessThan(8 * 1024 * 1024);
    expect(errors).toEqual([]);
    await screenshot(page, 'tv-soak-end');
  }, 240_000);
});
