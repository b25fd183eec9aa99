// In Chromium: a TV keeps its last good data at 1,000 reps (IndexedDB), and says so when the browser refuses to keep it.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../../../cli/serve';
import { NOT_CACHED } from '../../../web/src/data/cache';
import { makeSnapshot } from '../fixtures/make-snapshot';
import {
  type DataSource,
  TV_HD,
  launchBrowser,
  serveSite,
  siteUrl,
  startDataSource,
  watchErrors,
} from './harness';

/**
 * A 1,000-rep first load as large as the engine's (about 6 M characters: BENCHMARKS.md, snapshot
 * part), by lengthening the synthetic explanations to the engine's "… (Deals rows …)" size.
 */
function thousandReps() {
  const snap = makeSnapshot(1000, { generatedAt: new Date().toISOString() });
  const rows = Array.from({ length: 40 }, (_, i) => 31_000 + i * 97).join(', ');
  for (const board of snap.leaderboards) {
    for (const e of board.entries) e.explanation = `${e.explanation} (Deals rows ${rows})`;
  }
  return snap;
}

const stampText = (page: Page) =>
  page.evaluate(() => {
    const tv = document.querySelector('br-app')?.shadowRoot?.querySelector('br-tv');
    const p = tv?.shadowRoot?.querySelector('br-stamp')?.shadowRoot?.querySelector('p');
    return p?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  });

let site: StaticServer;
let data: DataSource;
let browser: Browser;
const snap = thousandReps();

beforeAll(async () => {
  data = await startDataSource(snap);
  [site, browser] = await Promise.all([serveSite(undefined, [data.url]), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await data?.close();
});

async function tvPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(siteUrl(site.url, { tv: '1', interval: '60', data: data.url }));
  await page.getByText('Synthetic Sales').first().waitFor({ timeout: 20_000 });
  return page;
}

describe('the TV’s last good copy at 1,000 reps', () => {
  it('is too large for localStorage in this browser (the old cache would have lost it)', async () => {
    expect(JSON.stringify(snap).length).toBeGreaterThan(6_000_000);
    const context = await browser.newContext({ viewport: TV_HD });
    const page = await context.newPage();
    await page.goto(site.url);
    const fits = await page.evaluate((text) => {
      try {
        localStorage.setItem('probe', text);
        return true;
      } catch {
        return false;
      }
    }, JSON.stringify(snap));
    expect(fits).toBe(false);
    await context.close();
  });

  it('survives a restart with no network: the wall shows the cached data, marked as not updated', async () => {
    data.mode = 'ok';
    const context = await browser.newContext({ viewport: TV_HD });
    const page = await tvPage(context);
    const errors = watchErrors(page);
    // The copy lands in IndexedDB after the data is on screen.
    await page.waitForFunction(
      () =>
        new Promise<boolean>((resolve) => {
          const r = indexedDB.open('bellringer');
          r.onsuccess = () => {
            const db = r.result;
            if (!db.objectStoreNames.contains('last-good')) return resolve(false);
            const count = db.transaction('last-good').objectStore('last-good').count();
            count.onsuccess = () => resolve(count.result > 0);
            count.onerror = () => resolve(false);
          };
          r.onerror = () => resolve(false);
        }),
      undefined,
      { timeout: 20_000, polling: 200 },
    );
    expect(await stampText(page)).not.toContain(NOT_CACHED.slice(0, 40));
    data.mode = 'fail';
    await page.reload();
    await page.getByText('Synthetic Sales').first().waitFor({ timeout: 20_000 });
    const text = await stampText(page);
    expect(text).toMatch(/last good data|not been updated/i);
    expect(errors).toEqual([]);
    data.mode = 'ok';
    await context.close();
  });

  it('says so on the wall when the browser keeps no copy (no IndexedDB, full localStorage)', async () => {
    data.mode = 'ok';
    const context = await browser.newContext({ viewport: TV_HD });
    await context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { get: () => undefined });
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    const page = await tvPage(context);
    await page.waitForFunction(
      (note) => {
        const tv = document.querySelector('br-app')?.shadowRoot?.querySelector('br-tv');
        const p = tv?.shadowRoot?.querySelector('br-stamp')?.shadowRoot?.querySelector('p');
        return (p?.textContent ?? '').replace(/\s+/g, ' ').includes(note);
      },
      NOT_CACHED.slice(0, 40),
      { timeout: 20_000, polling: 200 },
    );
    await context.close();
  });
});
