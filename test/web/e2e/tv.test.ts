// TV wall mode in Chromium: rotation, celebrations, top N only, and surviving a failing data source.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { StaticServer } from '../../../cli/serve';
import {
  ADDON_ANSWERS,
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
  tvRows,
  watchErrors,
} from './harness';
import { makeSnapshot } from '../fixtures/make-snapshot';

type Snap = typeof SAMPLE & {
  generatedAt: string;
  awards: unknown[];
  recognition: unknown[];
  contests: { status: string }[];
};
const today = () => new Date().toISOString().slice(0, 10);
/** Published now, with data of today: neither the publish time nor the data day makes the stamp a warning. */
const fresh = (): Snap => ({
  ...(structuredClone(SAMPLE) as Snap),
  generatedAt: new Date().toISOString(),
  asOf: today(),
});

let site: StaticServer;
let data: DataSource;
let browser: Browser;
let page: Page;
let errors: string[];

const slideName = () =>
  page.evaluate(() => {
    const tv = document.querySelector('br-app')?.shadowRoot?.querySelector('br-tv');
    return tv?.shadowRoot?.querySelector('[data-slide]')?.getAttribute('data-slide') ?? null;
  });
const stampState = () =>
  page.evaluate(() => {
    const tv = document.querySelector('br-app')?.shadowRoot?.querySelector('br-tv');
    const p = tv?.shadowRoot?.querySelector('br-stamp')?.shadowRoot?.querySelector('p');
    return {
      stale: p?.getAttribute('data-stale') ?? null,
      text: p?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    };
  });

async function waitFor<T>(fn: () => Promise<T>, ok: (v: T) => boolean, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`condition not met; last value ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  data = await startDataSource(fresh());
  // The data source runs on another port, so the site lists it as its owner would.
  [site, browser] = await Promise.all([serveSite(undefined, [data.url]), launchBrowser()]);
  page = await browser.newPage({ viewport: TV_HD, colorScheme: 'dark' });
  errors = watchErrors(page);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await data?.close();
});

beforeEach(() => {
  data.mode = 'ok';
  data.snapshot = fresh();
});

describe('TV wall mode', () => {
  it('rotates through the chosen slides and hides all chrome', async () => {
    await page.goto(siteUrl(site.url, { tv: '1', interval: '0.4', data: data.url }));
    const seen = new Set<string>();
    await waitFor(
      async () => {
        const s = await slideName();
        if (s) seen.add(s);
        return seen.size;
      },
      (n) => n === 5,
      8000,
    );
    // The sample's team contest has a team-battle page of its own.
    expect([...seen].sort()).toEqual([
      'badges',
      'contests',
      'leaderboard',
      'recognition',
      'team_battle',
    ]);
    const chrome = await page.evaluate(() => {
      const cursor = getComputedStyle(document.documentElement).cursor;
      let interactive = 0;
      const walk = (root: Document | ShadowRoot) => {
        interactive += root.querySelectorAll('a[href], button, input, select, summary').length;
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
      };
      walk(document);
      return { cursor, interactive };
    });
    expect(chrome).toEqual({ cursor: 'none', interactive: 0 });
  });

  it.each([
    ['1080p', TV_HD],
    ['4K', TV_4K],
  ])(
    'fits every slide on a %s screen with no scrollbars, showing only the top N',
    async (label, viewport) => {
      await page.setViewportSize(viewport);
      for (const slide of ['leaderboard', 'contests', 'badges', 'recognition']) {
        await page.goto(
          siteUrl(site.url, { tv: '1', slides: slide, interval: '60', data: data.url }),
        );
        await waitFor(slideName, (s) => s === slide);
        await page.waitForTimeout(100);
        const fit = await page.evaluate(() => ({
          h: document.documentElement.scrollHeight - window.innerHeight,
          w: document.documentElement.scrollWidth - window.innerWidth,
        }));
        expect(fit, slide).toEqual({ h: 0, w: 0 });
        await screenshot(page, `tv-${slide}-${label}`);
      }
      await page.goto(siteUrl(site.url, { tv: '1', slides: 'leaderboard', data: data.url }));
      await page.getByText('Eve Martin').first().waitFor();
      // tvTopN is 4 in the sample: ranks 5 and 6 (the bottom) never appear.
      await expect(page.getByText('Dan Okafor').count()).resolves.toBe(1); // only in "Most improved"
      expect(await page.getByText('Bob Stone').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await page.setViewportSize(TV_HD);
    },
  );

  // 40 synthetic reps: the boards and contests are longer than any top N, so N alone decides.
  it.each([
    ['1080p', 10, 10, TV_HD],
    ['4K', 10, 10, TV_4K],
    ['1080p', 15, 15, TV_HD],
    ['1080p', 40, 15, TV_HD],
    ['4K', 3, 3, TV_4K],
  ])(
    'at %s with tvTopN %i shows exactly %i rows per list, each wholly inside the screen and its card',
    async (label, setting, expected, viewport) => {
      const snap = makeSnapshot(40, { generatedAt: new Date().toISOString(), asOf: today() });
      data.snapshot = { ...snap, team: { ...snap.team, tvTopN: setting } };
      await page.setViewportSize(viewport);
      for (const slide of ['leaderboard', 'contests', 'badges']) {
        await page.goto(
          // Its own URL, so its cached copy never stands in for the sample in later tests.
          siteUrl(site.url, {
            tv: '1',
            slides: slide,
            interval: '60',
            data: `${data.url}?synthetic`,
          }),
        );
        await waitFor(slideName, (s) => s === slide);
        await page.getByText('Synthetic Sales').waitFor();
        const rows = await tvRows(page);
        // The leaderboard's "Most improved" list is a fixed top 3 outside the measured lists.
        expect(rows.counts, slide).toEqual(
          slide === 'contests' ? [expected, expected] : [expected],
        );
        expect(rows.cut, slide).toEqual([]);
        const fit = await page.evaluate(() => ({
          h: document.documentElement.scrollHeight - window.innerHeight,
          w: document.documentElement.scrollWidth - window.innerWidth,
        }));
        expect(fit, slide).toEqual({ h: 0, w: 0 });
        if (setting === 10) await screenshot(page, `tv-synthetic-${slide}-${label}`);
      }
      await page.setViewportSize(TV_HD);
    },
  );

  // The reported wall: a week's % of target with most reps still at 0, tied at rank 5.
  const weekWithZeros = () => {
    const snap = makeSnapshot(10, { generatedAt: new Date().toISOString(), asOf: today() });
    const ids = snap.reps.map((r) => r.id);
    const entry = (rank: number, i: number, value: number, previousRank: number | null) => ({
      rank,
      repId: ids[i]!,
      value,
      previousRank,
      explanation: 'x',
    });
    const week = snap.leaderboards.find((b) => b.periodKind === 'week' && b.lens === 'attainment')!;
    week.entries = [
      entry(1, 0, 130, 2),
      entry(2, 1, 90, null),
      entry(3, 2, 40, 1),
      entry(4, 3, 12, 4),
      ...[4, 5, 6, 7, 8, 9].map((i) => entry(5, i, 0, i)),
    ];
    return { snap, week, ids };
  };
  const boardRows = () =>
    page.evaluate(() => {
      const tv = document.querySelector('br-app')?.shadowRoot?.querySelector('br-tv');
      const chart = tv?.shadowRoot?.querySelector('br-bar-chart')?.shadowRoot;
      // The podium (drawn 2nd, 1st, 3rd) in rank order, then the bars.
      const steps = [...(tv?.shadowRoot?.querySelectorAll('.podium .step') ?? [])].sort(
        (a, b) => Number(a.getAttribute('data-rank')) - Number(b.getAttribute('data-rank')),
      );
      return [
        ...steps.map((li) => ({
          value: li.querySelector('.val .num')?.textContent?.trim() ?? '',
          change: li.querySelector('.change [aria-hidden]')?.textContent?.trim() ?? null,
        })),
        ...[...(chart?.querySelectorAll('li') ?? [])].map((li) => ({
          value: li.querySelector('.value')?.textContent?.trim() ?? '',
          change: li.querySelector('.change [aria-hidden]')?.textContent?.trim() ?? null,
        })),
      ];
    });

  it('shows no rep at 0 and no arrow for a rep without a previous rank', async () => {
    data.snapshot = weekWithZeros().snap;
    await page.goto(
      siteUrl(site.url, {
        tv: '1',
        slides: 'leaderboard',
        period: 'week',
        lens: 'attainment',
        data: `${data.url}?zeros`,
      }),
    );
    await page.getByText('Synthetic Sales').waitFor();
    await waitFor(boardRows, (r) => r.length > 0);
    expect(await boardRows()).toEqual([
      { value: '130%', change: '▲1' },
      { value: '90%', change: null },
      { value: '40%', change: '▼2' },
      { value: '12%', change: '–' },
    ]);
    await screenshot(page, 'tv-week-without-zeros');
  });

  it('with nobody above 0 anywhere, says "No results yet this week" instead of a list of zeros', async () => {
    const { snap } = weekWithZeros();
    for (const b of snap.leaderboards) for (const e of b.entries) e.value = 0;
    data.snapshot = snap;
    await page.goto(
      siteUrl(site.url, {
        tv: '1',
        slides: 'leaderboard',
        period: 'week',
        lens: 'attainment',
        data: `${data.url}?allzero`,
      }),
    );
    await page.getByText('No results yet this week.').waitFor();
    expect(await boardRows()).toEqual([]);
    await screenshot(page, 'tv-no-results');
  });

  it.each([
    ['1080p', 32, TV_HD],
    ['4K', 64, TV_4K],
  ])(
    'at %s the leaderboard slide reads from across the room: names and values of 10 rows at %ipx or more, most improved names whole',
    async (label, minPx, viewport) => {
      const snap = makeSnapshot(40, { generatedAt: new Date().toISOString(), asOf: today() });
      // A long name among the most improved (the top of the synthetic improvement board).
      const improvement = snap.leaderboards.find(
        (b) => b.periodKind === 'month' && b.lens === 'improvement',
      )!;
      const mover = snap.reps.find((r) => r.id === improvement.entries[0]!.repId)!;
      mover.name = 'Maximiliana Featherstonehaugh-Okafor';
      data.snapshot = { ...snap, team: { ...snap.team, tvTopN: 10 } };
      await page.setViewportSize(viewport);
      await page.goto(
        siteUrl(site.url, {
          tv: '1',
          slides: 'leaderboard',
          interval: '60',
          data: `${data.url}?type`,
        }),
      );
      await page.getByText('Synthetic Sales').waitFor();
      const m = await page.evaluate(() => {
        const tv = document.querySelector('br-app')!.shadowRoot!.querySelector('br-tv')!
          .shadowRoot!;
        const chart = tv.querySelector('br-bar-chart')!.shadowRoot!;
        const px = (e: Element) => Number.parseFloat(getComputedStyle(e).fontSize);
        const card = tv.querySelectorAll('.panel')[1]!.getBoundingClientRect();
        const names = [...tv.querySelectorAll('.movers .name')];
        return {
          rows: chart.querySelectorAll('li').length + tv.querySelectorAll('.podium .step').length,
          levels: chart.querySelectorAll('.level').length,
          smallest: Math.min(
            ...[...chart.querySelectorAll('.who, .value')].map(px),
            ...[...tv.querySelectorAll('.podium .name, .podium .val')].map(px),
            ...names.map(px),
            ...[...tv.querySelectorAll('.movers .val')].map(px),
          ),
          moverNames: names.map((n) => n.textContent),
          clipped: names.filter(
            (n) => n.scrollHeight > n.clientHeight + 1 || n.scrollWidth > n.clientWidth + 1,
          ).length,
          outside: [...tv.querySelectorAll('.movers li')].filter((li) => {
            const r = li.getBoundingClientRect();
            return r.top < card.top || r.bottom > card.bottom || r.right > card.right;
          }).length,
        };
      });
      await screenshot(page, `tv-type-${label}`);
      expect(m.rows).toBe(10);
      expect(m.levels).toBe(0);
      expect(m.smallest).toBeGreaterThanOrEqual(minPx);
      expect(m.moverNames[0]).toBe('Maximiliana Featherstonehaugh-Okafor');
      expect(m.clipped).toBe(0);
      expect(m.outside).toBe(0);
      expect((await tvRows(page)).cut).toEqual([]);
      await page.setViewportSize(TV_HD);
    },
  );

  it("stamps the data on the team's clock (Berlin), naming the zone, on a screen set to Los Angeles", async () => {
    const la = await browser.newPage({ viewport: TV_HD, timezoneId: 'America/Los_Angeles' });
    const snap = fresh();
    snap.generatedAt = '2026-11-20T09:00:00.000Z';
    data.snapshot = snap;
    await la.goto(siteUrl(site.url, { tv: '1', slides: 'leaderboard', data: `${data.url}?zone` }));
    const text = await waitFor(
      () =>
        la.evaluate(() => {
          const tv = document.querySelector('br-app')?.shadowRoot?.querySelector('br-tv');
          const p = tv?.shadowRoot?.querySelector('br-stamp')?.shadowRoot?.querySelector('p');
          return p?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
        }),
      (t) => t.length > 0,
    );
    // 09:00 UTC is 10:00 in Berlin in November (and 01:00 in Los Angeles).
    expect(text).toMatch(/^(⚠ )?Data of .* · published 20 Nov 2026, 10:00 AM GMT\+1 \(/);
    await la.close();
  });

  it('filters to one team with &team=', async () => {
    await page.goto(
      siteUrl(site.url, { tv: '1', slides: 'leaderboard', team: 'South', data: data.url }),
    );
    await page.getByText('Revenue · November 2026 · South').waitFor();
    expect(await page.getByText('Eve Martin').count()).toBe(0);
  });

  it('celebrates a new badge, a won contest and a big deal after a reload, then resumes the loop', async () => {
    await page.goto(
      siteUrl(site.url, {
        tv: '1',
        interval: '5',
        refresh: '0.3',
        celebrate: '0.6',
        data: data.url,
      }),
    );
    await page.getByText('Eve Martin').first().waitFor();
    const next = fresh();
    next.generatedAt = new Date(Date.now() + 1000).toISOString();
    next.awards.push({
      badgeId: 'b-streak',
      repId: 'r1',
      earnedOn: '2026-11-20',
      window: null,
      windowName: null,
      explanation: 'Ten days in a row.',
    });
    next.contests[0]!.status = 'final';
    next.recognition.push({
      id: 'deal-9',
      date: '2026-11-20',
      kind: 'big_deal',
      toRepId: 'r3',
      from: null,
      message: 'Globex signed',
      badgeId: null,
      contestId: null,
    });
    data.snapshot = next;
    const seen = new Set<string>();
    const kind = () =>
      page.evaluate(() => {
        const tv = document.querySelector('br-app')?.shadowRoot?.querySelector('br-tv');
        const c = tv?.shadowRoot
          ?.querySelector('br-celebration')
          ?.shadowRoot?.querySelector('[data-kind]');
        return c
          ? `${c.getAttribute('data-kind')}: ${c.textContent?.replace(/\s+/g, ' ').trim()}`
          : null;
      });
    await waitFor(
      async () => {
        const k = await kind();
        if (k) seen.add(k);
        return seen.size;
      },
      (n) => n === 3,
      8000,
    );
    await screenshot(page, 'tv-celebration');
    expect([...seen].sort()).toEqual([
      'badge: 🔥 Ada Lovelace earned On Fire <script>window.__pwned=4</script>! Ten days in a row.',
      'big_deal: 🔔 <img src=x onerror="window.__pwned=2">Cleo Park closed a big deal! Globex signed',
      'contest: 🏆 Eve Martin won November <i>Sprint</i>! Prize: Team dinner <script>window.__pwned=3</script>',
    ]);
    await waitFor(kind, (k) => k === null, 4000);
    expect(await slideName()).not.toBeNull();
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
  });

  it('celebrates under prefers-reduced-motion too, on a calm card with no confetti and nothing moving', async () => {
    const calm = await browser.newPage({ viewport: TV_HD, reducedMotion: 'reduce' });
    await calm.goto(
      siteUrl(site.url, { tv: '1', interval: '5', refresh: '0.2', celebrate: '3', data: data.url }),
    );
    await calm.getByText('Eve Martin').first().waitFor();
    const next = fresh();
    next.generatedAt = new Date(Date.now() + 1000).toISOString();
    next.recognition.push({
      id: 'deal-10',
      date: '2026-11-20',
      kind: 'big_deal',
      toRepId: 'r3',
      from: null,
      message: null,
      badgeId: null,
      contestId: null,
    });
    data.snapshot = next;
    const card = () =>
      calm.evaluate(() => {
        const c = document
          .querySelector('br-app')
          ?.shadowRoot?.querySelector('br-tv')
          ?.shadowRoot?.querySelector('br-celebration')?.shadowRoot;
        const kind = c?.querySelector('[data-kind]');
        if (!kind) return null;
        const confetti = c?.querySelector('.confetti');
        const icon = c?.querySelector('.icon');
        return {
          kind: kind.getAttribute('data-kind'),
          confetti: confetti ? getComputedStyle(confetti).display : 'absent',
          animation: icon ? getComputedStyle(icon).animationName : 'absent',
        };
      });
    const shown = await waitFor(card, (c) => c !== null, 5000);
    expect(shown).toEqual({ kind: 'big_deal', confetti: 'none', animation: 'none' });
    await screenshot(calm, 'tv-celebration-reduced-motion');
    await calm.close();
  });

  it.each(['fail', '500', 'invalid-json', 'wrong-version'] as const)(
    'keeps the last good data with a stale stamp when the source gives "%s", then recovers',
    async (mode) => {
      await page.goto(
        siteUrl(site.url, { tv: '1', slides: 'leaderboard', refresh: '0.3', data: data.url }),
      );
      await page.getByText('Eve Martin').first().waitFor();
      expect((await stampState()).stale).toBe('false');
      data.mode = mode;
      const stale = await waitFor(stampState, (s) => s.stale === 'true');
      expect(stale.text).toMatch(
        /Data of .* · published .* \((just now|\d+ min ago)\)\. Showing the last good data/,
      );
      expect(await page.getByText('Eve Martin').count()).toBeGreaterThan(0);
      await screenshot(page, `tv-stale-${mode}`);
      data.mode = 'ok';
      await waitFor(stampState, (s) => s.stale === 'false');
    },
  );

  it('while the add-on republishes, keeps the data with a calm note (no warning), then clears it', async () => {
    await page.goto(
      siteUrl(site.url, { tv: '1', slides: 'leaderboard', refresh: '0.3', data: data.url }),
    );
    await page.getByText('Eve Martin').first().waitFor();
    data.mode = 'publishing';
    const busy = await waitFor(stampState, (s) => /republished/.test(s.text));
    expect(busy.stale).toBe('false');
    expect(busy.text).toMatch(
      /Data of .* · published .*\. The leaderboard is being republished; trying again shortly\.$/,
    );
    expect(busy.text).not.toMatch(/⚠|Showing the last good data/);
    expect(await page.getByText('Eve Martin').count()).toBeGreaterThan(0);
    await screenshot(page, 'tv-republishing');
    data.mode = 'ok';
    await waitFor(stampState, (s) => !/republished/.test(s.text));
  });

  it("before the first publish, shows the add-on's own message", async () => {
    const first = await browser.newPage({ viewport: TV_HD });
    data.mode = 'not-published';
    await first.goto(
      siteUrl(site.url, { tv: '1', refresh: '0.3', data: `${data.url}?unpublished` }),
    );
    await first.getByText(ADDON_ANSWERS['not-published'].message).waitFor();
    expect(await first.getByText(/no "schema" marker/).count()).toBe(0);
    await screenshot(first, 'tv-not-published');
    await first.close();
  });

  it('a reload with no network shows the last good data from local storage, then recovers', async () => {
    await page.goto(
      siteUrl(site.url, { tv: '1', slides: 'leaderboard', refresh: '0.3', data: data.url }),
    );
    await page.getByText('Eve Martin').first().waitFor();
    data.mode = 'fail';
    await page.reload();
    await page.getByText('Eve Martin').first().waitFor();
    await waitFor(stampState, (s) => s.stale === 'true' && /could not be reached/.test(s.text));
    data.mode = 'ok';
    await waitFor(stampState, (s) => s.stale === 'false');
  });

  it('without any good data yet, says what is wrong, shows no button and retries by itself until the data comes', async () => {
    const first = await browser.newPage({ viewport: TV_HD });
    data.mode = '500';
    await first.goto(siteUrl(site.url, { tv: '1', refresh: '0.3', data: `${data.url}?fresh` }));
    await first.getByText(/HTTP 500/).waitFor();
    // A TV has no keyboard: no button, and it says it retries on its own.
    await first.getByText('This screen tries again by itself every second.').waitFor();
    const interactive = await first.evaluate(() => {
      let n = 0;
      const walk = (root: Document | ShadowRoot) => {
        n += root.querySelectorAll('a[href], button, input, select, summary').length;
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
      };
      walk(document);
      return n;
    });
    expect(interactive).toBe(0);
    await screenshot(first, 'tv-error');
    data.mode = 'ok';
    await first.getByText('Eve Martin').first().waitFor();
    await first.close();
  });

  it('had no uncaught errors', () => {
    expect(errors).toEqual([]);
  });
});
