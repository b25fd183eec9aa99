// Private pages published by the add-on, in Chromium: the link from the Private Links tab opens the rep's page through the web app; a rotated link stops at the next publish.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveStatic } from '../../../cli/serve';
import type { LoadedAddon } from '../../appsscript/fake/load-bundle';
import { linkRows, publishedAddon, SITE } from '../../appsscript/private/helpers';
import { WEB_APP_URL } from '../../appsscript/helpers';
import { ensureSiteBuilt, launchBrowser, SITE_DIR, watchErrors } from './harness';

let addon: LoadedAddon;
let webApp: Server;
let webAppUrl: string;
let site: StaticServer;
let browser: Browser;
let page: Page;
let errors: string[];

/** The deployed web app, played by the add-on's own doGet in the fake, with the CORS Google's answer carries. */
function startWebApp(): Promise<string> {
  webApp = createServer((req, res) => {
    const params = Object.fromEntries(new URL(req.url ?? '/', 'http://x').searchParams);
    const out = addon.call('doGet', { parameter: params }) as { getContent(): string };
    res.writeHead(200, {
      'content-type': 'application/json',
      'access-control-allow-origin': '*',
    });
    res.end(out.getContent());
  });
  return new Promise((r) =>
    webApp.listen(0, '127.0.0.1', () =>
      r(`http://127.0.0.1:${(webApp.address() as AddressInfo).port}/exec`),
    ),
  );
}

/** The Private Links tab's link, pointed at the local site and local web app instead of the real ones. */
function local(link: string): string {
  const url = new URL(link);
  expect(`${url.origin}${url.pathname}`).toBe(`${SITE}/private.html`);
  expect(url.searchParams.get('data')).toBe(WEB_APP_URL);
  return `${site.url}private.html?data=${encodeURIComponent(webAppUrl)}${url.hash}`;
}

async function visit(link: string): Promise<{ text: string; problem: string | null }> {
  await page.goto('about:blank');
  await page.goto(local(link));
  await page.locator('br-private-page h1').first().waitFor();
  const problem = page.locator('br-private-page [data-problem]');
  const text = await page.evaluate(() => {
    const walk = (n: Node): string =>
      n instanceof Element && n.shadowRoot
        ? walk(n.shadowRoot)
        : n.nodeType === Node.TEXT_NODE
          ? (n.textContent ?? '')
          : [...n.childNodes].map(walk).join(' ');
    return walk(document.querySelector('br-private-page') as Element);
  });
  return {
    text: text.replace(/\s+/g, ' ').trim(),
    problem: (await problem.count()) === 0 ? null : await problem.getAttribute('data-problem'),
  };
}

beforeAll(async () => {
  await ensureSiteBuilt();
  addon = publishedAddon();
  webAppUrl = await startWebApp();
  // The site owner lists the web app in private.html, as docs/site.md says.
  const html = readFileSync(join(SITE_DIR, 'private.html'), 'utf8');
  const meta = /<meta name="bellringer-data-sources" content="[^"]*"/;
  expect(meta.test(html)).toBe(true);
  const copy = join(mkdtempSync(join(tmpdir(), 'br-private-')), 'private.html');
  writeFileSync(
    copy,
    html.replace(meta, `<meta name="bellringer-data-sources" content="${webAppUrl}"`),
  );
  site = await serveStatic({ root: SITE_DIR, files: { '/private.html': copy } });
  browser = await launchBrowser();
  page = await browser.newPage();
  errors = watchErrors(page);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await new Promise<void>((r) => (webApp ? webApp.close(() => r()) : r()));
});

describe('a private page published by the add-on, in Chromium', () => {
  it("opens a rep's link from the Private Links tab: the file from the web app, the rep's own page", async () => {
    const [first, second] = linkRows(addon);
    const one = await visit(first!.link);
    expect(one.problem).toBeNull();
    expect(one.text).toContain(first!.name);
    expect(one.text).not.toContain(second!.name);
    expect(errors).toEqual([]);
  });

  it('keeps a rotated link working until the next publish, then shows that it no longer works', async () => {
    const [first] = linkRows(addon);
    addon.google.ui.promptAnswers.push({ button: 'OK', text: first!.repId });
    addon.call('rotateOnePrivateLink');
    expect((await visit(first!.link)).problem).toBeNull();
    addon.call('publishLeaderboard');
    expect((await visit(first!.link)).problem).toBe('gone');
    const fresh = linkRows(addon).find((r) => r.repId === first!.repId)!;
    const now = await visit(fresh.link);
    expect(now.problem).toBeNull();
    expect(now.text).toContain(first!.name);
  });
}, 240_000);
