// In Chromium: a polling site revalidates an unchanged snapshot (304, no download) and picks up a new one on the next poll.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../../../cli/serve';
import { launchBrowser, SAMPLE, serveSite, siteUrl } from './harness';

/** A static host's behaviour: an ETag per version, 304 to a matching If-None-Match, counted. */
const host = { body: JSON.stringify(SAMPLE), etag: '"v1"', full: 0, notModified: 0 };
let server: Server;
let dataUrl = '';
let site: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = createServer((req, res) => {
    const cors = { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'ETag' };
    if (req.headers['if-none-match'] === host.etag) {
      host.notModified++;
      res.writeHead(304, { ...cors, etag: host.etag, 'cache-control': 'no-cache' });
      res.end();
      return;
    }
    host.full++;
    res.writeHead(200, {
      ...cors,
      'content-type': 'application/json',
      etag: host.etag,
      'cache-control': 'no-cache',
    });
    res.end(host.body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  dataUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/snapshot.json`;
  [site, browser] = await Promise.all([serveSite({}, [dataUrl]), launchBrowser()]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  server?.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});

describe('polling a static host', () => {
  it('downloads an unchanged snapshot once, then only revalidates; a new one arrives on the next poll', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl(site.url, { refresh: '0.3', data: dataUrl }));
    const team = (SAMPLE.team as { name: string }).name;
    await page.getByText(team).first().waitFor();
    await expect.poll(() => host.notModified, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
    expect(host.full).toBe(1);

    host.body = JSON.stringify({
      ...SAMPLE,
      team: { ...(SAMPLE.team as object), name: 'Renamed Team' },
    });
    host.etag = '"v2"';
    await page.getByText('Renamed Team').first().waitFor({ timeout: 10_000 });
    expect(host.full).toBe(2);
    await page.close();
  }, 60_000);
});
