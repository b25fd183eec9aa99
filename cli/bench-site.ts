// The site part of `npm run bench`: JS size (gzip), time to a 1,000-rep leaderboard, and a TV soak in Chromium.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type Page, chromium } from 'playwright-core';
import { makeSnapshot } from '../test/web/fixtures/make-snapshot';
import { ORG_BOARD_MS, ORG_REPS, ORG_TEAMS, orgBoardVisible } from './bench/org-site';
import type { BenchOutcome, BenchPart } from './bench/types';
import { FIRST_LOAD_BUDGET_BYTES, GZIP_LEVEL, pageJs } from './bench/web-size';
import { serveStatic } from './serve';

export const SITE_BUDGET = {
  /** The leaderboard page's first load (cli/bench/web-size.ts, the same figure as `npm run size:web`). */
  jsGzipBytes: FIRST_LOAD_BUDGET_BYTES,
  leaderboardMs: 1000,
  soakRatio: 1.1,
  soakSlides: 500,
  soakReloads: 100,
};

function root(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5 && !existsSync(join(dir, 'vite.config.ts')); i++) dir = dirname(dir);
  return dir;
}

function buildSite(base: string): string {
  execFileSync(
    process.execPath,
    [join(base, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: base,
      stdio: 'inherit',
    },
  );
  return join(base, 'dist/web');
}

function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** ms from navigation start until the first leaderboard row is on screen, in a fresh page each run. */
async function leaderboardVisible(browser: Browser, url: string, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    await page.locator('br-bar-chart li').first().waitFor({ state: 'visible', timeout: 10_000 });
    times.push(await page.evaluate(() => performance.now()));
    await context.close();
  }
  return times;
}

async function sample(page: Page, cdp: import('playwright-core').CDPSession, n: number) {
  const heaps: number[] = [];
  const nodes: number[] = [];
  for (let i = 0; i < n; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    heaps.push(get('JSHeapUsedSize'));
    nodes.push(get('Nodes'));
    await page.waitForTimeout(53);
  }
  // Heap: the median, since a sample can catch a snapshot in flight. DOM nodes depend on which
  // slide is showing and on the data (rows at 0 are dropped on the TV), so the largest screen (a
  // full slide under a celebration) is compared: 120 samples span about 200 slide changes and
  // both data ticks, so each phase meets it, and leaked nodes would add to it.
  return { heap: median(heaps), nodes: Math.max(...nodes) };
}

/** An in-page expression (the CLI has no DOM types) reading a counter br-tv keeps on its dataset. */
const tvCounter = (name: 'slideChanges' | 'celebrations') =>
  `Number(document.querySelector('br-app')?.shadowRoot?.querySelector('br-tv')?.dataset.${name} ?? 0)`;

async function soak(browser: Browser, siteUrl: string) {
  // Reloads are paced to about one per 6 slides: each request also grows DevTools' per-request
  // records (Playwright keeps the Network domain on), which a real TV does not have.
  // The data changes on every reload (alternating ticks): new awards, contests turning final, big deals.
  const bodies = [1, 2].map((tick) => makeSnapshot(200, { tick }));
  let requests = 0;
  const server = createServer((_, res) => {
    requests++;
    const s = bodies[requests % 2]!;
    s.generatedAt = new Date().toISOString();
    res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    res.end(JSON.stringify(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const dataUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/soak.json`;
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const q = new URLSearchParams({
    tv: '1',
    interval: '0.05',
    refresh: '0.3',
    celebrate: '0.05',
    data: dataUrl,
  });
  await page.goto(`${siteUrl}?${q}`);
  const slides = () => page.evaluate<number>(tvCounter('slideChanges'));
  const waitUntil = async (minSlides: number, minRequests: number) => {
    const deadline = Date.now() + 180_000;
    while ((await slides()) < minSlides || requests < minRequests) {
      if (Date.now() > deadline) throw new Error('TV soak stalled');
      await page.waitForTimeout(250);
    }
  };
  // Warm-up: JIT tiers, template caches and the browser's own buffers settle first.
  await waitUntil(300, 50);
  const warm = await sample(page, cdp, 120);
  const [s0, r0] = [await slides(), requests];
  await waitUntil(s0 + SITE_BUDGET.soakSlides, r0 + SITE_BUDGET.soakReloads);
  const end = await sample(page, cdp, 120);
  const celebrations = await page.evaluate<number>(tvCounter('celebrations'));
  const result = {
    slideChanges: (await slides()) - s0,
    reloads: requests - r0,
    celebrations,
    heapRatio: end.heap / warm.heap,
    domRatio: end.nodes / warm.nodes,
    heapMb: end.heap / 1048576,
    nodes: end.nodes,
  };
  await page.close();
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
  return result;
}

const r2 = (x: number) => Math.round(x * 100) / 100;

export async function runSiteBench(): Promise<BenchOutcome> {
  const base = root();
  const siteDir = buildSite(base);
  const js = pageJs(siteDir, 'index.html');
  const jsBytes = js.firstLoadGzipBytes;
  const tmp = mkdtempSync(join(tmpdir(), 'br-bench-site-'));
  const big = join(tmp, 'snapshot.json');
  writeFileSync(big, JSON.stringify(makeSnapshot(1000, { generatedAt: new Date().toISOString() })));
  const server = await serveStatic({ root: siteDir, files: { '/snapshot.json': big } });
  const browser = await launch();
  try {
    const times = await leaderboardVisible(browser, `${server.url}#/leaderboard`, 7);
    // The first load also starts the browser's caches; the budget applies to the median of the rest.
    const lbMedian = median(times.slice(1));
    const lbMax = Math.max(...times);
    const org = await orgBoardVisible(browser, siteDir, 5);
    const orgMedian = median(org.slice(1));
    const s = await soak(browser, server.url);
    const ok =
      orgMedian <= ORG_BOARD_MS &&
      jsBytes <= SITE_BUDGET.jsGzipBytes &&
      lbMedian <= SITE_BUDGET.leaderboardMs &&
      s.heapRatio <= SITE_BUDGET.soakRatio &&
      s.domRatio <= SITE_BUDGET.soakRatio;
    const lines = [
      'Site (web/, built with Vite into dist/web)',
      `  JavaScript, gzip -${GZIP_LEVEL}, first load: ${(jsBytes / 1024).toFixed(1)} kB (budget ${SITE_BUDGET.jsGzipBytes / 1024} kB); lazy views ${(js.lazyGzipBytes / 1024).toFixed(1)} kB`,
      `  1,000-rep leaderboard visible:  median ${Math.round(lbMedian)} ms, slowest ${Math.round(lbMax)} ms of ${times.length} loads (budget ${SITE_BUDGET.leaderboardMs} ms)`,
      `  Org page, ${ORG_TEAMS} teams x ${ORG_REPS} reps, first board: median ${Math.round(orgMedian)} ms of ${org.length} loads (budget ${ORG_BOARD_MS} ms)`,
      `  TV soak:                        ${s.slideChanges} slide changes, ${s.reloads} reloads, ${s.celebrations} celebrations`,
      `    JS heap after/warm-up:        ${r2(s.heapRatio)} (${s.heapMb.toFixed(1)} MB at the end)`,
      `    DOM nodes after/warm-up:      ${r2(s.domRatio)} (${s.nodes} at the end) (budget ≤ ${SITE_BUDGET.soakRatio})`,
      `  Site budget: ${ok ? 'met' : 'NOT met'}`,
    ];
    return {
      lines,
      json: {
        bench: 'site',
        js_first_load_gzip_bytes: jsBytes,
        js_lazy_gzip_bytes: js.lazyGzipBytes,
        leaderboard_1000_median_ms: Math.round(lbMedian),
        leaderboard_1000_max_ms: Math.round(lbMax),
        org_first_board_median_ms: Math.round(orgMedian),
        soak_slide_changes: s.slideChanges,
        soak_reloads: s.reloads,
        soak_celebrations: s.celebrations,
        soak_heap_ratio: r2(s.heapRatio),
        soak_dom_ratio: r2(s.domRatio),
        budget_met: ok,
      },
    };
  } finally {
    await browser.close();
    await server.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

export const sitePart: BenchPart = { name: 'site', run: () => runSiteBench() };

/** `node dist/cli/bench-site.js --org-only`: the org page's first board alone (no soak). */
async function runOrgOnly(): Promise<void> {
  const siteDir = buildSite(root());
  const browser = await launch();
  try {
    const times = await orgBoardVisible(browser, siteDir, 5);
    console.log(
      `Org page, ${ORG_TEAMS} teams x ${ORG_REPS} reps, first board: median ${Math.round(median(times.slice(1)))} ms of [${times.map(Math.round).join(', ')}] (budget ${ORG_BOARD_MS} ms)`,
    );
  } finally {
    await browser.close();
  }
}

// Runnable alone: `node dist/cli/bench-site.js`.
if (
  process.argv[1] &&
  resolve(process.argv[1]) === fileURLToPath(import.meta.url) &&
  process.argv.includes('--org-only')
) {
  runOrgOnly().catch((e: unknown) => {
    console.error(`org bench failed: ${(e as Error)?.stack ?? String(e)}`);
    process.exitCode = 1;
  });
} else if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runSiteBench().then(
    (o) => {
      for (const line of o.lines) console.log(line);
      console.log(JSON.stringify(o.json));
    },
    (e: unknown) => {
      console.error(`site bench failed: ${(e as Error)?.stack ?? String(e)}`);
      process.exitCode = 1;
    },
  );
}
