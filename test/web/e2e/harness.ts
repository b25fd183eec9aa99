// E2E harness: builds the site once (with a lock), serves it and a controllable data source, drives Chromium.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';
import { type StaticServer, serveStatic } from '../../../cli/serve';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const SITE_DIR = join(ROOT, 'dist/web');
export const SCREENSHOTS = join(ROOT, '.artifacts/screenshots');
export const SAMPLE = JSON.parse(
  readFileSync(join(ROOT, 'test/web/fixtures/sample-snapshot.json'), 'utf8'),
) as Record<string, unknown>;

function newestMtime(dir: string): number {
  let max = 0;
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, name.name);
    max = Math.max(max, name.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return max;
}

/** Builds dist/web when missing or older than its sources; a lock keeps parallel test files from racing. */
export async function ensureSiteBuilt(): Promise<string> {
  const lock = join(ROOT, '.artifacts/site-build.lock');
  mkdirSync(join(ROOT, '.artifacts'), { recursive: true });
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than two minutes belongs to a crashed run.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 120_000)
        rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error('Timed out waiting for the site build lock');
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    const index = join(SITE_DIR, 'index.html');
    const sources = Math.max(
      newestMtime(join(ROOT, 'web')),
      newestMtime(join(ROOT, 'shared/snapshot')),
      newestMtime(join(ROOT, 'ui')),
    );
    if (!existsSync(index) || statSync(index).mtimeMs < sources) {
      execFileSync(
        process.execPath,
        [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
        // The build users get: under vitest NODE_ENV is "test", which would select Lit's
        // development build (warnings, larger code) instead of the production one.
        { cwd: ROOT, stdio: 'pipe', env: { ...process.env, NODE_ENV: 'production' } },
      );
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  return SITE_DIR;
}

export type DataMode =
  | 'ok'
  | 'fail'
  | '500'
  | 'invalid-json'
  | 'wrong-version'
  | 'not-published'
  | 'publishing';

/** What the add-on's web app (doGet) answers instead of a snapshot, word for word. */
export const ADDON_ANSWERS = {
  'not-published': {
    error: 'not_published',
    message:
      'No leaderboard has been published yet. In the team workbook choose Extensions → Bellringer → Publish leaderboard.',
  },
  publishing: {
    error: 'publishing',
    message:
      'A new leaderboard is being published right now. Try again in a minute; if this lasts, publish again from the workbook.',
  },
} as const;

/** A data source the test steers: serves the given snapshot or one of the failure modes, with CORS. */
export interface DataSource {
  readonly url: string;
  mode: DataMode;
  snapshot: unknown;
  requests: number;
  close(): Promise<void>;
}

export async function startDataSource(snapshot: unknown): Promise<DataSource> {
  const state = { mode: 'ok' as DataMode, snapshot, requests: 0 };
  const server = createServer((req, res) => {
    state.requests++;
    const cors = { 'access-control-allow-origin': '*', 'cache-control': 'no-store' };
    switch (state.mode) {
      case 'fail':
        req.socket.destroy();
        return;
      case '500':
        res.writeHead(500, cors);
        res.end('boom');
        return;
      case 'invalid-json':
        res.writeHead(200, { ...cors, 'content-type': 'application/json' });
        res.end('{"schema": "bellringer.snapshot", oops');
        return;
      case 'wrong-version':
        res.writeHead(200, { ...cors, 'content-type': 'application/json' });
        res.end(JSON.stringify({ ...(state.snapshot as object), version: 99 }));
        return;
      case 'not-published':
      case 'publishing':
        // Apps Script answers 200 with the error as JSON.
        res.writeHead(200, { ...cors, 'content-type': 'application/json' });
        res.end(JSON.stringify(ADDON_ANSWERS[state.mode]));
        return;
      case 'ok':
        res.writeHead(200, { ...cors, 'content-type': 'application/json' });
        res.end(JSON.stringify(state.snapshot));
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}/snapshot.json`,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  });
}

/**
 * Serves dist/web. `dataSources` go into the page's `bellringer-data-sources` meta tag (a copy of
 * index.html in a temp folder), the way a site owner allows a data source on another origin.
 */
export async function serveSite(
  files?: Record<string, string>,
  dataSources: readonly string[] = [],
): Promise<StaticServer> {
  await ensureSiteBuilt();
  if (dataSources.length === 0) return serveStatic({ root: SITE_DIR, files });
  const html = readFileSync(join(SITE_DIR, 'index.html'), 'utf8');
  const meta = /<meta name="bellringer-data-sources" content="[^"]*"/;
  if (!meta.test(html)) throw new Error('dist/web/index.html has no bellringer-data-sources meta');
  const page = join(mkdtempSync(join(tmpdir(), 'br-site-')), 'index.html');
  writeFileSync(
    page,
    html.replace(meta, `<meta name="bellringer-data-sources" content="${dataSources.join(' ')}"`),
  );
  return serveStatic({ root: SITE_DIR, files: { ...files, '/': page, '/index.html': page } });
}

export function launchBrowser(): Promise<Browser> {
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

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

export const PHONE = { width: 360, height: 740 };
export const TV_HD = { width: 1920, height: 1080 };
export const TV_4K = { width: 3840, height: 2160 };

/** Collects page errors and console errors so a test can assert none happened. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(m.text());
  });
  return errors;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Runs axe-core in the page (shadow roots included) and returns its violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ path: join(ROOT, 'node_modules/axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
}

export function siteUrl(base: string, params: Record<string, string>, hash = ''): string {
  const q = new URLSearchParams(params).toString();
  return `${base}${q ? `?${q}` : ''}${hash}`;
}

export interface TvRowsReport {
  /** Rows in each list of the TV slide, in document order. */
  readonly counts: number[];
  /** Rows (or a part of one: name, value) reaching outside the viewport or their card, described. */
  readonly cut: string[];
}

/**
 * Measures the TV slide's lists (leaderboard bars, contest standings, badges, recognition): how many
 * rows each shows, and any row whose box, or any text inside it, is not wholly inside the viewport
 * and inside its card (the panel around it). Half a pixel of slack absorbs sub-pixel rounding.
 */
export function tvRows(page: Page): Promise<TvRowsReport> {
  return page.evaluate(() => {
    const tv = document.querySelector('br-app')?.shadowRoot?.querySelector('br-tv')?.shadowRoot;
    const counts: number[] = [];
    const cut: string[] = [];
    if (!tv) return { counts, cut: ['no br-tv'] };
    const inside = (
      r: DOMRect,
      box: { top: number; bottom: number; left: number; right: number },
    ) =>
      r.top >= box.top - 0.5 &&
      r.bottom <= box.bottom + 0.5 &&
      r.left >= box.left - 0.5 &&
      r.right <= box.right + 0.5;
    const view = { top: 0, left: 0, bottom: window.innerHeight, right: window.innerWidth };
    for (const panel of tv.querySelectorAll('.panel')) {
      const card = panel.getBoundingClientRect();
      const lists: Element[] = [];
      // The leaderboard's podium (top 3) and its bars (the next ranks) are one list, counted as one.
      const podium = panel.querySelector('ol.podium');
      if (podium) lists.push(podium);
      for (const chart of panel.querySelectorAll('br-bar-chart'))
        lists.push(...(chart.shadowRoot?.querySelectorAll('ol') ?? []));
      lists.push(...panel.querySelectorAll('.fit > ol, .fit > ul'));
      lists.forEach((list, n) => {
        const rows = [...list.children].filter((c) => c.tagName === 'LI');
        if (podium && n === 1) counts[counts.length - 1]! += rows.length;
        else counts.push(rows.length);
        rows.forEach((li, i) => {
          const row = li.getBoundingClientRect();
          const parts = [li, ...li.querySelectorAll('span:not(.sr-only):not(.sr-only *)')];
          for (const part of parts) {
            const r = part.getBoundingClientRect();
            if (r.width === 0 && r.height === 0) continue;
            if (!inside(r, view) || !inside(r, card) || !inside(r, row))
              cut.push(
                `row ${i + 1} (${(li.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}): ${part === li ? 'row' : part.className || part.tagName} ${Math.round(r.top)}-${Math.round(r.bottom)} outside row ${Math.round(row.top)}-${Math.round(row.bottom)} / card ${Math.round(card.top)}-${Math.round(card.bottom)}`,
              );
          }
        });
      });
    }
    return { counts, cut };
  });
}
